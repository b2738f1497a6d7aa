import Foundation
import HummingbirdTesting
import Testing

@Suite("Item, case and meeting pages over a live server")
struct DetailPageTests {
    @Test("An item's page shows its title, decision, sections and links to its case, meeting and original")
    func itemPage() async throws {
        try await withCorpus(standardFiles) { corpus in
            try await withServer(index: corpus.index) { client in
                let api = try await client.get("/api/v1/case/20-055908K").json
                let first = try #require((api["items"] as? [[String: Any]])?.first)
                let id = try #require(first["id"] as? String)
                let item = try await client.get("/api/v1/item/" + id).json
                let response = try await client.get("/punkt/" + id)
                #expect(response.status == .ok)
                let page = PageScraper(html: response.text)
                let title = try #require(item["title"] as? String)
                #expect(page.unescape(response.text).contains("<h1>\(title)</h1>"))
                let decision = try #require(item["decision"] as? String)
                #expect(page.unescape(response.text).contains(decision))
                for section in item["sections"] as? [[String: Any]] ?? [] {
                    guard let heading = section["heading"] as? String, !heading.isEmpty else { continue }
                    #expect(page.unescape(response.text).contains("<h2>\(heading)</h2>"))
                }
                #expect(response.text.contains(#"href="/sag/20-055908K""#))
                #expect(response.text.contains(#"href="/moede/greve-kommune/plan-og-tryghedsudvalget/2022-10-11""#))
                let url = try #require(item["url"] as? String)
                #expect(page.unescape(response.text).contains(#"<a href="\#(url)""#))
            }
        }
    }

    @Test("A case's page lists its items oldest first across committees, the newest decision marked")
    func casePage() async throws {
        try await withCorpus(standardFiles) { corpus in
            try await withServer(index: corpus.index) { client in
                let api = try await client.get("/api/v1/case/20-055908K").json
                let items = try #require(api["items"] as? [[String: Any]])
                #expect(
                    items.compactMap { $0["committee"] as? String } == [
                        "Plan- og Tryghedsudvalget", "Økonomiudvalget", "Byråd",
                    ]
                )
                let response = try await client.get("/sag/20-055908K")
                let page = PageScraper(html: response.text)
                #expect(page.hitIDs == items.compactMap { $0["id"] as? String })
                let latest = page.matches(#"<li class="hit latest">\s*<h3><a href="/punkt/([^"]+)""#)
                #expect(latest.map { $0[0] } == [items.last?["id"] as? String])
                #expect(response.text.contains("Seneste beslutning"))
            }
        }
    }

    @Test("A case number with a slash is one path: /sag/21/24526 is Haderslev's case")
    func caseNumberWithSlash() async throws {
        try await withCorpus(standardFiles) { corpus in
            try await withServer(index: corpus.index) { client in
                let page = PageScraper(html: try await client.get("/sag/21/24526").text)
                #expect(page.hitIDs.count == 4)
                #expect(page.hitIDs.allSatisfy { $0.hasPrefix("haderslev-kommune/") })
                let encoded = PageScraper(html: try await client.get("/sag/21%2F24526").text)
                #expect(encoded.hitIDs == page.hitIDs)
            }
        }
    }

    @Test("A meeting's page lists its agenda in order and links the committee's meetings before and after")
    func meetingPage() async throws {
        try await withCorpus(standardFiles) { corpus in
            try await withServer(index: corpus.index) { client in
                let id = "greve-kommune/oekonomiudvalget/2022-10-24"
                let api = try await client.get("/api/v1/meeting/" + id).json
                #expect(api["previous"] as? String == "greve-kommune/oekonomiudvalget/2022-09-26")
                #expect(api["next"] as? String == "greve-kommune/oekonomiudvalget/2022-10-27")
                let items = try #require(api["items"] as? [[String: Any]])
                let numbers = items.compactMap { ($0["item"] as? String).flatMap(Int.init) }
                #expect(numbers.count == items.count && numbers == numbers.sorted())
                let response = try await client.get("/moede/" + id)
                let page = PageScraper(html: response.text)
                #expect(page.hitIDs == items.compactMap { $0["id"] as? String })
                #expect(
                    response.text.contains(#"<a rel="prev" href="/moede/greve-kommune/oekonomiudvalget/2022-09-26""#)
                )
                #expect(
                    response.text.contains(#"<a rel="next" href="/moede/greve-kommune/oekonomiudvalget/2022-10-27""#)
                )
                let first = try await client.get("/api/v1/meeting/greve-kommune/oekonomiudvalget/2022-09-26").json
                #expect(first["previous"] is NSNull)
            }
        }
    }
}
