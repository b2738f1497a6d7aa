/// The text publishing systems print where a field was left empty, such as Acadre's `Tomt indhold`.
enum Placeholder {
    /// Whether `text` is nothing but a placeholder (any case, any trailing full stop, brackets or dashes around it).
    ///
    /// Only phrases that say the field is empty count: `Ingen bemærkninger` is a committee's decision, not one.
    static func isPlaceholder(_ text: String) -> Bool {
        let key = TextLine.trimming(TextLine.collapsed(text)) { " .:…()[]-–—".unicodeScalars.contains($0) }
        return key.isEmpty
            ? !text.isEmpty && !text.contains(where: \.isLetter) && text.count <= 3 : phrases.contains(key)
    }

    private static let phrases = NameTable([
        "tomt indhold", "intet indhold", "ingen indhold", "tom", "tomt", "ikke udfyldt", "ingen tekst",
        "indhold mangler",
        "empty content", "no content",
    ])
}
