import CorpusGenerator

/// Seeded changes to a search query: words of the query syntax (fields, operators, ranges, wildcards, quotes)
/// put in, characters dropped, repeated or swapped, queries spliced together. Queries stay under 600 characters.
struct QueryMutation {
    /// Real queries, as the tests and the benchmark type them.
    static let seeds = [
        "kontanthjælpsmodtagere", "budget OR sanktioner", "sanktioner IKKE jobafklaring", "budget*",
        "titel:budgetopfølgning", "beslutning:udsat OR beslutning:udsættes", "sag:21/24526", "21/24526",
        "sag:15.00.00-A00-9-23", "udvalg:\"udvalget for beskæftigelse\" kontanthjælpsloftet",
        "kommune:\"Haderslev Kommune\" ukraine", "\"aktivitetsparate kontanthjælpsmodtagere\" år:2022",
        "dato:2022-09..2022-12 budget", "dato:2022-09-16..2023-03-06", "år:2023 klima", "imod:F OR undlod:F",
        "udvalg AND", "12-06-2023", "kontanthjaelpsmodtagere beskaeftigelse", "budgetopfølgnnig",
    ]

    /// Pieces of the query syntax and awkward text.
    static let tokens = [
        " AND ", " OR ", " NOT ", " IKKE ", " NEAR ", " ADJ ", "(", ")", "\"", "*", "a*", "-", "+", "~", ":", "..",
        "udvalg:", "sag:", "dato:", "år:", "titel:", "imod:", "for:", "undlod:", "kommune:", "beslutning:",
        "dato:2023-13", "dato:9999..0000", "dato:..", "år:-1", "år:99999999999999999999", "\\", "'", "&", "|",
        "æøå", "e\u{301}", "\u{0}", "\u{FFFD}", "\n", "\t", " ", String(repeating: "x", count: 250), "*:*", "\"\"",
    ]

    private var random: SeededGenerator

    /// A mutator whose queries are fixed by `seed`.
    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    /// The next query: a seed query changed one to four times.
    mutating func next() -> String {
        var query = Array(Self.seeds.randomElement(using: &random)!)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let position = Int.random(in: 0...query.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0:
                query.insert(contentsOf: Self.tokens.randomElement(using: &random)!, at: position)
            case 1 where position < query.count:
                query.removeSubrange(position..<min(query.count, position + Int.random(in: 1...8, using: &random)))
            case 2 where !query.isEmpty:
                let end = min(query.count, position + Int.random(in: 1...12, using: &random))
                query.insert(
                    contentsOf: query[min(position, end)..<end],
                    at: Int.random(in: 0...query.count, using: &random)
                )
            case 3:
                query.insert(contentsOf: " " + Self.seeds.randomElement(using: &random)!, at: position)
            default:
                if query.count > 1 { query.swapAt(position % query.count, (position + 1) % query.count) }
            }
        }
        return String(query.prefix(600))
    }
}
