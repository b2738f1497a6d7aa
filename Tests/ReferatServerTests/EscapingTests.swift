import Foundation
import HummingbirdTesting
import Testing

@Suite("Markup in the minutes never renders as markup")
struct EscapingTests {
    @Test("No page, snippet, feed or API answer shows the hostile item's markup as live markup")
    func hostileItem() async throws {
        try await withTemporaryDirectory { directory in
            let file = try HostileMinutes.write(into: directory)
            try await withCorpus([file]) { corpus in
                try await withServer(index: corpus.index) { client in
                    let api = try await client.get("/api/v1/search?q=\(HostileMinutes.marker)").json
                    let hit = try #require((api["hits"] as? [[String: Any]])?.first)
                    let id = try #require(hit["id"] as? String)
                    // The item really holds the markup as text, so the test below can fail.
                    #expect((hit["title"] as? String)?.contains(HostileMinutes.script) == true)
                    #expect((hit["decision"] as? String)?.contains(HostileMinutes.image) == true)
                    let meeting = "/moede/" + id.split(separator: "/").dropLast().joined(separator: "/")
                    let paths = [
                        "/?q=\(HostileMinutes.marker)", "/?q=alert", "/punkt/\(id)", meeting,
                        "/feed.atom?q=\(HostileMinutes.marker)", "/?sortering=dato",
                    ]
                    for path in paths {
                        let response = try await client.get(path)
                        #expect(response.status == .ok, "\(path)")
                        let text = response.text
                        #expect(text.contains(HostileMinutes.marker), "\(path) shows the item")
                        for live in ["<script", "<img", #"href="javascript:"#, "<a href=\"java"] {
                            #expect(!text.lowercased().contains(live.lowercased()), "\(path) has \(live)")
                        }
                        #expect(text.contains("&lt;script&gt;"), "\(path) shows the markup as text")
                    }
                    if let caseNumber = hit["case"] as? String {
                        let text = try await client.get("/sag/" + caseNumber).text
                        #expect(!text.contains("<script"))
                    }
                }
            }
        }
    }

    @Test("A hostile query is shown back escaped in the form and messages")
    func hostileQuery() async throws {
        try await withCorpus(Project.textMinutes) { corpus in
            try await withServer(index: corpus.index) { client in
                for path in [
                    "/?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                    "/?udvalg=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                    "/?fra=%3Cscript%3E",
                    "/feed.atom?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                ] {
                    let text = try await client.get(path).text
                    #expect(!text.contains("<script"), "\(path)")
                    #expect(text.contains("&lt;script&gt;"), "\(path)")
                }
            }
        }
    }

    @Test("No template can switch escaping off: no triple braces, ampersand tags, pragmas or delimiter changes")
    func templatesEscapeEverything() throws {
        let folder = Project.root.appendingPathComponent("Sources/ReferatServer/Resources/templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".mustache")
        }
        #expect(names.count >= 8)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for unsafe in ["{{{", "{{&", "{{%", "{{="] {
                #expect(!text.contains(unsafe), "\(name) uses \(unsafe)")
            }
            #expect(!text.contains("style="), "\(name) has an inline style, which the policy blocks")
            #expect(!text.contains("<script"), "\(name) has a script")
        }
    }
}
