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
            for (profile, meeting, sitting) in GeneratedCorpus.meetings(generator) {
                let file = CorpusGenerator.file(for: meeting, sitting: sitting, of: profile)
                let written = try String(contentsOf: folder.appendingPathComponent(file.path), encoding: .utf8)
                #expect(written == file.contents, "\(file.path)")
                count += 1
            }
            #expect(count == summary.files)
        }
    }

    @Test func aSecondSittingTheSameDayGetsItsOwnFile() throws {
        let generator = try CorpusGenerator(pool: GeneratedCorpus.pool, items: 40, seed: 2, municipalities: ["Greve"])
        let (profile, meeting, sitting) = GeneratedCorpus.meetings(generator)[0]
        #expect(sitting == 1)
        let first = CorpusGenerator.file(for: meeting, of: profile)
        let second = CorpusGenerator.file(for: meeting, sitting: 2, of: profile)
        #expect(first.path.hasSuffix("_\(meeting.date.iso).json"))
        #expect(second.path == first.path.replacingOccurrences(of: ".json", with: "-2.json"))
        let read = try MinutesLoader().load(Data(second.contents.utf8), from: URL(fileURLWithPath: "/" + second.path))
        #expect(read.municipality == "Greve Kommune")
        #expect(read.date == meeting.date)
    }
}
