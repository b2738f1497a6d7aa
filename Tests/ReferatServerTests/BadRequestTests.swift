import Foundation
import Hummingbird
import HummingbirdTesting
import ReferatServer
import Testing

@Suite("Bad requests get 400 or 404 with a Danish message and no internals")
struct BadRequestTests {
    static let badParameters = [
        "q=" + String(repeating: "a", count: 501),
        "antal=0", "antal=101", "antal=tyve", "side=0", "side=9999999999999999", "side=99999999999999999999",
        "side=502", "fra=ig%C3%A5r", "fra=2023&til=2022", "sortering=tilf%C3%A6ldig", "lukket=m%C3%A5ske",
        "gruppering=dag", "q=a%20AND", "q=dato%3Aabc", "udvalg=findesikke", "for=ingen",
        "q=" + (1...11).map { "ord\($0)*" }.joined(separator: "%20"),
    ]

    @Test("A bad parameter is 400 on the page, the API, the feed and the CSV export", arguments: badParameters)
    func badParameter(_ query: String) async throws {
        try await withCorpus(Project.textMinutes) { corpus in
            try await withServer(index: corpus.index) { client in
                let page = try await client.get("/?" + query)
                #expect(page.status == .badRequest)
                #expect(page.text.contains(#"<p class="error" role="alert">"#))
                #expect(page.text.contains(#"<html lang="da">"#))
                let api = try await client.get("/api/v1/search?" + query)
                #expect(api.status == .badRequest)
                let message = try #require(try api.json["error"] as? String)
                #expect(!message.isEmpty)
                for path in ["/feed.atom?", "/eksport.csv?"] {
                    #expect(try await client.get(path + query).status == .badRequest)
                }
                for text in [page.text, api.text] {
                    #expect(!text.contains(corpus.index))
                    #expect(!text.contains("Xapian"))
                    #expect(!text.contains("Error"))
                }
            }
        }
    }

    @Test(
        "Unknown ids, case numbers, meetings and routes are 404",
        arguments: [
            "/punkt/greve-kommune/byraad/1999-01-01/1", "/sag/00-000000X", "/moede/haderslev-kommune/x/2022-09-15",
            "/api/v1/item/nothing", "/api/v1/case/nothing", "/api/v1/meeting/nothing", "/findes/ikke", "/punkt/",
        ]
    )
    func notFound(_ path: String) async throws {
        try await withCorpus(Project.textMinutes) { corpus in
            try await withServer(index: corpus.index) { client in
                let response = try await client.get(path)
                #expect(response.status == .notFound || (path.hasSuffix("/") && response.status == .badRequest))
                if path.hasPrefix("/api/") {
                    #expect(try response.json["error"] is String)
                } else {
                    #expect(response.text.contains(#"<html lang="da">"#))
                }
                #expect(!response.text.contains(corpus.index))
            }
        }
    }
}

@Suite("Methods")
struct MethodTests {
    @Test("Only reads are answered: HEAD as GET without a body, anything else 405 with the methods allowed")
    func methods() async throws {
        try await withCorpus(Project.textMinutes) { corpus in
            try await withServer(index: corpus.index) { client in
                let head = try await client.executeRequest(uri: "/?q=budget", method: .head, headers: [:], body: nil)
                #expect(head.status == .ok)
                #expect(head.body.readableBytes == 0)
                for method in [HTTPRequest.Method.post, .put, .delete] {
                    let response = try await client.executeRequest(
                        uri: "/api/v1/search?q=budget",
                        method: method,
                        headers: [:],
                        body: nil
                    )
                    #expect(response.status == .methodNotAllowed)
                    #expect(response.headers[.allow] == "GET, HEAD")
                    #expect(try response.json["error"] is String)
                }
            }
        }
    }
}

@Suite("The searcher's limits, as the server sets them")
struct SearchLimitTests {
    @Test("The server's searchers keep to its wildcard limit")
    func wildcards() async throws {
        var limits = WebLimits()
        limits.search.wildcards = 1
        try await withCorpus(Project.textMinutes) { corpus in
            try await withServer(index: corpus.index, limits: limits) { client in
                #expect(try await client.get("/api/v1/search?q=kontant*").status == .ok)
                let refused = try await client.get("/api/v1/search?q=kontant*%20borger*")
                #expect(refused.status == .badRequest)
                #expect(try refused.json["error"] as? String == "Søgningen har for mange ord med *: højst 1.")
            }
        }
    }

    @Test("Counting cut short by the time limit says the numbers are estimates, on the page and in the API")
    func countingTime() async throws {
        var limits = WebLimits()
        // No time at all: every count is cut short, whatever the machine's speed.
        limits.search.countingTime = .zero
        try await withCorpus(Project.textMinutes) { corpus in
            try await withServer(index: corpus.index, limits: limits) { client in
                #expect(try await client.get("/api/v1/search?q=borger").json["time_limited"] as? Bool == true)
                let page = try await client.get("/?q=borger").text
                #expect(page.contains(#"<p class="summary" role="status">Cirka "#))
                #expect(page.contains(#"<p class="note">"#))
            }
        }
    }
}
