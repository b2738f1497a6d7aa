import Testing
import XapianKit

@Suite("Searching an index of Danish minutes")
struct SearchTests {
    /// Builds the sample index in a fresh directory and hands `body` a reader and a configured parser.
    private func withSampleIndex(_ body: (Database, QueryParser) throws -> Void) throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            try writeIndex(at: path, items: sampleItems)
            let database = try Database(path: path)
            try body(database, try makeParser(database: database))
        }
    }

    @Test("Free text matches inflected forms through stems")
    func freeTextStemming() throws {
        try withSampleIndex { (database, parser) throws in
            #expect(
                try matchingIDs("kontanthjælpsmodtager", parser: parser, in: database) == ["aarhus-2022-09-15-4"]
            )
            #expect(
                try matchingIDs("udvalgets beslutning", parser: parser, in: database) == ["aarhus-2022-11-10-2"]
            )
        }
    }

    @Test("A free-text field prefix searches only that field")
    func fieldPrefix() throws {
        try withSampleIndex { (database, parser) throws in
            // "havnen" is in the title of one item and nowhere else in another item's title.
            #expect(try matchingIDs("titel:havn", parser: parser, in: database) == ["aarhus-2022-03-01-7"])
            // "skolerne" occurs only in body text, so the title field does not match it.
            #expect(try matchingIDs("titel:skolerne", parser: parser, in: database).isEmpty)
            #expect(try matchingIDs("skolerne", parser: parser, in: database) == ["aarhus-2022-06-30-3"])
        }
    }

    @Test(
        "Boolean fields normalise values like the indexer",
        arguments: [
            ("sag:21/24526", ["aarhus-2022-09-15-4", "aarhus-2022-11-10-2"]),
            ("sag:S23-0500", ["aarhus-2023-01-25-1"]),
            ("sag:s23-0500", ["aarhus-2023-01-25-1"]),
            ("sag:\"S23 - 0500\"", ["aarhus-2023-01-25-1"]),
            ("udvalg:\"Beskæftigelse- og Borgerserviceudvalget\"", ["aarhus-2022-09-15-4", "aarhus-2022-11-10-2"]),
            ("udvalg:\"  beskæftigelse-  og BORGERSERVICEUDVALGET \"", ["aarhus-2022-09-15-4", "aarhus-2022-11-10-2"]),
            ("udvalg:ØKONOMIUDVALGET", ["aarhus-2023-01-25-1"]),
            ("udvalg:\"Beskæftigelse – og Borgerserviceudvalget\"", ["aarhus-2022-09-15-4", "aarhus-2022-11-10-2"]),
            ("kontanthjælp udvalg:\"Beskæftigelse- og Borgerserviceudvalget\"", ["aarhus-2022-11-10-2"]),
            ("sag:21/24526 sag:22/1043", ["aarhus-2022-03-01-7", "aarhus-2022-09-15-4", "aarhus-2022-11-10-2"]),
            ("sag:21/24526 udvalg:Økonomiudvalget", []),
        ]
    )
    func booleanPrefixes(query: String, expected: [String]) throws {
        try withSampleIndex { (database, parser) throws in
            #expect(try matchingIDs(query, parser: parser, in: database) == expected)
        }
    }

    @Test("Boolean fields normalised in Swift yield the indexed term")
    func booleanPrefixTerms() throws {
        let parser = try makeParser(database: nil)
        #expect(try parser.parse("sag:S21-1234").description == "Query(0 * XCs21-1234)")
        #expect(
            try parser.parse("udvalg:\"Beskæftigelse- og  Borgerserviceudvalget\"").description
                == "Query(0 * XUbeskæftigelse og borgerserviceudvalget)"
        )
    }

    @Test(
        "Date ranges accept partial and open-ended dates",
        arguments: [
            (
                "dato:2022..2022",
                ["aarhus-2022-03-01-7", "aarhus-2022-06-30-3", "aarhus-2022-09-15-4", "aarhus-2022-11-10-2"]
            ),
            ("dato:2022-09..2022-09", ["aarhus-2022-09-15-4"]),
            ("dato:2022-06-30..2022-09-15", ["aarhus-2022-06-30-3", "aarhus-2022-09-15-4"]),
            ("dato:2023..", ["aarhus-2023-01-25-1"]),
            ("dato:..2022-06", ["aarhus-2022-03-01-7", "aarhus-2022-06-30-3"]),
            ("dato:2022-10..dato:2023-01", ["aarhus-2022-11-10-2", "aarhus-2023-01-25-1"]),
            ("kontanthjælp dato:2022-11..", ["aarhus-2022-11-10-2"]),
            ("dato:2021..2021", []),
        ]
    )
    func dateRanges(query: String, expected: [String]) throws {
        try withSampleIndex { (database, parser) throws in
            #expect(try matchingIDs(query, parser: parser, in: database) == expected)
        }
    }

    @Test("Value-count facets are exact with checkAtLeast, by count then value")
    func facets() throws {
        try withSampleIndex { (database, _) throws in
            let enquire = Enquire(database: database)
            enquire.setQuery(.matchAll())
            enquire.countValues(slot: Schema.committeeSlot)
            _ = try enquire.mset(offset: 0, limit: 1, checkAtLeast: database.documentCount)
            #expect(
                enquire.valueCounts(slot: Schema.committeeSlot) == [
                    TermCount(term: "Beskæftigelse- og Borgerserviceudvalget", count: 2),
                    TermCount(term: "Børne- og Skoleudvalget", count: 1),
                    TermCount(term: "Teknik- og Miljøudvalget", count: 1),
                    TermCount(term: "Økonomiudvalget", count: 1),
                ]
            )
            // A second search recounts instead of adding to the first search's counts.
            enquire.setQuery(.term("XC21/24526"))
            _ = try enquire.mset(offset: 0, limit: 10, checkAtLeast: database.documentCount)
            #expect(
                enquire.valueCounts(slot: Schema.committeeSlot) == [
                    TermCount(term: "Beskæftigelse- og Borgerserviceudvalget", count: 2)
                ]
            )
            #expect(enquire.valueCounts(slot: Schema.dateSlot).isEmpty)
        }
    }

    @Test("Sorting by a value slot, descending, with paging")
    func sortByValueDescending() throws {
        try withSampleIndex { (database, _) throws in
            let enquire = Enquire(database: database)
            enquire.setQuery(.matchAll())
            enquire.sort = .value(slot: Schema.dateSlot, descending: true)
            let first = try enquire.mset(offset: 0, limit: 3)
            #expect(
                try (0..<first.count).map { try first.value(at: $0, slot: Schema.dateSlot) } == [
                    "20230125", "20221110", "20220915",
                ]
            )
            let second = try enquire.mset(offset: 3, limit: 3)
            #expect(
                try (0..<second.count).map { try second.value(at: $0, slot: Schema.dateSlot) } == [
                    "20220630", "20220301",
                ]
            )
            #expect(try second.hit(at: 0).rank == 3)
            #expect(second.matchesEstimated == 5)
            enquire.sort = .value(slot: Schema.dateSlot, descending: false)
            let ascending = try enquire.mset(offset: 0, limit: 1)
            #expect(try ascending.value(at: 0, slot: Schema.dateSlot) == "20220301")
        }
    }

    @Test("Collapsing on the committee keeps one hit per committee")
    func collapse() throws {
        try withSampleIndex { (database, _) throws in
            let enquire = Enquire(database: database)
            enquire.setQuery(.matchAll())
            enquire.setCollapseKey(slot: Schema.committeeSlot)
            let page = try enquire.mset(offset: 0, limit: 10, checkAtLeast: database.documentCount)
            #expect(page.count == 4)
            let collapsed = try (0..<page.count).map { try page.hit(at: $0).collapseCount }
            #expect(collapsed.reduce(0, +) == 1)
            enquire.setCollapseKey(slot: nil)
            #expect(try enquire.mset(offset: 0, limit: 10).count == 5)
        }
    }

    @Test("Snippets highlight stemmed matches")
    func snippet() throws {
        try withSampleIndex { (database, parser) throws in
            let enquire = Enquire(database: database)
            enquire.setQuery(try parser.parse("kontanthjælpsmodtager"))
            let page = try enquire.mset(offset: 0, limit: 10)
            try #require(page.count == 1)
            let snippet = page.snippet(
                sampleItems[0].text,
                length: 60,
                stemmer: try Stemmer(language: "danish"),
                highlightStart: "<b>",
                highlightEnd: "</b>"
            )
            #expect(snippet.contains("<b>kontanthjælpsmodtagere</b>"))
            #expect(snippet.utf8.count < sampleItems[0].text.utf8.count)
        }
    }

    @Test("Spelling suggestions come from the indexed text")
    func spelling() throws {
        try withSampleIndex { (database, parser) throws in
            let query = try parser.parse("lokalplanem")
            #expect(try matchingIDs(query, in: database).isEmpty)
            #expect(parser.correctedQuery == "lokalplanen")
            // Xapian 1.4.22 suggests a neighbour even for a word that is in the index and has hits.
            _ = try parser.parse("lokalplanen")
            #expect(parser.correctedQuery == "lokalplan")
        }
    }

    @Test("Spelling data added from finished documents gives the same suggestions")
    func spellingFromDocuments() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            try writeIndex(at: path, items: sampleItems, spellingFromDocuments: true)
            let database = try Database(path: path)
            let parser = try makeParser(database: database)
            _ = try parser.parse("lokalplanem")
            #expect(parser.correctedQuery == "lokalplanen")
            _ = try parser.parse("kontanthjælpsmodtgere")
            #expect(parser.correctedQuery == "kontanthjælpsmodtagere")
        }
    }

    @Test("A query lists the distinct terms it looks for")
    func queryTerms() throws {
        let parser = try makeParser(database: nil)
        let query = try parser.parse("titel:lokalplaner lokalplan OR \"lokalplan for\" sag:S21-1234")
        let terms = try query.terms
        #expect(terms == ["XCs21-1234", "ZSlokalplan", "Zlokalplan", "for", "lokalplan"])
        #expect(try Query.matchAll().terms.isEmpty)
    }

    @Test("Queries built in code: filters, value ranges, scaling")
    func builtQueries() throws {
        try withSampleIndex { (database, _) throws in
            let query = Query.combine(
                .filter,
                [
                    .combine(.or, [.term("Zkontanthjælp"), .term("Zkontanthjælpsmodtag")]),
                    .valueRange(slot: Schema.dateSlot, from: "20221001", to: "20221231"),
                ]
            )
            #expect(try matchingIDs(query, in: database) == ["aarhus-2022-11-10-2"])
            let notBudget = Query.combine(.andNot, [.matchAll(), .term("Zbudget")])
            #expect(try matchingIDs(notBudget, in: database).count == 4)
            let maybe = Query.combine(.andMaybe, [.term("Zdrøfted"), .scaled(.term("Zskol"), by: 2)])
            #expect(try matchingIDs(maybe, in: database) == ["aarhus-2022-06-30-3", "aarhus-2022-09-15-4"])
            #expect(Query.scaled(.term("Zbudget"), by: 1.5).description == "Query(1.5 * Zbudget)")
            #expect(Query.combine(.and, []).isEmpty)
            #expect(!Query.matchAll().isEmpty)
        }
    }

    @Test("Stop words are dropped from parsed queries")
    func stopWords() throws {
        let parser = try makeParser(database: nil)
        #expect(try parser.parse("udvalget og havnen").description == "Query((Zudvalg@1 AND Zhavn@3))")
    }

    @Test("A non-ASCII field name works as a boolean prefix: år:2022")
    func nonASCIIFieldName() throws {
        try withSampleIndex { (database, parser) throws in
            parser.addField("år", boolean: true) { .term("Y" + $0) }
            #expect(try parser.parse("år:2022").description == "Query(0 * Y2022)")
            #expect(try matchingIDs("år:2023", parser: parser, in: database) == ["aarhus-2023-01-25-1"])
        }
    }
}
