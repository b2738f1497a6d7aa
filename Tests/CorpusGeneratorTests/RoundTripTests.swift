import CorpusGenerator
import Foundation
import Minutes
import Testing

/// Every generated file reads back through the project's own readers as the meeting it was made from.
@Suite struct RoundTripTests {
    @Test func everyFileReadsBackAsGenerated() throws {
        let generator = try CorpusGenerator(
            pool: GeneratedCorpus.pool,
            items: 1500,
            seed: 5,
            municipalities: ["Greve", "Ballerup", "Lyngby-Taarbæk", "Ærø", "Københavns"]
        )
        let loader = MinutesLoader()
        var formats: Set<String> = []
        var mismatches: [String] = []
        for (profile, meeting, sitting) in GeneratedCorpus.meetings(generator) {
            let file = CorpusGenerator.file(for: meeting, sitting: sitting, of: profile)
            formats.insert(profile.format.rawValue)
            let url = URL(fileURLWithPath: "/generated/" + file.path)
            let read = try loader.load(Data(file.contents.utf8), from: url)
            #expect(read.municipality == profile.name)
            if profile.format == .eDoc {
                // eDoc's cover page names the municipality, so the file name is not needed.
                let elsewhere = try loader.load(Data(file.contents.utf8), from: URL(fileURLWithPath: "/x/minutes.xml"))
                #expect(elsewhere.municipality == profile.name)
            }
            #expect(read.committee == meeting.committee)
            #expect(read.date == meeting.date)
            #expect(read.time == meeting.time)
            #expect(read.place == meeting.place)
            #expect(Set(read.participants) == Set(meeting.participants))
            #expect(Set(read.absent) == Set(meeting.absent))
            #expect(read.items.map(\.number) == meeting.items.map(\.number))
            #expect(read.items.map(\.title) == meeting.items.map(\.title))
            #expect(read.items.map(\.caseNumber) == meeting.items.map(\.caseNumber))
            #expect(read.items.map(\.isClosed) == meeting.items.map(\.isClosed))
            #expect(read.items.map(\.attachments) == meeting.items.map(\.attachments))
            for (got, made) in zip(read.items, meeting.items) {
                let gotSections = got.sections.map { "\($0.kind) \($0.heading): " + GeneratedCorpus.spaced($0.text) }
                let madeSections = made.sections.map { "\($0.kind) \($0.heading): " + GeneratedCorpus.spaced($0.text) }
                if gotSections != madeSections {
                    mismatches.append("\(file.path) \(made.number)\n  got  \(gotSections)\n  made \(madeSections)")
                }
            }
        }
        #expect(formats == ["firstAgenda", "eDoc"])
        #expect(mismatches.isEmpty, "\(mismatches.count) items: \(mismatches.prefix(3).joined(separator: "\n"))")
    }
}
