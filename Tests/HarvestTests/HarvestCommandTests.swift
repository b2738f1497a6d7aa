import Foundation
import Harvest
import Testing

/// `referat harvest` and `referat sources` run as a user runs them, against replayed sites.
@Suite("referat harvest and referat sources")
struct HarvestCommandTests {
    static let files = ["byraad-2022-2025_2022-01-14", "byraad-2022-2025_2022-01-31", "oekonomiudvalget_2022-01-10"]
        .map(HarvestFixtures.greve)

    @Test func harvestWritesIndexesAndASecondRunFetchesNothing() async throws {
        try await HarvestFixtures.withSite(Self.files) { site, directory in
            let sources = try Self.sourcesFile(in: directory, ["Greve Kommune": site.baseURL])
            let arguments = Self.arguments(sources: sources, directory: directory) + ["--no-attachments"]
            let first = try await run(referatExecutable, arguments)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.contains("Greve Kommune: 3 meetings listed, 3 new or changed, 0 unchanged"))
            #expect(first.stdout.contains("3 files, 3 indexed"))

            let index = directory.appendingPathComponent("Index").path
            let search = try await run(referatExecutable, ["search", "--db", index, "--format", "ndjson", "dagsorden"])
            #expect(search.status == 0)
            // Harvested items link to the site that published them, named in the publication itself.
            let hit = try #require(search.stdout.split(separator: "\n").first)
            #expect(hit.contains(#""url":"https://dagsordener.greve.dk/vis?id="#))

            let second = try await run(referatExecutable, arguments)
            #expect(second.status == 0, "\(second.stderr)")
            #expect(
                second.stdout
                    == "Greve Kommune: 3 meetings listed, 0 new or changed, 3 unchanged, 0 attachments, 4 requests, 0 errors\n"
            )
        }
    }

    @Test func aKilledHarvestLeavesWholeFilesAndTheNextRunResumes() async throws {
        try await HarvestFixtures.withSite(HarvestFixtures.greveFiles) { site, directory in
            let sources = try Self.sourcesFile(in: directory, ["Greve Kommune": site.baseURL])
            var arguments = Self.arguments(sources: sources, directory: directory) + ["--no-attachments", "--no-index"]
            arguments[arguments.firstIndex(of: "--interval")! + 1] = "0.02"
            let folder = directory.appendingPathComponent("Corpus/greve")
            let process = Process()
            process.executableURL = referatExecutable
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(60)
            while Self.meetingFiles(in: folder).count < 20, Date() < deadline, process.isRunning {
                try await Task.sleep(for: .milliseconds(20))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let kept = Self.meetingFiles(in: folder)
            #expect(kept.count >= 20)
            #expect(kept.count < HarvestFixtures.greveFiles.count, "the run ended before it was killed")
            // Every file there is whole: byte for byte the shipped one.
            for name in kept {
                let shipped = HarvestFixtures.root.appendingPathComponent("Corpus/greve/\(name)")
                #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == Data(contentsOf: shipped))
            }

            site.clearLog()
            arguments[arguments.firstIndex(of: "--interval")! + 1] = "0"
            let rerun = try await run(referatExecutable, arguments)
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(Self.meetingFiles(in: folder) == HarvestFixtures.greveFiles.map(\.lastPathComponent))
            // What was written before the kill is not fetched again (the meeting in flight may be).
            let fetched = site.requests.filter { $0.hasPrefix("/api/agenda/dagsorden/") }.count
            #expect(fetched <= HarvestFixtures.greveFiles.count - kept.count + 1)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".harvest-tmp").path))
        }
    }

    @Test func sourcesFlagsASiteThatListedNoMeetings() async throws {
        try await HarvestFixtures.withSite(Self.files) { good, directory in
            try await HarvestFixtures.withSite(Self.files) { empty, _ in
                empty.setFaults { $0.noMeetings = true }
                let sources = try Self.sourcesFile(
                    in: directory,
                    ["Greve Kommune": good.baseURL, "Solrød Kommune": empty.baseURL]
                )
                let harvest = try await run(
                    referatExecutable,
                    Self.arguments(sources: sources, directory: directory) + ["--no-attachments", "--no-index"]
                )
                #expect(harvest.status == 1)
                #expect(harvest.stderr.contains("referat: Solrød Kommune: the site listed no meetings"))

                let corpus = directory.appendingPathComponent("Corpus").path
                let status = try await run(
                    referatExecutable,
                    ["sources", "--sources", sources, "--corpus", corpus, "--as-of", "2022-02-01"]
                )
                #expect(status.status == 1)
                #expect(status.stdout.contains("Greve Kommune  \(good.baseURL)  ok"))
                #expect(status.stdout.contains("newest meeting: 2022-01-31; 3 meetings, 33 items"))
                #expect(status.stdout.contains("Solrød Kommune  \(empty.baseURL)  STALE"))
                #expect(status.stdout.contains("stale: the last run listed no meetings"))

                let greveOnly = try await run(
                    referatExecutable,
                    ["sources", "--sources", sources, "--corpus", corpus, "--as-of", "2022-02-01", "--site", "greve"]
                )
                #expect(greveOnly.status == 0, "\(greveOnly.stdout)")
            }
        }
    }

    private static func arguments(sources: String, directory: URL) -> [String] {
        [
            "harvest", "--sources", sources, "--corpus", directory.appendingPathComponent("Corpus").path,
            "--db", directory.appendingPathComponent("Index").path, "--interval", "0", "--timeout", "5",
        ]
    }

    private static func sourcesFile(in directory: URL, _ sites: [String: String]) throws -> String {
        let file = directory.appendingPathComponent("sources.tsv")
        let lines = sites.keys.sorted().map { "\($0)\t\(sites[$0] ?? "")\tfirstagenda" }
        try ("# test sites\n" + lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    private static func meetingFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    }
}
