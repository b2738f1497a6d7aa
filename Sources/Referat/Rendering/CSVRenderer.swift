/// Renders hits as CSV for spreadsheets: a header row, then one row per hit, fields quoted as RFC 4180 says
/// (in double quotes when they hold a comma, a quote or a line break, quotes doubled), rows ending in a line feed.
public enum CSVRenderer {
    /// The header row's column names, in order.
    public static let columns = [
        "rank", "date", "municipality", "committee", "item", "title", "case", "closed", "decision", "snippet", "score",
        "id", "source",
    ]

    /// The header row and one row per hit; the snippet is plain text, without highlighting.
    public static func render(_ hits: [SearchHit]) -> String {
        var rows = [row(columns)]
        for hit in hits {
            rows.append(
                row([
                    String(hit.rank), hit.date, hit.municipality ?? "", hit.committee, hit.item, hit.title,
                    hit.caseNumber ?? "", hit.closed ? "true" : "false", hit.decision ?? "", hit.snippet.plain,
                    String(hit.score), hit.id, hit.source,
                ])
            )
        }
        return rows.joined(separator: "\n")
    }

    private static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",")
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
