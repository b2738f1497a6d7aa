import Foundation
import Minutes
import Referat
import Testing

/// Minutes published as a scan (a PDF of images, no text layer) are read by OCR when `referat index` meets them.
@Suite("Scanned minutes")
struct ScannedMinutesTests {
    @Test func aScannedPageOfMinutesIsIndexedThroughOCR() throws {
        try #require(PdfOCRCheck.available, "OCR needs tesseract-ocr and tesseract-ocr-dan")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("referat-scan-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = directory.appendingPathComponent("greve")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let name = "greve_teknik-og-miljoeudvalget_2023-09-04.pdf"
        try FileManager.default.copyItem(
            at: HarvestFixtures.fixture("greve/\(name)"),
            to: folder.appendingPathComponent(name)
        )
        let index = directory.appendingPathComponent("Index").path
        let summary = try Indexer(databasePath: index).index(paths: [folder.path])
        #expect(summary.failures.isEmpty)
        #expect(summary.items == 2)
        let hits = try Searcher(databasePath: index).search(SearchRequest(query: "Skovhusvej")).hits
        #expect(hits.map(\.stored.title) == ["Ny sti langs Skovhusvej"])
        #expect(hits.first?.stored.caseNumber == "23-004711")
        #expect(hits.first?.stored.committee == "Teknik- og Miljøudvalget")
        #expect(hits.first?.stored.decision == "Godkendt.")
    }

    @Test func ocrPastItsTimeLimitIsStoppedAndSaidSo() throws {
        try #require(PdfOCRCheck.available, "OCR needs tesseract-ocr and tesseract-ocr-dan")
        let data = try Data(contentsOf: HarvestFixtures.fixture("greve/greve_teknik-og-miljoeudvalget_2023-09-04.pdf"))
        let reader = PdfText(ocrTimeLimit: .milliseconds(1))
        #expect(throws: MinutesError(path: "scan.pdf", reason: "OCR took longer than 1 ms")) {
            try reader.read(data, path: "scan.pdf")
        }
    }
}
