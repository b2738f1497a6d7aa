import ArgumentParser
import Referat

/// `referat search`: find agenda items by words and filters.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index.",
        discussion: """
            QUERY uses Xapian's syntax with Danish stemming: words (all must match), "phrases", AND/OR/NOT \
            (or OG/ELLER/IKKE), +word/-word, and the fields titel:, beslutning:, indstilling:, del:, udvalg:, \
            kommune:, sag:, år:, fraværende:, for:, imod:, undlod: and dato: (dato:2023-05, dato:"marts 2023", \
            dato:2022..2023-06); English names work too (title:, committee:, against: …). A case number alone \
            (21/24526) finds the items on that case. With no QUERY the filters alone select, newest first. \
            Exit status: 0 when items were found, 1 when none matched, 2 on an error.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Keep items of this municipality; a part of the name is enough (repeatable).")
    var municipality: [String] = []

    @Option(help: "Keep items of this committee; a part of the name is enough (repeatable).")
    var committee: [String] = []

    @Option(name: .customLong("case"), help: "Keep items on this case number.")
    var caseNumber: String?

    @Option(
        help: "Keep meetings on or after this day: YYYY, YYYY-MM, YYYY-MM-DD or e.g. \"marts 2023\".",
        transform: DateBound.parse
    )
    var from: DateBound?

    @Option(
        help: "Keep meetings on or before this day: YYYY, YYYY-MM, YYYY-MM-DD or e.g. \"marts 2023\".",
        transform: DateBound.parse
    )
    var to: DateBound?

    @Option(help: "Keep items where this member was absent; a part of the name is enough (repeatable).")
    var absent: [String] = []

    @Option(help: "Keep items where this party voted for, by letter or name, e.g. A or Socialdemokratiet (repeatable).")
    var votedFor: [String] = []

    @Option(help: "Keep items where this party voted against, e.g. Ø or Enhedslisten (repeatable).")
    var votedAgainst: [String] = []

    @Option(help: "Keep items where this party abstained, e.g. F (repeatable).")
    var abstained: [String] = []

    @Flag(
        inversion: .prefixedNo,
        exclusivity: .exclusive,
        help: "Keep only closed (--closed) or only open (--no-closed) items."
    )
    var closed: Bool?

    @Option(
        help:
            "Order of hits: relevance or date (newest meeting first, in agenda order). Default: relevance, or date without words."
    )
    var sort: SearchRequest.Sort?

    @Option(help: "One hit per case, its best item (case), or per item (item). Default: item.")
    var group: Grouping = .item

    // Unconditional, so that `--limit -1` is read as a value (and refused by `validate`), not as an option.
    @Option(parsing: .unconditional, help: "How many hits to show.")
    var limit = 10

    @Option(parsing: .unconditional, help: "How many hits to skip.")
    var offset = 0

    @OptionGroup var output: OutputOptions

    @Argument(help: "The query.")
    var query: [String] = []

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more") }
        if let from, let to, from.first > to.last {
            throw ValidationError("--from \(from) is after --to \(to)")
        }
    }

    func run() throws {
        let searcher = try Searcher(databasePath: database.db)
        if let warning = searcher.staleSchemaWarning { Terminal.printError("warning: \(warning)") }
        let request = SearchRequest(
            query: query.joined(separator: " "),
            filters: [
                IndexSchema.municipality: municipality,
                IndexSchema.committee: committee,
                IndexSchema.caseNumber: caseNumber.map { [$0] } ?? [],
                IndexSchema.absent: absent,
                IndexSchema.votedFor: votedFor,
                IndexSchema.votedAgainst: votedAgainst,
                IndexSchema.abstained: abstained,
            ],
            from: from,
            to: to,
            closed: closed,
            sort: sort,
            offset: offset,
            limit: limit,
            group: group == .case ? .case : nil
        )
        let result = try searcher.search(request)
        try output.print(.search(result))
        if result.total == 0 { throw ExitCode.nothingFound }
    }
}

/// What `--group` takes: a search's grouping, or none.
enum Grouping: String, CaseIterable, ExpressibleByArgument {
    /// Every item its own hit.
    case item
    /// One hit per case.
    case `case`
}

// Each value is written as its raw value. Saying so spares every start of the command the parser's defaults,
// which name the cases by reflection and key paths: 4 % of a search's instructions.
extension SearchRequest.Sort: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    public static var allValueDescriptions: [String: String] { [:] }
}

extension OutputFormat: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    public static var allValueDescriptions: [String: String] { [:] }
}

extension DateBound {
    /// Parses an option value or says what is expected.
    static func parse(_ text: String) throws -> DateBound {
        guard let bound = DateBound(text) else {
            throw ValidationError("\"\(text)\" is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or e.g. \"7. marts 2023\"")
        }
        return bound
    }
}
