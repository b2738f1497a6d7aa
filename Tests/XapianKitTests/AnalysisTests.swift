import Testing
import XapianKit

@Suite("Danish analysis")
struct AnalysisTests {
    // Expected stems are what Snowball's Danish stemmer in Xapian 1.4.22 produces (checked with python3-xapian).
    @Test(
        "Danish stems",
        arguments: [
            ("kontanthjælpsmodtagere", "kontanthjælpsmodtag"),
            ("udvalgets", "udvalg"),
            ("udvalget", "udvalg"),
            ("lokalplanen", "lokalplan"),
            ("lokalplaner", "lokalplan"),
            ("beskæftigelse", "beskæftig"),
        ]
    )
    func danishStem(word: String, stem: String) throws {
        #expect(try Stemmer(language: "danish").stem(word) == stem)
    }

    @Test("The stemmer does not fold case")
    func stemmerKeepsCase() throws {
        #expect(try Stemmer(language: "danish").stem("Udvalgets") != "udvalg")
    }

    @Test("The term generator lowercases, stems with a Z prefix and drops stop words from stems")
    func termGeneratorTerms() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            try writeIndex(at: path, items: [sampleItems[0]])
            let database = try Database(path: path)
            #expect(try database.termFrequency("kontanthjælpsmodtagere") == 1)
            #expect(try database.termFrequency("Zkontanthjælpsmodtag") == 1)
            #expect(try database.termFrequency("ZSkontanthjælpsmodtag") == 1)
            #expect(try database.termFrequency("Zog") == 0)
            #expect(try database.terms(withPrefix: "XC") == [TermCount(term: "XC21/24526", count: 1)])
        }
    }

    @Test("A term generator that remembers stems writes the same terms", arguments: [1, 3, 10_000])
    func rememberedStemsChangeNoTerm(limit: Int) throws {
        try withTemporaryDirectory { directory in
            // Every item twice, so words come back both while remembered and after a small bound started afresh.
            let items = (sampleItems + sampleItems).enumerated().map { index, item in
                var copy = item
                copy.id += "-\(index)"
                return copy
            }
            let plain = directory.appendingPathComponent("plain").path
            let remembering = directory.appendingPathComponent("remembering").path
            try writeIndex(at: plain, items: items)
            try writeIndex(at: remembering, items: items, rememberedStems: limit)
            let expected = try Database(path: plain).terms(withPrefix: "")
            #expect(expected.contains(TermCount(term: "Zkontanthjælpsmodtag", count: 2)))
            #expect(try Database(path: remembering).terms(withPrefix: "") == expected)
        }
    }

    @Test(
        "Phrases match other inflections only with someFullPositions",
        arguments: [
            (StemmingStrategy.some, "\"boligområderne ved havnen\"", 0),
            (.someFullPositions, "\"boligområderne ved havnen\"", 1),
            // A stop word in the phrase: the term generator indexed no stem for it, so the phrase cannot match.
            (.someFullPositions, "\"lokalplaner for boligområdet\"", 0),
        ]
    )
    func phraseAcrossInflections(strategy: StemmingStrategy, phrase: String, expected: Int) throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            try writeIndex(at: path, items: [sampleItems[1]], strategy: strategy)
            let database = try Database(path: path)
            let parser = try makeParser(database: database, strategy: strategy)
            #expect(try matchingIDs(phrase, parser: parser, in: database).count == expected)
        }
    }

    @Test(
        "Inflecting a phrase's words matches other inflections on positions of the words as written",
        arguments: [
            ("\"boligområderne ved havnen\"", 1),
            // Stop words keep their positions: only the stems were left out.
            ("\"lokalplaner for boligområdet\"", 1),
            ("titel:\"lokalplanerne for boligerne\"", 1),
            ("\"boligområderne ved skolen\"", 0),
            // Order and adjacency still count.
            ("\"havnen ved boligområderne\"", 0),
        ]
    )
    func inflectedPhrase(phrase: String, expected: Int) throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            try writeIndex(at: path, items: sampleItems, strategy: .some)
            let database = try Database(path: path)
            let parser = try makeParser(database: database, strategy: .some)
            parser.addPrefix("titel", "S")
            let query = try parser.parse(phrase).inflectingPhrases(in: database, stemmer: Stemmer(language: "danish"))
            #expect(try matchingIDs(query, in: database).count == expected, "\(query.description)")
        }
    }

    @Test(
        "Rewrites with nothing to do leave the query as it was: inflecting one without phrases, widening with Snowball's stemmer (widening needs hunspell's)"
    )
    func rewritesWithNothingToDo() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            try writeIndex(at: path, items: sampleItems, strategy: .some)
            let database = try Database(path: path)
            let query = try makeParser(database: database).parse("lokalplaner havnen")
            let stemmer = try Stemmer(language: "danish")
            #expect(try query.inflectingPhrases(in: database, stemmer: stemmer).description == query.description)
            #expect(try query.wideningUnknownWords(in: database, stemmer: stemmer).description == query.description)
        }
    }
}
