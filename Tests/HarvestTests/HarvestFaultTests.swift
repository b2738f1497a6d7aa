import Foundation
import Harvest
import Testing

/// Faults of the replayed site: retried when they pass, reported per site when they do not, never a partial file.
@Suite("Harvest faults")
struct HarvestFaultTests {
    static let files = [
        HarvestFixtures.greve("byraad-2022-2025_2022-01-14"), HarvestFixtures.greve("byraad-2022-2025_2022-01-31"),
    ]

    @Test(arguments: [
        ReplaySite.Fault.status(500), .status(503), .status(429), .stall, .truncate,
    ])
    func aPassingFaultIsRetried(fault: ReplaySite.Fault) async throws {
        try await HarvestFixtures.withSite(Self.files) { site, corpus in
            let path = "/api/agenda/dagsorden/\(site.meetings[0].id)"
            site.queue(fault, times: 2, on: path)
            let harvester = Harvester(corpus: corpus, settings: Self.settings(for: fault))
            let report = try #require(await harvester.harvest([HarvestFixtures.source(site)]).first)
            #expect(report.errors == [])
            #expect(report.written.count == 2)
            #expect(site.requests.filter { $0 == path }.count == 3)
        }
    }

    @Test(arguments: [ReplaySite.Fault.status(503), .stall, .truncate, .otherShape])
    func aLastingFaultFailsThatMeetingOnlyAndLeavesNothingPartial(fault: ReplaySite.Fault) async throws {
        try await HarvestFixtures.withSite(Self.files) { site, corpus in
            let path = "/api/agenda/dagsorden/\(site.meetings[0].id)"
            site.queue(fault, times: 10, on: path)
            let harvester = Harvester(corpus: corpus, settings: Self.settings(for: fault))
            let report = try #require(await harvester.harvest([HarvestFixtures.source(site)]).first)
            #expect(report.errors.count == 1)
            #expect(report.errors.first?.contains("Byråd 2022-2025 2022-01-14") == true)
            #expect(report.written.map(\.lastPathComponent) == [Self.files[1].lastPathComponent])
            #expect(
                HarvestFixtures.files(under: corpus) == [
                    "greve/.harvest.json", "greve/\(Self.files[1].lastPathComponent)",
                ]
            )
            let state = try #require(HarvestState.load(from: corpus.appendingPathComponent("greve")))
            #expect(state.lastError == report.errors.first)
            #expect(state.meetings[site.meetings[0].id] == nil)

            // The next run, the fault gone, fetches the missing meeting only.
            site.setFaults { $0.queued = [:] }
            site.clearLog()
            let next = try #require(await harvester.harvest([HarvestFixtures.source(site)]).first)
            #expect(next.errors == [])
            #expect(next.written.map(\.lastPathComponent) == [Self.files[0].lastPathComponent])
        }
    }

    // A stall lasts until the client gives up, so its timeout is shorter than the others', yet long enough that
    // the answer after it arrives in time on a machine busy with the rest of the suite.
    static func settings(for fault: ReplaySite.Fault) -> HarvestSettings {
        var settings = HarvestFixtures.settings
        if case .stall = fault { settings.timeout = .seconds(3) }
        return settings
    }

    @Test func oneSitesFailureNeverStopsTheOthers() async throws {
        try await HarvestFixtures.withSite(Self.files) { site, corpus in
            site.queue(.otherShape, times: 10, on: "/api/agenda/udvalgsliste")
            let broken = HarvestFixtures.source(site, municipality: "Solrød Kommune")
            // Nothing listens on port 9 of this machine.
            let unreachable = HarvestSource(municipality: "Køge Kommune", baseURL: URL(string: "http://127.0.0.1:9")!)
            let harvester = Harvester(corpus: corpus, settings: HarvestFixtures.settings)
            let reports = await harvester.harvest([broken, unreachable])
            #expect(reports.map(\.source.folder) == ["solroed", "koege"])
            #expect(reports[0].errors.first?.contains("not FirstAgenda's (no Udvalg object)") == true)
            #expect(reports[1].errors.count == 1)
            #expect(reports[1].errors.first?.hasSuffix("connection refused (3 tries)") == true)

            site.setFaults { $0.queued = [:] }
            let good = HarvestFixtures.source(site)
            let again = await harvester.harvest([unreachable, good])
            #expect(again[0].errors.count == 1)
            #expect(again[1].errors == [])
            #expect(again[1].written.count == 2)
        }
    }

    @Test func theSessionIsOpenedWhenTheAPIRedirects() async throws {
        try await HarvestFixtures.withSite(Self.files) { site, corpus in
            let harvester = Harvester(corpus: corpus, settings: HarvestFixtures.settings)
            _ = await harvester.harvest([HarvestFixtures.source(site)])
            #expect(
                Array(site.requests.prefix(4)) == [
                    "/", "/Home/AnonymousAuthentication", "/", "/api/agenda/udvalgsliste",
                ]
            )
        }
    }

    @Test func aSiteListingNoMeetingsIsReported() async throws {
        try await HarvestFixtures.withSite(Self.files) { site, corpus in
            site.setFaults { $0.noMeetings = true }
            let harvester = Harvester(corpus: corpus, settings: HarvestFixtures.settings)
            let report = try #require(await harvester.harvest([HarvestFixtures.source(site)]).first)
            #expect(report.listed == 0)
            #expect(report.errors == ["the site listed no meetings"])
            let status = SourceStatus(source: HarvestFixtures.source(site), corpus: corpus, today: "2023-02-01")
            #expect(status.staleReason == "the last run listed no meetings")
        }
    }
}

/// Politeness: the pause between requests to a host, and the cap on an answer's size.
@Suite("Harvest politeness")
struct HarvestPolitenessTests {
    @Test func requestsToAHostAreSpacedByTheInterval() async throws {
        try await HarvestFixtures.withSite(HarvestFaultTests.files) { site, corpus in
            var settings = HarvestFixtures.settings
            settings.interval = .milliseconds(200)
            let start = ContinuousClock.now
            let report = try #require(
                await Harvester(corpus: corpus, settings: settings).harvest([HarvestFixtures.source(site)]).first
            )
            // The session (3), the list and two agendas: five pauses between six requests.
            #expect(report.requests == 6)
            #expect(ContinuousClock.now - start >= .milliseconds(1000))
        }
    }

    @Test func anAnswerLargerThanTheCapFails() async throws {
        try await HarvestFixtures.withSite(HarvestFaultTests.files) { site, corpus in
            var settings = HarvestFixtures.settings
            settings.maximumBytes = 5000
            let report = try #require(
                await Harvester(corpus: corpus, settings: settings).harvest([HarvestFixtures.source(site)]).first
            )
            // The list is small; both agendas are larger.
            #expect(report.listed == 2)
            #expect(report.errors.count == 2)
            #expect(report.errors.allSatisfy { $0.hasSuffix("answer larger than 5000 bytes") })
            #expect(report.written.isEmpty)
        }
    }
}
