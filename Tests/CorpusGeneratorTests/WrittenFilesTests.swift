import CorpusGenerator
import Foundation
import Minutes
import Testing

/// The files `write(to:)` makes (from rendered pieces reused across items) are the meetings, written in full.
@Suite struct WrittenFilesTests {
    @Test func writtenFilesAreTheMeetingsWrittenOneByOne() throws {
        let generator = try CorpusGenerator(
            pool: GeneratedCorpus.pool,
            items: 1200,
            seed: 11,
            municipalities: ["Ballerup", "Greve", "Gentofte"]
        )
        try GeneratedCorpus.withTemporaryFolder { folder in
            let summary = try generator.write(to: folder)
            var count = 0
            for (profile, meeting) in GeneratedCorpus.meetings(generator) {
                let file = CorpusGenerator.file(for: meeting, of: profile)
                let written = try String(contentsOf: folder.appendingPathComponent(file.path), encoding: .utf8)
                #expect(written == file.contents, "\(file.path)")
                count += 1
            }
            #expect(count == summary.files)
        }
    }
}
