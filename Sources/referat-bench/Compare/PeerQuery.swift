import Referat

/// One search of the comparison, written once and expressed for each engine: free text (words and quoted
/// phrases, all required) and filters on referat's schema.
struct PeerQuery: Sendable, Hashable {
    /// Words and `"quoted phrases"`; empty to select by filters alone.
    var text = ""
    /// A whole municipality name.
    var municipality: String?
    /// A whole committee name.
    var committee: String?
    /// A case number.
    var caseNumber: String?
    /// The first month kept, `YYYY-MM`.
    var from: String?
    /// The last month kept, `YYYY-MM`.
    var to: String?
    /// Keep only closed items.
    var closedOnly = false

    /// The request for referat's ``Searcher``.
    var request: SearchRequest {
        SearchRequest(
            query: text,
            filters: [
                IndexSchema.municipality: municipality.map { [$0] } ?? [],
                IndexSchema.committee: committee.map { [$0] } ?? [],
                IndexSchema.caseNumber: caseNumber.map { [$0] } ?? [],
            ],
            from: from.flatMap(DateBound.init),
            to: to.flatMap(DateBound.init),
            closed: closedOnly ? true : nil
        )
    }

    /// The options and query of `referat search`.
    var referatArguments: [String] {
        var arguments: [String] = []
        if let municipality { arguments += ["--municipality", municipality] }
        if let committee { arguments += ["--committee", committee] }
        if let caseNumber { arguments += ["--case", caseNumber] }
        if let from { arguments += ["--from", from] }
        if let to { arguments += ["--to", to] }
        if closedOnly { arguments.append("--closed") }
        return text.isEmpty ? arguments : arguments + ["--", text]
    }

    /// The prefixes `quest` needs for ``questQuery``.
    static let questPrefixes = [
        "-b", "kommune:XM", "-b", "udvalg:XU", "-b", "sag:XC", "-b", "m:M", "-b", "y:Y", "-b", "status:XS",
    ]

    /// The query string for `quest` on the Omega index: the text, then boolean filters; a date range becomes the
    /// years or months it covers (Omega's `Y` and `M` terms), which Xapian ORs together.
    var questQuery: String {
        var parts = text.isEmpty ? [] : [text]
        if let municipality { parts.append("kommune:\"\(BooleanTerm.name(municipality))\"") }
        if let committee { parts.append("udvalg:\"\(BooleanTerm.name(committee))\"") }
        if let caseNumber { parts.append("sag:" + BooleanTerm.code(caseNumber)) }
        if let from, let to { parts += Self.periodTerms(from: from, to: to) }
        if closedOnly { parts.append("status:closed") }
        return parts.joined(separator: " ")
    }

    /// The FTS5 MATCH expression: each word and phrase quoted, so FTS5 reads none as an operator.
    var ftsMatch: String? {
        guard !text.isEmpty else { return nil }
        return text.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .flatMap { index, part in
                index % 2 == 1 ? ["\"\(part)\""] : part.split(separator: " ").map { "\"\($0)\"" }
            }
            .joined(separator: " ")
    }

    /// The SQL conditions on the `items` table and their parameters.
    var sqlFilters: (conditions: [String], values: [String]) {
        var conditions: [String] = []
        var values: [String] = []
        func add(_ condition: String, _ value: String) {
            values.append(value)
            conditions.append(condition.replacingOccurrences(of: "?", with: "?\(values.count)"))
        }
        if let municipality { add("i.municipality_key = ?", BooleanTerm.name(municipality)) }
        if let committee { add("i.committee_key = ?", BooleanTerm.name(committee)) }
        if let caseNumber { add("i.case_key = ?", BooleanTerm.code(caseNumber)) }
        if let from { add("i.date >= ?", from.replacingOccurrences(of: "-", with: "") + "01") }
        if let to { add("i.date <= ?", to.replacingOccurrences(of: "-", with: "") + "31") }
        if closedOnly { conditions.append("i.closed = 1") }
        return (conditions, values)
    }

    /// A one-line label in `referat search` syntax.
    var label: String {
        let options = referatArguments.filter { $0 != "--" }.map {
            $0.contains(" ") || $0.contains("\"") ? "'\($0)'" : $0
        }
        return options.isEmpty ? "(everything)" : options.joined(separator: " ")
    }

    /// `y:YYYY` terms when the period is whole years, else `m:YYYYMM` terms.
    private static func periodTerms(from: String, to: String) -> [String] {
        let start = (year: Int(from.prefix(4)) ?? 0, month: Int(from.suffix(2)) ?? 1)
        let end = (year: Int(to.prefix(4)) ?? 0, month: Int(to.suffix(2)) ?? 12)
        if start.month == 1 && end.month == 12 { return (start.year...end.year).map { "y:\($0)" } }
        var terms: [String] = []
        var (year, month) = start
        while (year, month) <= end {
            terms.append("m:\(year)" + (month < 10 ? "0" : "") + "\(month)")
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return terms
    }
}
