import Foundation
import Testing

@Suite("referat show and what hits carry to open an item")
struct ShowCommandTests {
    static let item = "greve-kommune/byraad/2022-01-14/2"

    private func withGreveIndex(_ body: (String) throws -> Void) throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("Corpus")
            let greve = corpus.appendingPathComponent("greve")
            try FileManager.default.createDirectory(at: greve, withIntermediateDirectories: true)
            let name = "greve_byraad-2022-2025_2022-01-14.json"
            try FileManager.default.copyItem(
                at: Project.corpus.appendingPathComponent("greve/" + name),
                to: greve.appendingPathComponent(name)
            )
            let index = directory.appendingPathComponent("Index").path
            // Relative paths, as a user types them: the source is still stored absolute.
            let output = try run(referatExecutable, ["index", "--db", "Index", "Corpus"], in: directory)
            #expect(output.status == 0, "\(output.stderr)")
            try body(index)
        }
    }

    @Test func showPrintsTheWholeItemWithItsAddresses() throws {
        try withGreveIndex { index in
            let output = try run(referatExecutable, ["show", "--db", index, Self.item])
            #expect(output.status == 0, "\(output.stderr)")
            let text = output.stdout
            for expected in [
                "2022-01-14 08:00  Greve Kommune · Byråd · Byrådssalen",
                "Item 2: Orientering fra administrationen",
                "Case 21-013712",
                "Beslutning\n   Byrådet tog orienteringen til efterretning.",
                "Indstilling\n   Center for Politik",
                "   - Tilsynets afgørelse af 15. december 2021",
                "https://dagsordener.greve.dk/vis/pdf/bilag/",
                "URL: https://dagsordener.greve.dk/vis?id=8b2f1d8b-1257-4858-911b-465533ce6799"
                    + "&punktid=c315919c-ab41-4353-89e8-e00d087044a9",
                "Absent: Bjarke Abel, Linda Heegaard",
            ] {
                #expect(text.contains(expected), "\(expected)")
            }
            #expect(text.contains("Source: /"))
        }
    }

    @Test func showAsJSONGivesSectionsAttachmentsAndURL() throws {
        try withGreveIndex { index in
            let output = try run(referatExecutable, ["show", "--db", index, "--format", "json", Self.item])
            #expect(output.status == 0, "\(output.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
            #expect(json["id"] as? String == Self.item)
            #expect(json["time"] as? String == "08:00")
            #expect(json["meeting_id"] as? String == "8b2f1d8b-1257-4858-911b-465533ce6799")
            let sections = try #require(json["sections"] as? [[String: Any]])
            #expect(
                sections.map { $0["heading"] as? String }
                    == ["Beslutning", "Fraværende", "Sagsprocedure", "Resume", "Indstilling"]
            )
            #expect(sections[0]["text"] as? String == "Byrådet tog orienteringen til efterretning.")
            let attachments = try #require(json["attachments"] as? [[String: Any]])
            #expect(attachments.first?["name"] as? String == "Tilsynets afgørelse af 15. december 2021")
            #expect((attachments.first?["url"] as? String)?.hasPrefix("https://dagsordener.greve.dk/") == true)
            #expect((json["url"] as? String)?.hasSuffix("&punktid=c315919c-ab41-4353-89e8-e00d087044a9") == true)
        }
    }

    @Test func anUnknownIdIsAnError() throws {
        try withGreveIndex { index in
            let output = try run(referatExecutable, ["show", "--db", index, "greve-kommune/byraad/2022-01-14/99"])
            #expect(output.status != 0)
            #expect(output.stderr.contains("no item with id"))
        }
    }

    @Test func hitsCarryURLAndAbsoluteSourceAndAttachmentsAreSearchable() throws {
        try withGreveIndex { index in
            let output = try run(
                referatExecutable,
                ["search", "--db", index, "--format", "json", "bilag:tilsynets"]
            )
            #expect(output.status == 0, "\(output.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
            let hits = try #require(json["hits"] as? [[String: Any]])
            #expect(hits.map { $0["id"] as? String } == [Self.item])
            #expect((hits.first?["url"] as? String)?.hasPrefix("https://dagsordener.greve.dk/vis?id=") == true)
            #expect((hits.first?["source"] as? String)?.hasPrefix("/") == true)
            // An item with no published address says so with null.
            let all = try run(referatExecutable, ["search", "--db", index, "--format", "ndjson", "underskriftsark"])
            #expect(all.stdout.contains("\"url\":\"https://"))
            let csv = try run(referatExecutable, ["search", "--db", index, "--format", "csv", "bilag:tilsynets"])
            #expect(csv.stdout.split(separator: "\n").first?.contains(",url,") == true)
        }
    }
}
