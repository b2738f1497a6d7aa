import Foundation
import Minutes
import Testing

/// Every Greve meeting the project ships, read through the loader and checked against its own JSON.
@Suite("Greve corpus (FirstAgenda JSON)")
struct GreveCorpusTests {
    /// One corpus file: the meeting read from it and what its JSON says directly.
    struct Loaded: Sendable {
        var file: String
        var meeting: Meeting
        var start: String
        var caseNumbers: [String]
    }

    // The corpus is read once for all tests of the suite; it is 198 files.
    static let corpus: Result<[Loaded], any Error> = Result { try loadCorpus() }

    static func loadCorpus() throws -> [Loaded] {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus/greve")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { url in
            let data = try Data(contentsOf: url)
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let moede = try #require(json["Moede"] as? [String: Any])
            let items = try #require(json["Dagsordenpunkter"] as? [[String: Any]])
            return Loaded(
                file: url.lastPathComponent,
                meeting: try MinutesLoader().load(data, from: url),
                start: try #require(moede["Dato"] as? String),
                caseNumbers: items.map { $0["SagsNummer"] as? String ?? "" }
            )
        }
    }

    @Test func everyMeetingAndItemParses() throws {
        let corpus = try Self.corpus.get()
        #expect(corpus.count == 198)
        #expect(corpus.map(\.meeting.items.count).reduce(0, +) == 2882)
        #expect(corpus.allSatisfy { $0.meeting.municipality == "Greve Kommune" })
        #expect(corpus.allSatisfy { !$0.meeting.committee.isEmpty && !$0.meeting.committee.contains("2022") })
        #expect(corpus.flatMap(\.meeting.items).filter(\.isClosed).count == 185)
        // Six signature sheets (Underskriftsark) print a lone "." under Beslutning: a placeholder, no decision.
        #expect(corpus.flatMap(\.meeting.items).filter { $0.decision != nil }.count == 2686)
    }

    @Test func datesAndCaseNumbersAreTheJSONs() throws {
        for loaded in try Self.corpus.get() {
            #expect(loaded.meeting.date.iso == String(loaded.start.prefix(10)), "\(loaded.file)")
            #expect(loaded.file.hasSuffix("_\(loaded.meeting.date.iso).json"))
            let expected = loaded.caseNumbers.map { $0.isEmpty ? nil : $0 }
            #expect(loaded.meeting.items.map(\.caseNumber) == expected, "\(loaded.file)")
        }
    }

    @Test func noMarkupOrEntitiesInText() throws {
        for item in try Self.corpus.get().flatMap(\.meeting.items) {
            #expect(!item.text.contains("</"), "\(item.title)")
            #expect(!item.text.contains("&nbsp;") && !item.text.contains("&oslash;"), "\(item.title)")
            #expect(item.sections.allSatisfy { !$0.text.isEmpty })
        }
    }

    // The case of the Tune care home local plan, as it went from committee to Økonomiudvalget to Byrådet.
    @Test func caseFollowedAcrossCommittees() throws {
        let steps = try Self.corpus.get().flatMap { loaded in
            loaded.meeting.items.filter { $0.caseNumber == "20-055908K" }.map { (loaded.meeting, $0) }
        }
        #expect(steps.map(\.0.committee) == ["Byråd", "Økonomiudvalget", "Plan- og Tryghedsudvalget"])
        #expect(steps.map(\.0.date.iso) == ["2022-11-07", "2022-10-24", "2022-10-11"])
        #expect(steps.map(\.1.number) == ["13", "8", "5"])
        #expect(
            steps.map(\.1.decision) == [
                "Byrådet godkendte Økonomiudvalgets indstilling.",
                "Økonomiudvalget anbefaler overfor Byrådet at Plan- og Tryghedsudvalgets indstilling godkendes.",
                "Godkendt.",
            ]
        )
        #expect(Set(steps.map(\.1.title)) == ["Forslag til Lokalplan nr. 15.24 - Plejecenter i Lunden i Tune"])
    }
}
