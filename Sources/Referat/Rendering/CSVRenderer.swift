/// Renders hits as CSV for spreadsheets: a header row, then one row per hit, fields quoted as RFC 4180 says
/// (in double quotes when they hold a comma, a quote or a line break, quotes doubled), rows ending in a line feed.
public enum CSVRenderer {
    /// The header row's column names, in order: the rank, the item's output fields with the snippet and the score
    /// after the decision, where they stood before items had more fields.
    public static let columns =
        ["rank"] + itemColumns.prefix(snippetColumn) + ["snippet", "score"]
        + itemColumns.dropFirst(snippetColumn)

    private static let itemColumns = StoredItem.outputKeys
    private static let snippetColumn = (itemColumns.firstIndex(of: "decision") ?? itemColumns.count - 1) + 1

    /// The header row and one row per hit; the snippet is plain text, without highlighting, and a list's values
    /// are joined by `; `. Fields are separated by `separator`: a comma, or a semicolon for spreadsheets set up for
    /// Danish, where the comma is the decimal mark.
    public static func render(_ hits: [SearchHit], separator: Character = ",") -> String {
        var rows = [row(columns, separator: separator)]
        for hit in hits {
            let fields = itemColumns.map { text(of: hit.stored.outputValue(forKey: $0)) }
            let ranked = [String(hit.rank)] + fields.prefix(snippetColumn) + [hit.snippet.plain, String(hit.score)]
            rows.append(row(ranked + fields.dropFirst(snippetColumn), separator: separator))
        }
        return rows.joined(separator: "\n")
    }

    private static func text(of value: JSONValue) -> String {
        switch value {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): JSONValue.number(number)
        case .string(let text): text
        case .array(let elements): elements.map(text(of:)).joined(separator: "; ")
        case .object: value.text(.compact)
        }
    }

    private static func row(_ fields: [String], separator: Character) -> String {
        fields.map { quoted($0, separator: separator) }.joined(separator: String(separator))
    }

    private static func quoted(_ field: String, separator: Character) -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
