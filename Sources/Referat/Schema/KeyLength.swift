/// Keeps terms and metadata keys within the lengths Xapian accepts.
///
/// Xapian refuses a whole document that has a term of more than 245 bytes, and a metadata entry whose key has
/// more than 253. A field value that long (a paragraph pasted into a case-number field, say) is kept as a
/// prefix of whole characters followed by `#` and a hash of the whole key: distinct long values stay distinct,
/// the same value always gives the same key, and the value as written is stored whole in the document.
enum KeyLength {
    /// The most bytes a term may have (Xapian's glass backend).
    static let maximumTermBytes = 245
    /// The most bytes a metadata key may have (the glass B-tree's 255 less its 2-byte tag).
    static let maximumMetadataKeyBytes = 253

    /// `key` itself when it has at most `limit` UTF-8 bytes, else its longest prefix of whole characters that
    /// leaves room for `#` and the 16 hex digits of the whole key's hash, followed by them.
    static func bounded(_ key: String, toBytes limit: Int) -> String {
        guard key.utf8.count > limit else { return key }
        let hash = "#" + ContentHash.of(key)
        var kept = ""
        var bytes = 0
        for character in key {
            let width = character.utf8.count
            guard bytes + width + hash.utf8.count <= limit else { break }
            kept.append(character)
            bytes += width
        }
        return kept + hash
    }
}
