import CorpusGenerator
import Foundation
import Minutes

/// The shared source pool and helpers for generating small corpora in tests.
enum GeneratedCorpus {
    /// The project's shipped corpus.
    static let corpusFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    /// The pool read once for all tests from a sample of `Corpus/`: every tenth Greve meeting and Ballerup's
    /// eDoc meeting, enough for realistic items and quick to read in a debug build.
    static let pool: SourcePool = {
        let sample = FileManager.default.temporaryDirectory
            .appendingPathComponent("referat-generate-pool-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: sample) }
        try! FileManager.default.createDirectory(at: sample, withIntermediateDirectories: true)
        let greve = try! FileManager.default.contentsOfDirectory(
            atPath: corpusFolder.appendingPathComponent("greve").path
        )
        .sorted()
        var files = stride(from: 0, to: greve.count, by: 10).map { "greve/" + greve[$0] }
        files.append("ballerup/ballerup-kommune_sundheds-og-forebyggelsesudvalget_2012-12-04.edoc.xml")
        for file in files {
            try! FileManager.default.copyItem(
                at: corpusFolder.appendingPathComponent(file),
                to: sample.appendingPathComponent(file.replacingOccurrences(of: "/", with: "_"))
            )
        }
        return try! SourcePool.load(from: sample)
    }()

    /// Every meeting a generator makes, with its profile and sitting.
    static func meetings(
        _ generator: CorpusGenerator
    )
        -> [(profile: MunicipalityProfile, meeting: Meeting, sitting: Int)]
    {
        var all: [(MunicipalityProfile, Meeting, Int)] = []
        generator.forEachMeeting { all.append(($0, $1, $2)) }
        return all
    }

    /// Runs `body` with a fresh temporary folder that is removed afterwards.
    static func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("referat-generate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    /// `text` with every run of whitespace as one space, for comparing texts that markup may re-space.
    static func spaced(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
