import Foundation
import Testing

@testable import Referat

@Suite("A very long item costs a search no more than a short one")
struct LongItemTests {
    @Test func aHitReadsOnlyTheStartOfALongTextAndShowReadsItAll() throws {
        try withSeedIndex { _, directory in
            let index = directory.appendingPathComponent("index").path
            // As an index written before texts were capped may hold: one item with 2 MB more text.
            let writer = try runPythonWriter(
                on: index,
                [
                    "doc = db.get_document(1)",
                    "doc.set_data(doc.get_data() + (' fyldord' * 250000 + ' slutord').encode())",
                    "db.replace_document(1, doc)",
                    "db.commit()",
                ]
            )
            #expect(writer.status == 0, "\(writer.stderr)")
            let searcher = try Searcher(databasePath: index)
            let hits = try searcher.search(SearchRequest(limit: 50)).hits
            #expect(hits.count == 24)
            var long: [SearchHit] = []
            for hit in hits {
                #expect(hit.stored.text.utf8.count <= Searcher.hitDataBytes)
                let whole = try #require(try searcher.item(id: hit.id))
                if whole.text.hasSuffix(" fyldord slutord") { long.append(hit) }
            }
            let hit = try #require(long.first)
            #expect(long.count == 1)
            #expect(hit.snippet.plain.hasSuffix("…"))
        }
    }
}
