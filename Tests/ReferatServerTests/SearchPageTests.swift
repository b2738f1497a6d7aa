import Foundation
import HummingbirdTesting
import Testing

@Suite("The search page over a live server")
struct SearchPageTests {
    @Test("The page shows the hits and facet counts the JSON API gives for the same query")
    func pageMatchesAPI() async throws {
        try await withCorpus(standardFiles) { corpus in
            try await withServer(index: corpus.index) { client in
                for query in ["q=lokalplan", "q=kontanthj%C3%A6lp&antal=5", "udvalg=%C3%98konomiudvalget", ""] {
                    let page = try await client.get("/?" + query)
                    #expect(page.status == .ok)
                    // The page shows one hit per case unless told otherwise; the API only when told.
                    let api = try await client.get("/api/v1/search?gruppering=sag&" + query).json
                    let scraper = PageScraper(html: page.text)
                    let apiHits = (api["hits"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                    #expect(!apiHits.isEmpty, "\(query) finds items")
                    #expect(scraper.hitIDs == apiHits, "\(query)")
                    #expect(scraper.total == api["total"] as? Int, "\(query)")
                    let apiFacets = api["facets"] as? [String: [String: Int]] ?? [:]
                    #expect(scraper.facets["Udvalg"] == apiFacets["committee"], "\(query)")
                    #expect(scraper.facets["Kommuner"] == apiFacets["municipality"], "\(query)")
                    #expect(scraper.facets["År"] == apiFacets["year"], "\(query)")
                }
            }
        }
    }

    @Test("A facet link narrows the search to its count, and the active filter's link removes it again")
    func facetLinkNarrows() async throws {
        try await withCorpus(standardFiles) { corpus in
            try await withServer(index: corpus.index) { client in
                let all = PageScraper(html: try await client.get("/?q=udvalget").text)
                let count = try #require(all.facets["Kommuner"]?["Greve Kommune"])
                let total = try #require(all.total)
                #expect(count < total)
                let href = try #require(all.facetHref("Kommuner", "Greve Kommune"))
                let narrowed = PageScraper(html: try await client.get(href).text)
                #expect(narrowed.total == count)
                #expect(narrowed.facets["Kommuner"] == ["Greve Kommune": count])
                let removal = try #require(
                    narrowed.matches(#"(?s)<section class="active"[^>]*>.*?<li><a href="([^"]*)""#).first?.first
                )
                #expect(PageScraper(html: try await client.get(narrowed.unescape(removal)).text).total == total)
            }
        }
    }

    @Test("Pages follow each other without overlap; the second page starts where the first ended")
    func pagination() async throws {
        try await withCorpus(standardFiles) { corpus in
            try await withServer(index: corpus.index) { client in
                let first = PageScraper(html: try await client.get("/?sortering=dato&antal=10").text)
                let next = try #require(first.matches(#"<a rel="next" href="([^"]*)""#).first?.first)
                let second = PageScraper(html: try await client.get(first.unescape(next)).text)
                let api = try await client.get("/api/v1/search?sortering=dato&antal=20&gruppering=sag").json
                let ids = (api["hits"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                #expect(first.hitIDs + second.hitIDs == ids)
            }
        }
    }

    @Test("A misspelt word that finds nothing shows the correction's hits and says so")
    func didYouMean() async throws {
        try await withCorpus(standardFiles) { corpus in
            try await withServer(index: corpus.index) { client in
                let api = try await client.get("/api/v1/search?q=lokalplen").json
                let suggestion = try #require(api["suggestion"] as? String)
                let page = try await client.get("/?q=lokalplen").text
                #expect(page.contains(#"class="suggestion""#))
                #expect(page.contains(">\(suggestion)</a>"))
                #expect(PageScraper(html: page).total == api["total"] as? Int)
            }
        }
    }

    @Test("The chart has a bar per year, each linking to that year's search with its count")
    func chartByYear() async throws {
        try await withCorpus(standardFiles) { corpus in
            try await withServer(index: corpus.index) { client in
                let page = PageScraper(html: try await client.get("/?q=udvalget").text)
                let years = try #require(page.facets["År"])
                let bars = page.matches(#"<a href="([^"]*)"><title>([0-9]{4}): ([0-9.]+) punkt"#)
                #expect(bars.map { $0[1] } == ["2022", "2023"])
                for bar in bars {
                    #expect(Int(bar[2].replacingOccurrences(of: ".", with: "")) == years[bar[1]] ?? 0)
                    let narrowed = PageScraper(html: try await client.get(page.unescape(bar[0])).text)
                    #expect(narrowed.total == years[bar[1]])
                }
            }
        }
    }

    @Test("Every page carries a policy that forbids scripts and inline styles, and links its one stylesheet")
    func securityHeaders() async throws {
        try await withCorpus(standardFiles) { corpus in
            try await withServer(index: corpus.index) { client in
                let page = try await client.get("/?q=budget")
                let policy = try #require(page.headers[.contentSecurityPolicy])
                #expect(policy.contains("default-src 'self'"))
                #expect(policy.contains("script-src 'none'"))
                #expect(!policy.contains("unsafe-inline"))
                #expect(page.headers[.xContentTypeOptions] == "nosniff")
                #expect(page.text.contains(#"<html lang="da">"#))
                #expect(!page.text.contains("<script"))
                #expect(!page.text.contains("style="))
                let css = try await client.get("/static/referat.css")
                #expect(css.status == .ok)
                #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            }
        }
    }

    @Test("The page shows one hit per case, saying how many more items the case has; all items on asking")
    func groupedByCase() async throws {
        try await withCorpus(standardFiles) { corpus in
            try await withServer(index: corpus.index) { client in
                let grouped = try await client.get("/?q=sag%3A20-055908K")
                let page = PageScraper(html: grouped.text)
                #expect(page.hitIDs.count == 1)
                #expect(page.total == 3)
                #expect(grouped.text.contains(#"<a href="/sag/20-055908K">+ 2 punkter mere på sagen</a>"#))
                let all = PageScraper(html: try await client.get("/?q=sag%3A20-055908K&gruppering=ingen").text)
                #expect(all.hitIDs.count == 3)
                #expect(all.hitIDs.contains(page.hitIDs[0]))
            }
        }
    }
}
