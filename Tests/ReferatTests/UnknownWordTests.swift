import Foundation
import Testing

@testable import Referat

@Suite("Words the dictionary does not know find what Snowball found")
struct UnknownWordTests {
    /// The ids of the items `query` finds in an index of the shipped minutes `files` (under `Corpus/`), as its own
    /// words find them (not a spelling correction's).
    private func found(_ query: String, in files: [String]) throws -> Set<String> {
        try withTemporaryDirectory { directory in
            let index = directory.appendingPathComponent("index").path
            let paths = files.map { Project.corpus.appendingPathComponent($0).path }
            _ = try Indexer(databasePath: index).index(paths: paths)
            let result = try Searcher(databasePath: index).search(SearchRequest(query: query, limit: 100))
            #expect(!result.corrected)
            return Set(result.hits.map(\.id))
        }
    }

    /// hunspell-da knows `Ukraine` only capitalised, so `ukraine` keeps Snowball's stem `ukrain`, while it gives
    /// `ukrainere` the lemma `ukrainer`: item 7 of 25 April says only "ukrainere" and "ukrainske"; the meeting of
    /// 4 April says "Ukraine".
    @Test func aNameFindsTheWordsMadeFromIt() throws {
        let ids = try found(
            "ukraine",
            in: ["2022-04-04", "2022-04-25"].map { "greve/greve_beskaeftigelses-og-erhvervsudvalget_\($0).json" }
        )
        #expect(ids.contains("greve-kommune/beskaeftigelses-og-erhvervsudvalget/2022-04-04/2"))
        #expect(ids.contains("greve-kommune/beskaeftigelses-og-erhvervsudvalget/2022-04-25/7"))
    }

    /// Snowball gives the name `Mette` and `meter` the same stem, `met`; only a known word that begins with the
    /// unknown one joins it, so `mette` finds the council meeting that names her and not the metres of another.
    @Test func aNameDoesNotFindAnUnrelatedWordWithItsSnowballStem() throws {
        let ids = try found(
            "mette",
            in: ["greve/greve_byraad-2022-2025_2022-09-05.json", "greve/greve_oekonomiudvalget_2022-01-24.json"]
        )
        #expect(!ids.isEmpty)
        #expect(ids.allSatisfy { $0.hasPrefix("greve-kommune/byraad/") })
    }
}
