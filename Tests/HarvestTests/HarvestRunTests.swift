import Foundation
import Harvest
import Minutes
import Testing

/// A harvest of the replayed Greve site: every meeting once, nothing again, names referat's own.
@Suite("Harvesting a FirstAgenda site")
struct HarvestRunTests {
    @Test func everyMeetingAndItemArrivesExactlyOnceAndASecondRunFetchesNothing() async throws {
        try await HarvestFixtures.withSite(HarvestFixtures.greveFiles) { site, corpus in
            let harvester = Harvester(corpus: corpus, settings: HarvestFixtures.settings)
            let source = HarvestFixtures.source(site)

            let first = try #require(await harvester.harvest([source]).first)
            #expect(first.errors == [])
            #expect(first.listed == HarvestFixtures.greveFiles.count)
            #expect(first.written.count == HarvestFixtures.greveFiles.count)
            // Each shipped file arrives byte for byte, under the name it ships with, once.
            let folder = corpus.appendingPathComponent("greve")
            let written = HarvestFixtures.files(under: folder).filter { !$0.hasPrefix(".") }
            #expect(written == HarvestFixtures.greveFiles.map(\.lastPathComponent))
            var items = 0
            for shipped in HarvestFixtures.greveFiles {
                let harvested = folder.appendingPathComponent(shipped.lastPathComponent)
                #expect(try Data(contentsOf: harvested) == Data(contentsOf: shipped))
                items += try MinutesLoader().load(fileAt: harvested).items.count
            }
            #expect(items == 2882)
            let agendas = site.requests.filter { $0.hasPrefix("/api/agenda/dagsorden/") }
            #expect(agendas.count == HarvestFixtures.greveFiles.count)
            #expect(Set(agendas).count == agendas.count)

            site.clearLog()
            let before = try Self.modificationDates(in: folder)
            let second = try #require(await harvester.harvest([source]).first)
            #expect(second.written.isEmpty)
            #expect(second.unchanged == HarvestFixtures.greveFiles.count)
            // A session (`/`, the cookie, `/` again) and the committee list.
            #expect(site.requests == ["/", "/Home/AnonymousAuthentication", "/", "/api/agenda/udvalgsliste"])
            #expect(second.requests == 4)
            #expect(try Self.modificationDates(in: folder) == before)
        }
    }

    @Test func aChangedPublicationIsFetchedAgain() async throws {
        let files = [
            HarvestFixtures.greve("byraad-2022-2025_2022-01-14"), HarvestFixtures.greve("byraad-2022-2025_2022-01-31"),
        ]
        try await HarvestFixtures.withSite(files) { site, corpus in
            let harvester = Harvester(corpus: corpus, settings: HarvestFixtures.settings)
            let source = HarvestFixtures.source(site)
            _ = await harvester.harvest([source])
            let folder = corpus.appendingPathComponent("greve")
            var state = try #require(HarvestState.load(from: folder))
            // As if the first meeting had been fetched while it was still an agenda (Dagsorden).
            let id = site.meetings[0].id
            state.meetings[id]?.version = "Dagsorden|||"
            let data = try JSONEncoder().encode(state)
            try data.write(to: folder.appendingPathComponent(HarvestState.fileName))
            site.clearLog()

            let again = try #require(await harvester.harvest([source]).first)
            #expect(again.written.map(\.lastPathComponent) == [files[0].lastPathComponent])
            #expect(site.requests.filter { $0.hasPrefix("/api/agenda/dagsorden/") } == ["/api/agenda/dagsorden/\(id)"])
        }
    }

    @Test func zeroGUIDsAndServerNamesWithPathsNeverBecomeFiles() async throws {
        let files = [HarvestFixtures.greve("byraad-2022-2025_2022-01-14")]
        try await HarvestFixtures.withSite(files) { site, corpus in
            site.setFaults {
                $0.badIDs = true
                $0.traversalName = true
            }
            let harvester = Harvester(corpus: corpus, settings: HarvestFixtures.settings)
            let report = try #require(await harvester.harvest([HarvestFixtures.source(site)]).first)
            #expect(report.errors == [])
            #expect(report.leftOut == 2)
            #expect(!site.requests.contains { $0.contains("00000000-0000") || $0.contains("passwd") })
            // The committee `../../../tmp/.Udvalg/..` gives a slug; nothing lands outside the site's folder.
            #expect(
                HarvestFixtures.files(under: corpus).filter { !$0.hasPrefix("greve/.") } == [
                    "greve/greve_byraad-2022-2025_2022-01-14.json", "greve/greve_tmp-udvalg_2023-02-01.json",
                ]
            )
        }
    }

    private static func modificationDates(in folder: URL) throws -> [String: Date] {
        var dates: [String: Date] = [:]
        for file in HarvestFixtures.files(under: folder) where !file.hasPrefix(".harvest.json") {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(file).path)
            dates[file] = attributes[.modificationDate] as? Date
        }
        return dates
    }
}
