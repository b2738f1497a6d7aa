import Foundation
import Testing

/// Each kind of file that is not minutes is reported once, with its path and why, while the real minutes beside
/// it are indexed and the exit status says something failed.
@Suite("Bad input, end to end")
struct BadInputTests {
    /// A bad file: its name, how to write it, and a phrase its reason must contain.
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var reason: String
        var write: @Sendable (URL) throws -> Void
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "truncated.json", reason: "JSON") { url in
            try Data(#"{"Udvalg": {"Navn": "Byråd"}, "Moede": {"Dato": "2022-01-14T"#.utf8).write(to: url)
        },
        Case(name: "other-shape.json", reason: "not a FirstAgenda meeting") { url in
            try Data(#"{"type": "FeatureCollection", "features": [{"id": 1}]}"#.utf8).write(to: url)
        },
        Case(name: "page.html", reason: "not a recognised minutes format") { url in
            try Data(
                "<!DOCTYPE html>\n<html lang=\"da\"><head><title>Greve Kommune</title></head><body><h1>Dagsordener</h1></body></html>\n"
                    .utf8
            ).write(to: url)
        },
        Case(name: "empty.txt", reason: "empty file") { url in
            try Data().write(to: url)
        },
        Case(name: "program.bin", reason: "binary") { url in
            try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: url)
        },
        Case(name: "scan.pdf", reason: "no text layer") { url in
            // A valid one-page PDF that only paints a rectangle: what a scan without OCR looks like to pdftotext.
            try Data(
                """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >> endobj
                4 0 obj << /Length 19 >> stream
                10 10 100 100 re f
                endstream endobj
                trailer << /Root 1 0 R >>
                %%EOF

                """.utf8
            ).write(to: url)
        },
        Case(name: "novel.txt", reason: "no agenda items found") { url in
            // 50 MB of Danish prose that is not minutes.
            let paragraph =
                String(
                    repeating: "Kommunen og borgerne talte længe om vejen, skolen og budgettet for det kommende år. ",
                    count: 12
                ) + "\n\n"
            let block = Data(String(repeating: paragraph, count: 1000).utf8)
            guard FileManager.default.createFile(atPath: url.path, contents: nil),
                let handle = FileHandle(forWritingAtPath: url.path)
            else { throw CocoaError(.fileWriteUnknown) }
            defer { try? handle.close() }
            while try handle.offset() < 50_000_000 { try handle.write(contentsOf: block) }
        },
    ]

    @Test(arguments: cases)
    func aBadFileIsReportedOnceAndTheRestIndexes(badFile: Case) throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("Corpus")
            try Project.copySeedMinutes(to: corpus)
            let bad = corpus.appendingPathComponent(badFile.name)
            try badFile.write(bad)
            let output = try run(
                referatExecutable,
                ["index", "--db", directory.appendingPathComponent("Index").path, corpus.path]
            )
            #expect(output.status == 1)
            let lines = output.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(output.stderr)")
            #expect(lines.first?.hasPrefix("referat: skipped \(bad.path): ") == true, "\(output.stderr)")
            #expect(lines.first?.contains(badFile.reason) == true, "\(output.stderr)")
            #expect(output.stdout.contains("3 files, 2 indexed, 0 unchanged, 1 failed; 2 meetings, 24 items"))
        }
    }

    @Test func aFileWithoutReadPermissionIsReported() throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("Corpus")
            try Project.copySeedMinutes(to: corpus)
            let locked = corpus.appendingPathComponent("locked.txt")
            try FileManager.default.copyItem(at: Project.haderslev, to: locked)
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
            let index = directory.appendingPathComponent("Index").path
            // Root reads any file, so the command runs as a user the permissions stop, who must write the index.
            try setPermissions(0o777, of: directory.path)
            let output = try runUnprivileged(["index", "--db", index, corpus.path])
            #expect(output.status == 1)
            #expect(output.stderr == "referat: skipped \(locked.path): permission denied\n")
            #expect(output.stdout.contains("3 files, 2 indexed, 0 unchanged, 1 failed; 2 meetings, 24 items"))
        }
    }
}
