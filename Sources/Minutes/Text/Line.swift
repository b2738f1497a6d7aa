/// One line of extracted text with the cleaned forms that recognising its parts asks for, each made once.
///
/// The reader looks at most lines several times (as a possible heading, the line before one, body text);
/// cleaning is what costs, so it happens once, when the line is made.
struct Line {
    /// The line as extracted.
    let raw: String
    /// ``TextLine/body(_:)`` of the line: markup removed, tabs kept, trimmed.
    let body: String
    /// ``TextLine/plain(_:)`` of the line: markup removed, spaces and tabs collapsed to single spaces.
    let plain: String
    /// Whether the raw line holds nothing but whitespace.
    let isBlank: Bool

    /// Cleans `raw`.
    init(_ raw: String) {
        self.raw = raw
        body = TextLine.body(raw)
        plain = TextLine.plain(body: body)
        isBlank = TextLine.isBlank(raw)
    }
}
