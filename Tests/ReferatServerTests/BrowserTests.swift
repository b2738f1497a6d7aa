import Foundation
import HummingbirdTesting
import Testing

@Suite("The pages in a real browser (headless Chromium)", .enabled(if: Chromium.executable != nil))
struct BrowserTests {
    @Test("The browser shows the hits and facet counts of the JSON API; a facet link narrows; the item page shows it")
    func searchInBrowser() async throws {
        try await withCorpus(standardFiles) { corpus in
            try await withServer(index: corpus.index) { client in
                let port = try #require(client.port)
                let base = "http://127.0.0.1:\(port)"
                let api = try await client.get("/api/v1/search?q=lokalplan&gruppering=sag").json
                let ids = try #require(api["hits"] as? [[String: Any]]).compactMap { $0["id"] as? String }
                let facets = try #require(api["facets"] as? [String: [String: Int]])

                let page = PageScraper(html: try await Chromium.dom(of: base + "/?q=lokalplan"))
                #expect(!ids.isEmpty)
                #expect(page.hitIDs == ids)
                #expect(page.total == api["total"] as? Int)
                #expect(page.facets["Udvalg"] == facets["committee"])
                #expect(page.facets["År"] == facets["year"])

                let committee = try #require(facets["committee"]?.min { $0.value < $1.value })
                let href = try #require(page.facetHref("Udvalg", committee.key))
                let narrowed = PageScraper(html: try await Chromium.dom(of: base + href))
                #expect(narrowed.total == committee.value)
                #expect(!narrowed.hitIDs.isEmpty && narrowed.hitIDs.count <= min(committee.value, 20))

                let item = try await client.get("/api/v1/item/" + ids[0]).json
                let title = try #require(item["title"] as? String)
                let itemPage = try await Chromium.dom(of: base + "/punkt/" + ids[0])
                #expect(PageScraper(html: itemPage).unescape(itemPage).contains("<h1>\(title)</h1>"))
            }
        }
    }
}
