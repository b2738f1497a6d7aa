/// Where a hit matched the query's words: in its text, which its snippet then shows marked, or only elsewhere.
public enum MatchPlace: Sendable, Hashable {
    /// In the item's text, shown marked in the snippet.
    case text
    /// Only in an attachment's text, shown marked in the snippet after the attachment's name.
    case attachmentText
    /// Only in the title.
    case title
    /// Only in the committee's name.
    case committee
    /// Only in an attachment's name.
    case attachments
    /// Only in a field the query names, such as the case number (`sag:20-055908K`).
    case field(Field)

    /// Whether the snippet shows the match, marked.
    public var isShown: Bool { self == .text || self == .attachmentText }

    /// The name tools read: `text`, `attachment_text`, `title`, `committee`, `attachments` or the field's key, e.g. `case`.
    public var key: String {
        switch self {
        case .text: "text"
        case .attachmentText: "attachment_text"
        case .title: "title"
        case .committee: "committee"
        case .attachments: "attachments"
        case .field(let field): field.key
        }
    }

    /// Where, for people: `the title`, `the committee's name`, `the case number`.
    public var phrase: String {
        switch self {
        case .text: "the text"
        case .attachmentText: "an attachment's text"
        case .title: "the title"
        case .committee: "the committee's name"
        case .attachments: "an attachment's name"
        case .field(let field): "the \(field.noun)"
        }
    }
}
