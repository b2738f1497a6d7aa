extension String {
    /// `lowercased()`, but `self` itself when no scalar changes: most words are lower case already, and the
    /// standard library maps every non-ASCII scalar through a string of its own even when it stays the same.
    func lowercasedQuickly() -> String {
        let changes = unicodeScalars.contains { scalar in
            scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.changesWhenLowercased
        }
        return changes ? lowercased() : self
    }
}
