import Foundation
import Referat
import Testing

/// `referat index --rebuild` builds the new index beside the old one: searches see the old index, whole, until the
/// new one takes its place, and a rebuild that is interrupted or killed leaves the old one as it was.
@Suite("Rebuilding beside the live index")
struct RebuildTests {
    /// The Greve meetings the rebuild reads besides the seed minutes: enough to keep it busy for a few seconds.
    static let greveMeetings = 20

    @Test func searchesSeeTheOldIndexUntilTheNewOneTakesItsPlace() throws {
        try withRebuildCorpus { (corpus, index) throws in
            let old = try Searcher(databasePath: index).documentCount
            let process = try startRebuild(of: index, from: corpus)
            var seenWhileRunning: [Int] = []
            var failures: [String] = []
            repeat {
                let running = process.isRunning
                do {
                    let searcher = try Searcher(databasePath: index)
                    let count = searcher.documentCount
                    // A search, not only the count: the files it reads must be whole.
                    let hits = try searcher.search(SearchRequest(query: "kontanthjælpsmodtagere")).total
                    if running { seenWhileRunning.append(count) }
                    if hits == 0 { failures.append("no hits among \(count) items") }
                } catch {
                    failures.append("\(error)")
                }
            } while process.isRunning
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)

            let new = try Searcher(databasePath: index).documentCount
            #expect(new > old)
            #expect(!seenWhileRunning.isEmpty)
            #expect(seenWhileRunning.first == old)
            #expect(seenWhileRunning.allSatisfy { $0 == old || $0 == new }, "\(Set(seenWhileRunning).sorted())")
            #expect(failures.isEmpty, "\(failures.prefix(3))")
            #expect(try leftovers(besideIndexIn: corpus.deletingLastPathComponent()).isEmpty)
        }
    }

    @Test(arguments: [SIGINT, SIGKILL])
    func anInterruptedRebuildLeavesTheOldIndexAndTheNextOneCleansUp(signal: Int32) throws {
        try withRebuildCorpus { (corpus, index) throws in
            let directory = corpus.deletingLastPathComponent()
            let old = try Searcher(databasePath: index).documentCount
            let oldHits = try Searcher(databasePath: index).search(SearchRequest(query: "kontanthjælpsmodtagere")).total
            let process = try startRebuild(of: index, from: corpus)
            try waitForAShardCommit(besideIndexIn: directory, process: process)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            if signal == SIGINT {
                #expect(process.terminationStatus == 130)
                #expect(try leftovers(besideIndexIn: directory).isEmpty)
            }

            let searcher = try Searcher(databasePath: index)
            #expect(searcher.documentCount == old)
            #expect(try searcher.search(SearchRequest(query: "kontanthjælpsmodtagere")).total == oldHits)

            let rerun = try run(referatExecutable, ["index", "--rebuild", "--db", index, corpus.path])
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(try Searcher(databasePath: index).documentCount > old)
            #expect(try leftovers(besideIndexIn: directory).isEmpty)
        }
    }

    @Test func anInterruptedRebuildSaysTheIndexIsAsItWas() throws {
        try withRebuildCorpus { (corpus, index) throws in
            let directory = corpus.deletingLastPathComponent()
            let errors = Pipe()
            let process = try startRebuild(of: index, from: corpus, errors: errors)
            try waitForAShardCommit(besideIndexIn: directory, process: process)
            kill(process.processIdentifier, SIGINT)
            process.waitUntilExit()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(message.contains("interrupted: the index is as it was before; run the same command again"))
        }
    }

    /// Runs `body` with a corpus of the shipped text minutes and some Greve meetings, and an index of the text
    /// minutes alone beside it.
    private func withRebuildCorpus(_ body: (_ corpus: URL, _ index: String) throws -> Void) throws {
        try withSeedCorpus { (corpus, index) throws in
            _ = try Indexer(databasePath: index).index(paths: [corpus.path])
            let greve = corpus.appendingPathComponent("greve")
            try FileManager.default.createDirectory(at: greve, withIntermediateDirectories: true)
            let meetings = try FileManager.default.contentsOfDirectory(
                at: Project.corpus.appendingPathComponent("greve"),
                includingPropertiesForKeys: nil
            )
            for meeting in meetings.sorted(by: { $0.path < $1.path }).prefix(Self.greveMeetings) {
                try FileManager.default.copyItem(
                    at: meeting,
                    to: greve.appendingPathComponent(meeting.lastPathComponent)
                )
            }
            try body(corpus, index)
        }
    }

    /// Starts `referat index --rebuild`, committing every few items, in the background.
    private func startRebuild(of index: String, from corpus: URL, errors: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = referatExecutable
        process.arguments = ["index", "--rebuild", "--db", index, "--batch-size", "10", corpus.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// What a rebuild of `directory/index` writes beside it: the new index and the shards of a sharded build.
    private func leftovers(besideIndexIn directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
    }

    /// Polls until a shard of the rebuild beside `directory/index` has committed items, failing if the process ends
    /// first.
    private func waitForAShardCommit(besideIndexIn directory: URL, process: Process) throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            for folder in try leftovers(besideIndexIn: directory) {
                let path = directory.appendingPathComponent(folder).path
                let shards = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                for shard in shards where ((try? Searcher(databasePath: path + "/" + shard))?.documentCount ?? 0) > 0 {
                    return
                }
            }
            usleep(2_000)
        }
        Issue.record("no commit seen before the process ended")
    }
}
