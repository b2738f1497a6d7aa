import Foundation
import HummingbirdTesting
import Testing

@Suite("Atom feeds and CSV export of a search")
struct FeedTests {
    @Test("The feed has the search's items newest meeting first, each linking to its page")
    func feedEntries() async throws {
        try await withCorpus(standardFiles) { corpus in
            try await withServer(index: corpus.index) { client in
                let response = try await client.get("/feed.atom?q=lokalplan")
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/atom+xml; charset=utf-8")
                let feed = try #require(AtomParser.parse(Data(buffer: response.body)))
                let api = try await client.get("/api/v1/search?q=lokalplan&sortering=dato&antal=50").json
                let hits = try #require(api["hits"] as? [[String: Any]])
                #expect(feed.entries.count == hits.count)
                #expect(
                    feed.entries.map(\.id)
                        == hits.compactMap { ($0["id"] as? String).map { "tag:referat,2024:punkt/" + $0 } }
                )
                #expect(feed.entries.map(\.updated) == feed.entries.map(\.updated).sorted(by: >))
                #expect(feed.updated == feed.entries.first?.updated)
                for (entry, hit) in zip(feed.entries, hits) {
                    #expect(entry.title == hit["title"] as? String)
                    #expect(entry.link.hasPrefix("http://localhost"))
                    #expect(entry.link.hasSuffix("/punkt/" + (hit["id"] as? String ?? "")))
                }
            }
        }
    }

    @Test("Entry ids are the same from a second server on a second index of the same minutes")
    func stableIDs() async throws {
        func entries() async throws -> [AtomParser.Entry] {
            try await withCorpus(standardFiles) { corpus in
                try await withServer(index: corpus.index) { client in
                    let body = try await client.get("/feed.atom?udvalg=%C3%98konomiudvalget").body
                    return try #require(AtomParser.parse(Data(buffer: body))).entries
                }
            }
        }
        let first = try await entries()
        #expect(first.count > 10)
        #expect(try await entries().map(\.id) == first.map(\.id))
    }

    @Test("The feed gains an entry when a new meeting is indexed while the server runs")
    func feedUpdates() async throws {
        try await withCorpus(Project.textMinutes) { corpus in
            try await withServer(index: corpus.index) { client in
                let before = try #require(AtomParser.parse(Data(buffer: try await client.get("/feed.atom").body)))
                try corpus.add([Project.greve("greve_oekonomiudvalget_2023-11-27.json")])
                let after = try #require(AtomParser.parse(Data(buffer: try await client.get("/feed.atom").body)))
                let added = after.entries.prefix { $0.id.contains("/greve-kommune/oekonomiudvalget/2023-11-27/") }
                #expect(added.count == 33)
                #expect(after.entries.count == min(50, before.entries.count + added.count))
                #expect(after.updated > before.updated)
                // The older entries follow unchanged, as far as the feed's length allows.
                let kept = after.entries.dropFirst(added.count).map(\.id)
                #expect(kept == Array(before.entries.prefix(kept.count).map(\.id)))
            }
        }
    }

    @Test("The CSV export has every hit, a byte-order mark and semicolons, as Danish spreadsheets open it")
    func csvExport() async throws {
        try await withCorpus(standardFiles) { corpus in
            try await withServer(index: corpus.index) { client in
                let response = try await client.get("/eksport.csv?q=udvalget&antal=5")
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(response.headers[.contentDisposition]?.hasPrefix("attachment") == true)
                let bytes = Array(Data(buffer: response.body))
                #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
                let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
                #expect(text.hasPrefix("rank;date;municipality;committee;item;title;"))
                let api = try await client.get("/api/v1/search?q=udvalget&antal=100").json
                let ids = try #require(api["hits"] as? [[String: Any]]).compactMap { $0["id"] as? String }
                #expect(ids.count > 5 && ids.count == api["total"] as? Int)
                for (rank, id) in ids.enumerated() {
                    #expect(text.contains("\n\(rank + 1);"), "row \(rank + 1)")
                    #expect(text.contains(";\(id);"), "\(id)")
                }
            }
        }
    }
}
