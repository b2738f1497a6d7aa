import Foundation
import Minutes
import Referat
import Testing

/// A PDF on which `pdftotext` passes its limits is one skipped file: the rest of the corpus is indexed.
@Suite("pdftotext limits while indexing")
struct PdftotextLimitIndexTests {
    @Test func aPdfPastTheOutputLimitIsReportedAndTheRestIndexes() throws {
        try withSeedCorpus { (corpus, index) throws in
            let pdf = corpus.appendingPathComponent("ballerup/ballerup-kommune_sundheds-og-forebyggelsesudvalget.pdf")
            try FileManager.default.createDirectory(
                at: pdf.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try FileManager.default.copyItem(
                at: Project.corpus.appendingPathComponent(
                    "ballerup/ballerup-kommune_sundheds-og-forebyggelsesudvalget_2012-12-04.pdf"
                ),
                to: pdf
            )
            // The PDF's text is about 32 KB.
            let readers = [PdfReader(outputLimit: 16_384)] + MinutesLoader.defaultReaders.filter { !($0 is PdfReader) }
            var failed: [String] = []
            let summary = try Indexer(databasePath: index, loader: MinutesLoader(readers: readers))
                .index(paths: [corpus.path]) { event in
                    if case .failed(let path, let reason) = event { failed.append("\(path): \(reason)") }
                }
            #expect(failed == ["\(pdf.path): pdftotext output exceeds 16384 bytes"])
            #expect(summary.failures.map(\.reason) == ["pdftotext output exceeds 16384 bytes"])
            #expect(summary.indexedFiles == 2)
            #expect(summary.documentCount == 24)
        }
    }
}

/// `referat index --pdf-time-limit` sets how long `pdftotext` may take on one file.
@Suite("pdftotext time limit, end to end")
struct PdftotextTimeLimitCommandTests {
    @Test func aPdfPastTheTimeLimitIsSkippedWithItsReasonAndTheRestIndexes() throws {
        try withSeedCorpus { (corpus, index) throws in
            let pdf = corpus.appendingPathComponent("ballerup/ballerup-kommune_sundheds-og-forebyggelsesudvalget.pdf")
            try FileManager.default.createDirectory(
                at: pdf.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            // 40 copies of a 15-page meeting: 600 pages take pdftotext a good part of a second, many times the limit.
            let source = Project.corpus.appendingPathComponent(
                "ballerup/ballerup-kommune_sundheds-og-forebyggelsesudvalget_2012-12-04.pdf"
            )
            let unite = try run(
                URL(fileURLWithPath: "/usr/bin/env"),
                ["pdfunite"] + Array(repeating: source.path, count: 40) + [pdf.path]
            )
            try #require(unite.status == 0, "pdfunite (poppler-utils) failed")

            let output = try run(
                referatExecutable,
                ["index", "--db", index, "--pdf-time-limit", "0.05", corpus.path]
            )
            #expect(output.status == 1)
            #expect(output.stderr == "referat: skipped \(pdf.path): pdftotext took longer than 0.05 s\n")
            #expect(output.stdout.hasPrefix("3 files, 2 indexed, 0 unchanged, 1 failed; 2 meetings, 24 items read"))
        }
    }
}
