import Foundation
import Referat
import Testing
import XapianKit

/// Indexing and compaction store every item's facet values as one table, which searches count from while the
/// index is at the revision it describes; the counts must be those of the values themselves.
@Suite("The facet table")
struct FacetTableTests {
    private func hasCurrentTable(_ path: String) throws -> Bool {
        try Database(path: path).valueTable(forKey: IndexSchema.Metadata.facetTable) != nil
    }

    @Test func searchesCountTheSameFacetsWithTheTableAsFromTheValues() throws {
        try withSeedCorpus { corpus, index in
            // Greve's council brings votes and absences: multi-valued facets.
            try Project.copyGreveCouncilMeetings(to: corpus)
            _ = try Indexer(databasePath: index).index(paths: [corpus.path])
            #expect(try hasCurrentTable(index))
            let tabled = try Searcher(databasePath: index)
            let withTable = try ShardTests.requests.map { try tabled.search($0) }

            // Another writer's commit leaves the table behind, so the same searches count from the values.
            let writer = try runPythonWriter(on: index, ["db.set_metadata('outside', 'x')", "db.commit()"])
            #expect(writer.status == 0, "\(writer.stderr)")
            #expect(try !hasCurrentTable(index))
            let searcher = try Searcher(databasePath: index)
            for (request, expected) in zip(ShardTests.requests, withTable) {
                let result = try searcher.search(request)
                #expect(expected.total > 0, "\(request) finds nothing, so it proves nothing")
                #expect(result.total == expected.total, "\(request)")
                #expect(result.hits.map(\.id) == expected.hits.map(\.id), "\(request)")
                #expect(result.facets == expected.facets, "\(request)")
            }

            // The next indexing run, with nothing else to do, brings the table up to date.
            let again = try Indexer(databasePath: index).index(paths: [corpus.path])
            #expect(again.unchangedFiles == again.files)
            #expect(try hasCurrentTable(index))
        }
    }

    @Test func aCompactedCopyGetsATableOfItsOwn() throws {
        try withSeedCorpus { corpus, index in
            _ = try Indexer(databasePath: index).index(paths: [corpus.path])
            let copy = index + "-compacted"
            _ = try IndexCompactor.compact(index, to: copy)
            #expect(try hasCurrentTable(copy))
            _ = try IndexCompactor.compactInPlace(index)
            #expect(try hasCurrentTable(index))
            let request = SearchRequest(query: "beskæftigelse", limit: 50)
            #expect(try Searcher(databasePath: copy).search(request).counts(of: IndexSchema.committee).count > 1)
            #expect(
                try Searcher(databasePath: copy).search(request).facets
                    == Searcher(databasePath: index).search(request).facets
            )
        }
    }
}
