import Foundation
import Minutes
import Testing

/// `pdftotext` is killed when it runs too long or prints too much, and the file is refused with a reason that says
/// which limit it passed.
@Suite("pdftotext under a time and an output limit")
struct PdftotextLimitTests {
    @Test func outputPastTheLimitRefusesTheFile() throws {
        // The Ballerup PDF's text is about 32 KB.
        let error = try BallerupFiles.error(
            loading: try BallerupFiles.data(BallerupFiles.pdf),
            as: "ballerup.pdf",
            readers: [PdfReader(outputLimit: 16_384)]
        )
        #expect(error?.reason == "pdftotext output exceeds 16384 bytes")
    }

    @Test func outputWithinTheLimitIsRead() throws {
        let meeting = try BallerupFiles.load(
            try BallerupFiles.data(BallerupFiles.pdf),
            as: "ballerup.pdf",
            readers: [PdfReader(outputLimit: 64 << 10)]
        )
        #expect(meeting.items.count == 8)
    }

    @Test func aRunPastTheTimeLimitIsKilledAndTheFileRefused() throws {
        try TestFiles.withTemporaryDirectory { directory in
            let long = try Self.unite(40, copiesOf: try BallerupFiles.url(BallerupFiles.pdf), in: directory)
            // 600 pages take pdftotext a good part of a second, many times the limit.
            let error = try BallerupFiles.error(
                loading: try Data(contentsOf: long),
                as: "long.pdf",
                readers: [PdfReader(timeLimit: .milliseconds(50))]
            )
            #expect(error?.reason == "pdftotext took longer than 0.05 s")
        }
    }

    @Test func defaultLimitsAreStatedInWholeUnits() throws {
        let error = try BallerupFiles.error(
            loading: try BallerupFiles.data(BallerupFiles.pdf),
            as: "ballerup.pdf",
            readers: [PdfReader(timeLimit: .zero)]
        )
        #expect(error?.reason == "pdftotext took longer than 0 s")
        #expect(PdfReader.defaultTimeLimit == .seconds(60))
        #expect(PdfReader.defaultOutputLimit == 64 << 20)
    }

    /// Writes one PDF of `count` copies of `pdf`, one after another, with poppler's `pdfunite`.
    static func unite(_ count: Int, copiesOf pdf: URL, in directory: URL) throws -> URL {
        let united = directory.appendingPathComponent("united.pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdfunite"] + Array(repeating: pdf.path, count: count) + [united.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "pdfunite (poppler-utils) failed")
        return united
    }
}
