import Foundation
import Referat
import Testing

/// Filters and query fields find what their names say, on five of Greve's meetings of May 2023.
@Suite("Filters and fields that mean what they say")
struct FilterMeaningTests {
    /// A council meeting and four committee meetings of Greve in May 2023.
    static let greveMay2023 = [
        "byraad-2022-2025_2023-05-15", "klima-teknik-og-miljoeudvalget_2023-05-25", "oekonomiudvalget_2023-05-08",
        "plan-og-tryghedsudvalget_2023-05-23", "beskaeftigelses-og-erhvervsudvalget_2023-05-22",
    ]

    private func withGreveIndex<T>(_ body: (Searcher) throws -> T) throws -> T {
        try withTemporaryDirectory { (directory) throws in
            let folder = directory.appendingPathComponent("greve")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in Self.greveMay2023 {
                try FileManager.default.copyItem(
                    at: Project.corpus.appendingPathComponent("greve/greve_\(name).json"),
                    to: folder.appendingPathComponent("greve_\(name).json")
                )
            }
            let index = directory.appendingPathComponent("index").path
            _ = try Indexer(databasePath: index).index(paths: [folder.path])
            return try body(try Searcher(databasePath: index))
        }
    }

    private func committees(_ searcher: Searcher, _ request: SearchRequest) throws -> Set<String> {
        var request = request
        request.limit = 1000
        return Set(try searcher.search(request).hits.map(\.committee))
    }

    @Test func aCommitteeIsNamedByWholeWordsOrItsAbbreviationNeverByLettersInsideAWord() throws {
        try withGreveIndex { (searcher) throws in
            func committees(_ typed: String) throws -> Set<String> {
                try self.committees(searcher, SearchRequest(filters: [IndexSchema.committee: [typed]]))
            }
            // "øu" is inside "miljøudvalget", but ØU is the abbreviation of Økonomiudvalget.
            #expect(try committees("ØU") == ["Økonomiudvalget"])
            #expect(try committees("oekonomiudvalget") == ["Økonomiudvalget"])
            #expect(try committees("økonomi") == ["Økonomiudvalget"])
            #expect(try committees("plan") == ["Plan- og Tryghedsudvalget"])
            #expect(try committees("beskæftigelse") == ["Beskæftigelses- og Erhvervsudvalget"])
            #expect(try committees("miljø") == ["Klima-, Teknik- og Miljøudvalget"])
            #expect(try committees("TMU") == ["Klima-, Teknik- og Miljøudvalget"])
        }
    }

