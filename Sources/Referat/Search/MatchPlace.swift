/// Where a hit matched the query's words: in its text, which its snippet then shows marked, or only elsewhere.
public enum MatchPlace: Sendable, Hashable {
    /// In the item's text, shown marked in the snippet.
    case text
    /// Only in the title.
    case title
    /// Only in the committee's name.
    case committee
    /// Only in an attachment's name.
    case attachments
    /// Only in a field the query names, such as the case number (`sag:20-055908K`).
    case field(Field)

    /// The name tools read: `text`, `title`, `committee`, `attachments` or the field's key, e.g. `case`.
    public var key: String {
        switch self {
        case .text: "text"
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
        case .title: "the title"
        case .committee: "the committee's name"
        case .attachments: "an attachment's name"
        case .field(let field): "the \(field.noun)"
        }
    }
}
