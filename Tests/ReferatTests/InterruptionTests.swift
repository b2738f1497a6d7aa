import Foundation
import Referat
import Testing

/// Killing `referat index` at any moment leaves an index that opens and searches with the last committed batch,
/// and running it again completes the work.
@Suite("Interrupted indexing")
struct InterruptionTests {
    static let files = 100
    static let itemsPerFile = 10

    @Test(arguments: [SIGKILL, SIGINT])
    func anInterruptedRunLeavesWholeFilesAndARerunCompletes(signal: Int32) throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("haderslev")
            try writeDatedCopiesOfHaderslev(Self.files, into: corpus)
            let index = directory.appendingPathComponent("Index").path
            // An index that already holds items is updated through its one writer, committing as it goes; a
            // first build is tested below.
            let first = corpus.appendingPathComponent("haderslev_bbu_0000.txt").path
            #expect(try run(referatExecutable, ["index", "--db", index, first]).status == 0)

            let process = try startIndexing(corpus, into: index)
            try waitForFirstCommit(process: process) {
                ((try? Searcher(databasePath: index))?.documentCount ?? 0) > Self.itemsPerFile
            }
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            if signal == SIGINT {
                #expect(process.terminationReason == .exit)
                #expect(process.terminationStatus == 130)
            }

            let searcher = try Searcher(databasePath: index)
            let committed = searcher.documentCount
            #expect(committed > 0)
            #expect(committed < Self.files * Self.itemsPerFile, "the run ended before the signal; use more files")
            // A file's items and its bookkeeping commit together, so only whole files are ever in the index.
            #expect(committed % Self.itemsPerFile == 0)
            #expect(try searcher.search(SearchRequest(query: "kontanthjælpsmodtagere")).total == committed / 10)

            let rerun = try run(referatExecutable, ["index", "--db", index, corpus.path])
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(rerun.stdout.contains("\(committed / Self.itemsPerFile) unchanged"))
            #expect(rerun.stdout.contains("; \(Self.files * Self.itemsPerFile) items in "))
        }
    }

    @Test func anInterruptedFirstBuildMergesWholeFilesAndARerunCompletes() throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("haderslev")
            try writeDatedCopiesOfHaderslev(Self.files, into: corpus)
            let index = directory.appendingPathComponent("Index").path

            let process = try startIndexing(corpus, into: index)
            // A first build writes shards beside the index and merges them at the end.
            try waitForFirstCommit(process: process) {
                try Self.shards(besideIndexIn: directory).contains { shard in
                    ((try? Searcher(databasePath: shard))?.documentCount ?? 0) > 0
                }
            }
            kill(process.processIdentifier, SIGINT)
            process.waitUntilExit()
            #expect(process.terminationStatus == 130)
            #expect(try Self.shards(besideIndexIn: directory).isEmpty, "the shards are removed once merged")

            let committed = try Searcher(databasePath: index).documentCount
            #expect(committed > 0)
            #expect(committed < Self.files * Self.itemsPerFile, "the run ended before the signal; use more files")
            #expect(committed % Self.itemsPerFile == 0)

            let rerun = try run(referatExecutable, ["index", "--db", index, corpus.path])
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(rerun.stdout.contains("\(committed / Self.itemsPerFile) unchanged"))
            #expect(rerun.stdout.contains("; \(Self.files * Self.itemsPerFile) items in "))
        }
    }

    /// Starts `referat index` on `corpus`, committing every file, in the background.
    private func startIndexing(_ corpus: URL, into index: String) throws -> Process {
        let process = Process()
        process.executableURL = referatExecutable
        process.arguments = ["index", "--db", index, "--batch-size", "10", corpus.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The shard folders a first build of `directory/Index` is writing.
    private static func shards(besideIndexIn directory: URL) throws -> [String] {
        let staging = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix(".Index.building-") }
        return try staging.flatMap { folder in
            let path = directory.appendingPathComponent(folder).path
            return try FileManager.default.contentsOfDirectory(atPath: path).map { path + "/" + $0 }
        }
    }

    /// Polls until `committed` is true, failing if the process ends first.
    private func waitForFirstCommit(process: Process, committed: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if try committed() { return }
            guard process.isRunning else { break }
            usleep(2_000)
        }
        Issue.record("no commit seen before the process ended")
    }
}
