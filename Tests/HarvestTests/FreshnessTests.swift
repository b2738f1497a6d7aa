import Foundation
import Harvest
import Testing

/// `referat sources`' judgement: stale when nothing came for longer than a committee usually waits.
@Suite("Source freshness")
struct FreshnessTests {
    @Test func aCommitteeOverdueMakesItsSourceStale() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("referat-fresh-\(UUID())")
        defer { try? FileManager.default.removeItem(at: corpus) }
        let source = HarvestSource(municipality: "Greve Kommune", baseURL: URL(string: "https://dagsordener.greve.dk")!)
        var state = HarvestState(source: source)
        state.lastListed = 4
        state.lastSuccess = "2023-06-01T00:00:00Z"
        // Monthly meetings to 1 May, and a dissolved committee that stopped long ago.
        for (index, date) in ["2023-02-01", "2023-03-01", "2023-04-03", "2023-05-01"].enumerated() {
            state.meetings["m\(index)"] = .init(
                committee: "Økonomiudvalget",
                date: date,
                version: "",
                file: "f\(index).json",
                items: 3,
                complete: true,
                historic: false
            )
            state.meetings["h\(index)"] = .init(
                committee: "Ældrerådet 2018-2021",
                date: "2021-0\(index + 1)-01",
                version: "",
                file: "h\(index).json",
                items: 1,
                complete: true,
                historic: true
            )
        }
        let folder = corpus.appendingPathComponent("greve")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try JSONEncoder().encode(state).write(to: folder.appendingPathComponent(HarvestState.fileName))

        let fresh = SourceStatus(source: source, corpus: corpus, today: "2023-06-20")
        #expect(fresh.staleReason == nil)
        #expect(fresh.meetings == 8)
        #expect(fresh.items == 16)
        #expect(fresh.newestMeeting == "2023-05-01")

        let stale = SourceStatus(source: source, corpus: corpus, today: "2023-08-01")
        #expect(stale.staleReason == "nothing new from Økonomiudvalget since 2023-05-01 (usually every 28 days)")
        #expect(stale.needsAttention)
    }

    @Test func aSourceNeverHarvestedIsStale() {
        let source = HarvestSource(municipality: "Køge Kommune", baseURL: URL(string: "https://x.example")!)
        let status = SourceStatus(source: source, corpus: URL(fileURLWithPath: "/nonexistent"), today: "2023-01-01")
        #expect(status.staleReason == "never harvested")
    }
}
