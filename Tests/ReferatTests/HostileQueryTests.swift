import CorpusGenerator
import Foundation
import Referat
import Testing

/// Seeded random queries of everything the query syntax has, and much it has not: no query may crash a search or
/// fail with anything but a ``SearchError``, whose one line a user can act on.
@Suite("Generated hostile queries")
struct HostileQueryTests {
    /// How many queries each run tries; the seed makes every run try the same ones.
    static let count = 400

    @Test func everyFuzzedQueryGivesAResultOrAClearError() throws {
        try withSeedIndex { (searcher, _) throws in
            var generator = FuzzedQueries(seed: 17)
            var answered = 0
            var refused = 0
            for _ in 0..<Self.count {
                let query = generator.next()
                do {
                    let result = try searcher.search(SearchRequest(query: query, limit: 5))
                    #expect(result.hits.count <= 5)
                    #expect(result.total >= result.hits.count)
                    _ = TextRenderer(style: TextStyle(enabled: false)).render(result)
                    let json = JSONRenderer.render(result)
                    #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "\(query)")
                    answered += 1
                } catch let error as SearchError {
                    let lines = error.description.split(whereSeparator: \.isNewline)
                    #expect(lines.count == 1, "\(error)")
                    refused += 1
                } catch {
                    Issue.record("\(query.debugDescription.prefix(200)): \(type(of: error)) \(error)")
                }
            }
            // A fuzzer that only ever hits one side tests half of what it should.
            #expect(answered > Self.count / 4 && refused > Self.count / 10, "\(answered) answered, \(refused) refused")
        }
    }
}

/// A seeded stream of hostile queries: words, operators, quotes, wildcards, fields, brackets, odd characters and
/// strings past the length limit, mixed at random.
struct FuzzedQueries {
    private var generator: SeededGenerator

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    private static let words = [
        "budget", "kontanthjælp", "sanktioner", "ukraine", "byråd", "lokalplan", "aarhus", "børn", "a", "og", "i",
        "21/24526", "2023", "15.00.00-A00-9-23", "S21-1234", "ØKONOMI", "æ", "Å",
    ]
    private static let operators = [
        "AND", "OR", "NOT", "XOR", "NEAR", "ADJ", "NEAR/3", "OG", "ELLER", "IKKE", "NÆR", "and", "+", "-", "(", ")",
        "\"", "*", ":", "..", "~", "^", "\\",
    ]
    private static let fields = [
        "titel:", "sag:", "dato:", "udvalg:", "kommune:", "år:", "for:", "imod:", "undlod:", "fraværende:", "del:",
        "beslutning:", "SAG:", "title:", "ukendt:", "dato:2023..", "dato:..2022-13", "år:abc", "for:Z", "dato:\"",
    ]
    private static let odd: [String] = [
        "\u{0}", "\u{FFFD}", "\u{0301}", "\u{202E}", "\u{E000}", "\u{E001}", "\u{FEFF}", "🙂", "\u{1F1E9}\u{1F1F0}",
        "\t", "\n", "\r\n", "&amp;", "<mark>", "%00", "'", "`", "\u{7F}", "\u{10FFFF}", "ﬁ", "Ａ",
    ]

    private mutating func random(_ bound: Int) -> Int {
        Int(generator.next() % UInt64(bound))
    }

    private mutating func pick(_ choices: [String]) -> String { choices[random(choices.count)] }

    /// The next query.
    mutating func next() -> String {
        if random(20) == 0 {
            // Past the length limit, or just under it.
            let piece = pick(Self.words + Self.operators) + pick(["", " ", "* "])
            return String(String(repeating: piece, count: 2000).prefix(random(2) == 0 ? 5000 : 999))
        }
        var parts: [String] = []
        for _ in 0..<(1 + random(12)) {
            switch random(10) {
            case 0...3: parts.append(pick(Self.words))
            case 4, 5: parts.append(pick(Self.operators))
            case 6: parts.append(pick(Self.fields) + pick(Self.words))
            case 7: parts.append(pick(Self.words) + "*")
            case 8: parts.append(pick(Self.odd))
            default: parts.append("\"" + pick(Self.words) + " " + pick(Self.words) + pick(["\"", ""]))
            }
        }
        return parts.joined(separator: random(4) == 0 ? "" : " ")
    }
}
