import Foundation
import HummingbirdTesting
import Mustache
import Testing

@testable import ReferatServer

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

    @Test("The server escapes each of < > & \" ' wherever it stands, as swift-mustache does for whole characters")
    func escapingIsByByte() throws {
        let mustache = try MustacheTemplate(string: "{{text}}")
        var texts = ["", "plain", "<script>alert('x')</script>", #"a & b "c" 'd'"#, "&amp;", "<<>>", "\u{1E}<\u{0}>"]
        // Every string of up to three pieces: the five characters beside letters, multi-byte scalars and a combining
        // mark, which joins the character before it into one Character.
        let pieces = ["<", ">", "&", "\"", "'", "a", "ø", "\u{301}", "🇩🇰", " ", "\n"]
        var shorter = [""]
        for _ in 1...3 {
            shorter = shorter.flatMap { text in pieces.map { text + $0 } }
            texts += shorter
        }
        var stricter = 0
        for text in texts {
            let escaped = HTMLEscaping().escapeText(text)
            #expect(!escaped.utf8.contains { "<>\"'".utf8.contains($0) }, "\(text.debugDescription)")
            #expect(Self.unescaped(escaped) == text, "\(text.debugDescription)")
            let theirs = mustache.render(["text": text])
            if text.unicodeScalars.contains(where: { $0.properties.canonicalCombiningClass != .notReordered }) {
                // swift-mustache compares whole Characters, so `"` followed by a combining mark stays as it is,
                // which would end an attribute value.
                stricter += escaped == theirs ? 0 : 1
            } else {
                #expect(escaped == theirs, "\(text.debugDescription)")
            }
        }
        #expect(stricter > 0)
    }

    /// `text` with the five entities read back, byte by byte (String's own search would not find `&lt;` where a
    /// combining mark joins its `;` to the next character).
    private static func unescaped(_ text: String) -> String {
        let entities: [(String, UInt8)] = [
            ("&lt;", UInt8(ascii: "<")), ("&gt;", UInt8(ascii: ">")), ("&quot;", UInt8(ascii: "\"")),
            ("&#39;", UInt8(ascii: "'")), ("&amp;", UInt8(ascii: "&")),
        ]
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if let (entity, byte) = entities.first(where: { bytes[index...].starts(with: $0.0.utf8) }) {
                output.append(byte)
                index += entity.utf8.count
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
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
