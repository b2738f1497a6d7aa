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

            let process = Process()
            process.executableURL = referatExecutable
            process.arguments = ["index", "--db", index, "--batch-size", "10", corpus.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            try waitForFirstCommit(index: index, process: process)
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

    /// Polls until the index has committed documents, failing if the process ends first.
    private func waitForFirstCommit(index: String, process: Process) throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let searcher = try? Searcher(databasePath: index), searcher.documentCount > 0 { return }
            guard process.isRunning else { break }
            usleep(2_000)
        }
        Issue.record("no commit seen before the process ended")
    }
}
