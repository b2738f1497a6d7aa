import Testing
import XapianKit

@Suite("Bounding what one search costs")
struct SearchLimitTests {
    /// Three items say "budgetter", one "budgetopfølgning": `budget*` stands for two words of unequal frequency.
    private let items = ["budgetter i år", "budgetter for skolerne", "nye budgetter", "budgetopfølgning"].enumerated()
        .map { index, text in
            MinuteItem(
                id: "item-\(index)",
                caseNumber: "22/\(index)",
                committee: "Økonomiudvalget",
                date: "2023010\(index + 1)",
                title: "Punkt \(index)",
                text: text
            )
        }

    private func withIndex(_ body: (Database, QueryParser) throws -> Void) throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            try writeIndex(at: path, items: items)
            let database = try Database(path: path)
            try body(database, try makeParser(database: database))
        }
    }

    @Test func aWildcardStandsForEveryMatchingWordWithoutALimit() throws {
        try withIndex { database, parser in
            let query = try parser.parse("budget*", flags: [.wildcard])
            #expect(try matchingIDs(query, in: database).sorted() == ["item-0", "item-1", "item-2", "item-3"])
        }
    }

    @Test func aLimitedWildcardKeepsItsMostFrequentWords() throws {
        try withIndex { database, parser in
            parser.limitExpansion(to: 1, keeping: .mostFrequent)
            let query = try parser.parse("budget*", flags: [.wildcard])
            #expect(try matchingIDs(query, in: database).sorted() == ["item-0", "item-1", "item-2"])
        }
    }

    @Test func aWildcardPastAnErrorLimitFailsTheSearch() throws {
        try withIndex { database, parser in
            parser.limitExpansion(to: 1, keeping: .error)
            let query = try parser.parse("budget*", flags: [.wildcard])
            let error = #expect(throws: XapianError.self) { try matchingIDs(query, in: database) }
            #expect(error?.message.contains("WildcardError") == true, "\(String(describing: error))")
            parser.limitExpansion(to: 2, keeping: .error)
            #expect(try matchingIDs(parser.parse("budget*", flags: [.wildcard]), in: database).count == 4)
        }
    }

    @Test func aTimeLimitStillGivesThePage() throws {
        try withIndex { database, parser in
            let enquire = Enquire(database: database)
            enquire.setQuery(try parser.parse("budgetter"))
            // However soon the limit strikes, it only stops the counting: the page is whole.
            enquire.timeLimit = .nanoseconds(1)
            let page = try enquire.mset(offset: 0, limit: 10, checkAtLeast: database.documentCount)
            #expect(page.count == 3)
            #expect(page.matchesLowerBound <= 3 && page.matchesUpperBound >= 3)
            enquire.timeLimit = nil
            let unlimited = try enquire.mset(offset: 0, limit: 10, checkAtLeast: database.documentCount)
            #expect(unlimited.matchesLowerBound == 3 && unlimited.matchesUpperBound == 3)
        }
    }

    @Test(arguments: [(1, ""), (2, "æ"), (3, "ær"), (4, "ær"), (5, "ærø"), (6, "ærø-"), (7, "ærø-1"), (100, "ærø-1")])
    func aHitsDataCanBeReadInPartAsWholeCharacters(prefix: Int, expected: String) throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            var item = items[0]
            item.id = "ærø-1"
            try writeIndex(at: path, items: [item])
            let database = try Database(path: path)
            let enquire = Enquire(database: database)
            enquire.setQuery(.matchAll())
            let page = try enquire.mset(offset: 0, limit: 1)
            let hit = try page.hit(at: 0, dataPrefix: prefix)
            #expect(hit.data == expected)
            #expect(hit.dataIsCut == (expected != "ærø-1"))
            #expect(try page.hit(at: 0).data == "ærø-1")
        }
    }
}
