import Foundation
import Harvest
import Referat
import Testing

/// Attachments fetched with their meeting, read (a scan by OCR), indexed with their item and found by search.
@Suite("Harvested attachments")
struct HarvestAttachmentTests {
    static let meeting = HarvestFixtures.greve("kultur-og-fritidsudvalget_2023-03-06")
    // Item 2's attachments: `~ 22-011409-4 Besparelser på energiforbrug i Greve Svømmehal 2346489_2_0` and
    // `Informationsmail om energiforsyningssituationen nr. 10`.
    static let textID = "8ffbb8e8-51a8-4f6e-ada1-6dfd9a646f47"
    static let scanID = "0411332c-19fa-4d16-97a8-8603f5c6c841"

    @Test func attachmentsAreFetchedReadAndSearchableWithTheirItem() async throws {
        let attachments = [
            Self.textID: try Data(contentsOf: HarvestFixtures.fixture("bilag-tekst.pdf")),
            Self.scanID: try Data(contentsOf: HarvestFixtures.fixture("bilag-scan.pdf")),
        ]
        try await HarvestFixtures.withSite([Self.meeting], attachments: attachments) { site, corpus in
            var settings = HarvestFixtures.settings
            settings.attachments = true
            let report = try #require(
                await Harvester(corpus: corpus, settings: settings).harvest([HarvestFixtures.source(site)]).first
            )
            #expect(report.errors == [])
            #expect(report.attachments == 2)
            let folder = corpus.appendingPathComponent("greve")
            #expect(
                HarvestFixtures.files(under: folder.appendingPathComponent(".bilag")) == [
                    "\(Self.scanID).pdf", "\(Self.scanID).txt", "\(Self.textID).pdf", "\(Self.textID).txt",
                ]
            )
            let scanned = try String(
                contentsOf: folder.appendingPathComponent(".bilag/\(Self.scanID).txt"),
                encoding: .utf8
            )
            // `make test` installs tesseract and its Danish data.
            try #require(PdfOCRCheck.available, "OCR needs tesseract-ocr and tesseract-ocr-dan")
            #expect(report.ocrPages == 1)
            #expect(scanned.contains("Karlslunde Mose"))

            let index = corpus.appendingPathComponent("Index").path
            _ = try Indexer(databasePath: index).index(paths: [folder.path])
            let searcher = try Searcher(databasePath: index)
            let hits = try searcher.search(SearchRequest(query: "Tranemoseløbet")).hits
            #expect(hits.map(\.stored.item) == ["2"])
            #expect(
                hits.first?.snippet.plain.hasPrefix(
                    "Bilag «~ 22-011409-4 Besparelser på energiforbrug i Greve Svømmehal 2346489_2_0»: "
                ) == true
            )
            #expect(try searcher.search(SearchRequest(query: "bilag:grødeskæringen")).total == 1)
            let scan = try searcher.search(SearchRequest(query: "Skovhusvej")).hits
            #expect(
                scan.first?.snippet.plain.hasPrefix("Bilag «Informationsmail om energiforsyningssituationen nr. 10»: ")
                    == true
            )
        }
    }
}
