import Foundation
import Referat
import Testing

/// Two distinct meetings of one committee on one day keep every item; one meeting published twice is kept once.
@Suite("Meeting identity")
struct MeetingIdentityTests {
    static let fixtures = Project.root.appendingPathComponent("Tests/MinutesTests/Fixtures")

    /// Copies `files` (under the MinutesTests fixtures or the corpus) into `corpus/<folder>`.
    static func copy(_ files: [URL], into corpus: URL) throws {
        for file in files {
            let folder = corpus.appendingPathComponent(file.deletingLastPathComponent().lastPathComponent)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent(file.lastPathComponent))
        }
    }

    static func ids(in index: String) throws -> [String: String] {
        let hits = try Searcher(databasePath: index).search(SearchRequest(limit: 1000)).hits
        return Dictionary(uniqueKeysWithValues: hits.map { ($0.id, $0.title) })
    }

    @Test(arguments: [1, 2])
    func twoFirstAgendaMeetingsOfTheCouncilOnOneDayKeepAllTheirItems(writers: Int) throws {
        try withTemporaryDirectory { directory in
            let corpus = directory.appendingPathComponent("corpus")
            let greve = Self.fixtures.appendingPathComponent("greve")
            try Self.copy(
                [
                    greve.appendingPathComponent("greve_byraad-2022-2025_2022-01-14.json"),
                    greve.appendingPathComponent("greve_byraad-2022-2025_2022-01-14-ekstraordinaert.json"),
                    greve.appendingPathComponent("greve_beskaeftigelses-og-erhvervsudvalget_2022-02-07.json"),
                    greve.appendingPathComponent("greve_plan-og-tryghedsudvalget_2022-10-11.json"),
                ],
                into: corpus
            )
            let index = directory.appendingPathComponent("index").path
            let summary = try {
                let indexer = try Indexer(databasePath: index)
                indexer.writers = writers
                return try indexer.index(paths: [corpus.path])
            }()
            #expect(summary.documentCount == summary.items)
            #expect(summary.storedItems == summary.items)
            #expect(summary.collisions.count == 1)
            let collision = try #require(summary.collisions.first)
            #expect(
                [collision.path, collision.otherSource].map { URL(fileURLWithPath: $0).lastPathComponent }.sorted()
                    == [
                        "greve_byraad-2022-2025_2022-01-14-ekstraordinaert.json",
                        "greve_byraad-2022-2025_2022-01-14.json",
                    ]
            )
            let ids = try Self.ids(in: index)
            // The extra meeting's file is found first, so it has the plain ids; the other has its meeting id's.
            #expect(ids["greve-kommune/byraad/2022-01-14/1"] == "Godkendelse af dagsorden")
            #expect(ids["greve-kommune/byraad/2022-01-14/2"] == "Konstitution af kommunaldirektør")
            #expect(ids["greve-kommune/byraad/2022-01-14~8b2f1d8b/1"] == "Godkendelse af dagsorden")
            #expect(ids["greve-kommune/byraad/2022-01-14~8b2f1d8b/2"] == "Orientering fra administrationen")
            #expect(ids["greve-kommune/byraad/2022-01-14~8b2f1d8b/4"] == "Underskriftsark")

            // Indexing a changed copy again keeps every id.
            let extra = corpus.appendingPathComponent("greve/greve_byraad-2022-2025_2022-01-14.json")
            let text = try String(contentsOf: extra, encoding: .utf8)
            try text.replacingOccurrences(
                of: "Dagsordenen blev godkendt.",
                with: "Dagsordenen blev godkendt uden bemærkninger."
            )
            .write(to: extra, atomically: true, encoding: .utf8)
            let again = try Indexer(databasePath: index).index(paths: [corpus.path])
            #expect(again.indexedFiles == 1)
            #expect(again.collisions.count == 1)
            #expect(try Set(Self.ids(in: index).keys) == Set(ids.keys))
        }
    }

    @Test func twoTextMinutesOfOneCommitteeOnOneDayKeepAllTheirItems() throws {
        try withTemporaryDirectory { directory in
            let corpus = directory.appendingPathComponent("corpus")
            try Self.copy(
                [
                    Project.hedensted,
                    Self.fixtures.appendingPathComponent(
                        "hedensted_udvalget-for-beskaeftigelse_2023-03-07-ekstraordinaert.txt"
                    ),
                ],
                into: corpus
            )
            let index = directory.appendingPathComponent("index").path
            let summary = try Indexer(databasePath: index).index(
                paths: [corpus.path],
                municipality: "Hedensted Kommune"
            )
            #expect(summary.items == 16)
            #expect(summary.documentCount == 16)
            #expect(summary.collisions.count == 1)
            let titles = Set(try Self.ids(in: index).values)
            #expect(titles.contains("Godkendelse af dagsorden"))
            #expect(titles.contains("Temadrøftelser i Udvalget for Beskæftigelse"))
        }
    }

    @Test func theBallerupPdfAndItsEDocXmlAreOneMeeting() throws {
        try withTemporaryDirectory { directory in
            let corpus = directory.appendingPathComponent("corpus")
            let ballerup = Project.corpus.appendingPathComponent("ballerup")
            try Self.copy(
                [
                    ballerup.appendingPathComponent(
                        "ballerup-kommune_sundheds-og-forebyggelsesudvalget_2012-12-04.pdf"
                    ),
                    ballerup.appendingPathComponent(
                        "ballerup-kommune_sundheds-og-forebyggelsesudvalget_2012-12-04.edoc.xml"
                    ),
                ],
                into: corpus
            )
            let index = directory.appendingPathComponent("index").path
            let summary = try Indexer(databasePath: index).index(paths: [corpus.path])
            #expect(summary.items == 16)
            #expect(summary.repeatedItems == 8)
            #expect(summary.storedItems == 8)
            #expect(summary.documentCount == 8)
            #expect(summary.collisions.isEmpty)
        }
    }
}