    @Test func aNameThatMatchesNothingListsTheClosestNamesFirst() throws {
        try withGreveIndex { (searcher) throws in
            do {
                _ = try searcher.search(SearchRequest(filters: [IndexSchema.committee: ["Tekink"]]))
                Issue.record("a committee nobody has was accepted")
            } catch SearchError.unknownValue(_, _, let known) {
                #expect(known.first == "Klima-, Teknik- og Miljøudvalget", "\(known)")
                #expect(known.count == 5)
            }
            #expect(throws: SearchError.self) {
                try searcher.search(SearchRequest(filters: [IndexSchema.committee: ["udvalg"]]))
            }
        }
    }

    @Test(arguments: [
        ("udvalg:plan", SearchRequest(filters: [IndexSchema.committee: ["plan"]])),
        ("udvalg:ØU", SearchRequest(filters: [IndexSchema.committee: ["ØU"]])),
        ("committee:oekonomiudvalget", SearchRequest(filters: [IndexSchema.committee: ["oekonomiudvalget"]])),
        ("kommune:greve", SearchRequest(filters: [IndexSchema.municipality: ["greve"]])),
        ("dato:2023-05-15", SearchRequest(from: DateBound("2023-05-15"), to: DateBound("2023-05-15"))),
        ("dato:2023-05", SearchRequest(from: DateBound("2023-05"), to: DateBound("2023-05"))),
        ("budget udvalg:økonomi", SearchRequest(query: "budget", filters: [IndexSchema.committee: ["økonomi"]])),
    ])
    func aQueryFieldFindsWhatItsOptionFinds(query: String, option: SearchRequest) throws {
        try withGreveIndex { (searcher) throws in
            func ids(_ request: SearchRequest) throws -> [String] {
                var request = request
                request.limit = 1000
                request.sort = .date
                return try searcher.search(request).hits.map(\.id)
            }
            let byOption = try ids(option)
            #expect(!byOption.isEmpty)
            #expect(try ids(SearchRequest(query: query)) == byOption)
        }
    }

    @Test func aTitleFieldFindsTheWordInsideATitlesCompounds() throws {
        try withGreveIndex { (searcher) throws in
            let plain = try searcher.search(SearchRequest(query: "kunstgræs", limit: 100)).hits
            let inTitles = plain.filter { $0.title.lowercased().contains("kunstgræs") }
            #expect(inTitles.contains { !$0.title.lowercased().contains("kunstgræs ") }, "a compound in a title")
            let titled = try searcher.search(SearchRequest(query: "titel:kunstgræs", limit: 100)).hits
            #expect(Set(titled.map(\.id)) == Set(inTitles.map(\.id)))
        }
    }

    @Test func sortingByDateKeepsAgendaOrderWithinAMeeting() throws {
        try withGreveIndex { (searcher) throws in
            // With words, relevance differs from item to item and must not reorder a meeting.
            for query in ["", "kommunen"] {
                let hits = try searcher.search(SearchRequest(query: query, sort: .date, limit: 1000)).hits
                #expect(hits.count > 20)
                for (earlier, later) in zip(hits, hits.dropFirst()) {
                    #expect(earlier.date >= later.date)
                    if earlier.date == later.date, earlier.committee == later.committee {
                        #expect((Int(earlier.item) ?? 0) < (Int(later.item) ?? 0), "\(earlier.id) before \(later.id)")
                    }
                }
                // Item 10 after item 9, not between 1 and 2.
                #expect(hits.contains { Int($0.item) ?? 0 >= 10 })
            }
        }
    }

    @Test func aDanishLetterSpelledOutFindsWhatTheLetterFinds() throws {
        try withGreveIndex { (searcher) throws in
            for (spelledOut, danish) in [("byraad", "byråd"), ("oekonomiudvalget", "økonomiudvalget")] {
                let a = try searcher.search(SearchRequest(query: spelledOut, limit: 1000))
                let b = try searcher.search(SearchRequest(query: danish, limit: 1000))
                #expect(a.total > 0)
                #expect(Set(a.hits.map(\.id)) == Set(b.hits.map(\.id)), "\(spelledOut)")
            }
        }
    }

    @Test func aSnippetIsEscapedForHTMLOnce() throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("Corpus")
            try Project.copySeedMinutes(to: corpus)
            let file = corpus.appendingPathComponent("haderslev/\(Project.haderslev.lastPathComponent)")
            let text = try String(contentsOf: file, encoding: .utf8)
            let range = try #require(text.range(of: "kontanthjælpsmodtagere har typisk"))
            try text.replacingCharacters(in: range, with: "kontanthjælpsmodtagere <script> & \"q\" har typisk")
                .write(to: file, atomically: true, encoding: .utf8)
            let index = directory.appendingPathComponent("index").path
            _ = try Indexer(databasePath: index).index(paths: [corpus.path])
            // Both words are together only there, so that is the passage shown.
            let hits = try Searcher(databasePath: index).search(SearchRequest(query: "kontanthjælpsmodtagere typisk"))
                .hits
            let snippet = try #require(hits.map(\.snippet).first { $0.plain.contains("<script>") })
            #expect(snippet.html.contains("<mark>kontanthjælpsmodtagere</mark> &lt;script&gt; &amp; &quot;q&quot;"))
            #expect(!snippet.html.contains("&amp;lt;"))
        }
    }
}
