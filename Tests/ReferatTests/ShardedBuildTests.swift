import Foundation
import Referat
import Testing
import XapianKit

/// A first build writes one shard per core at once and merges them: the index must be the one a single writer
/// builds from the same files.
@Suite("First builds on several cores")
struct ShardedBuildTests {
    @Test func twoSharesGiveTheIndexOneWriterGives() throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("corpus")
            try Project.copySeedMinutes(to: corpus)
            let files = FileManager.default
            let shipped = Project.corpus.appendingPathComponent("greve")
            let greve = corpus.appendingPathComponent("greve")
            try files.createDirectory(at: greve, withIntermediateDirectories: true)
            // Every twelfth meeting: all committees, Byrådet among them.
            let all = try files.contentsOfDirectory(atPath: shipped.path).sorted()
            let meetings = stride(from: 0, to: all.count, by: 12).map { all[$0] }
            for name in meetings {
                try files.copyItem(at: shipped.appendingPathComponent(name), to: greve.appendingPathComponent(name))
            }
            // The first meeting again, in a file found last: its items are in both shares, and the later
            // file's copies must win, as they do with one writer.
            let copies = corpus.appendingPathComponent("zz-copies")
            try files.createDirectory(at: copies, withIntermediateDirectories: true)
            try files.copyItem(
                at: shipped.appendingPathComponent(meetings[0]),
                to: copies.appendingPathComponent(meetings[0])
            )

            let single = directory.appendingPathComponent("single").path
            let alone = try index(corpus, into: single, writers: 1)
            let sharded = directory.appendingPathComponent("sharded").path
            try files.createDirectory(atPath: sharded, withIntermediateDirectories: true)
            try Data().write(to: URL(fileURLWithPath: sharded + "/.gitkeep"))
            // What a killed first build leaves beside the index; the next first build clears it away.
            try files.createDirectory(
                atPath: directory.appendingPathComponent(".sharded.building-killed/shard-0").path,
                withIntermediateDirectories: true
            )
            let together = try index(corpus, into: sharded, writers: 2)

            #expect(together.failures == alone.failures)
            #expect(together.failures.map(\.reason) == ["no such file or folder"])
            #expect(together.indexedFiles == alone.indexedFiles)
            #expect(together.items == alone.items)
            #expect(together.documentCount == alone.documentCount)
            #expect(together.documentCount < together.items, "the copied meeting's items are counted once")
            #expect(files.fileExists(atPath: sharded + "/.gitkeep"), "files that are not Xapian's stay")
            #expect(
                try files.contentsOfDirectory(atPath: directory.path).allSatisfy { !$0.hasPrefix(".") },
                "neither this build's shards nor a killed build's are left"
            )

            for path in [single, sharded] {
                let table = try Database(path: path).valueTable(forKey: IndexSchema.Metadata.facetTable)
                #expect(table != nil, "\(path) ends with a current facet table")
            }
            // Shards add their words to the spelling data at the end, not item by item: the same data.
            let singleSpellings = try spellings(of: single)
            #expect(singleSpellings.count > 1000)
            #expect(try spellings(of: sharded) == singleSpellings)

            let expected = try Searcher(databasePath: single)
            let actual = try Searcher(databasePath: sharded)
            let requests = [
                SearchRequest(query: "budget", limit: 1000),
                SearchRequest(query: "\"aktivitetsparate kontanthjælpsmodtagere\"", limit: 1000),
                SearchRequest(query: "kontanthjælp", filters: [IndexSchema.committee: ["byråd"]], limit: 1000),
                SearchRequest(query: "budgetopfølgnnig"),
                SearchRequest(limit: 1000),
            ]
            for request in requests {
                let want = try expected.search(request)
                let got = try actual.search(request)
                #expect(got.total == want.total, "\(request.query)")
                #expect(got.facets == want.facets, "\(request.query)")
                #expect(got.suggestion == want.suggestion, "\(request.query)")
                #expect(
                    Dictionary(uniqueKeysWithValues: got.hits.map { ($0.id, $0.source) })
                        == Dictionary(uniqueKeysWithValues: want.hits.map { ($0.id, $0.source) }),
                    "\(request.query)"
                )
            }
            let copied = try actual.search(SearchRequest(limit: 1000)).hits.filter { $0.source.contains("zz-copies") }
            #expect(!copied.isEmpty)

            let again = try index(corpus, into: sharded, writers: 2)
            #expect(again.unchangedFiles == again.files, "every file's bookkeeping was merged too")
            #expect(again.documentCount == together.documentCount)
        }
    }

    @Test func aWriterWaitingForTheIndexNeverGetsTheEmptyOneTheMergedShardsReplace() throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("corpus")
            let files = FileManager.default
            try files.createDirectory(at: corpus, withIntermediateDirectories: true)
            let greve = Project.corpus.appendingPathComponent("greve")
            for name in try files.contentsOfDirectory(atPath: greve.path).sorted().prefix(8) {
                try files.copyItem(at: greve.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
            }
            let index = directory.appendingPathComponent("index").path
            let indexer = try Indexer(databasePath: index)
            indexer.writers = 2
            // From the merge on, another thread keeps trying to write, as a second `referat index` would.
            let waiting = WaitingWriter(index: index)
            var merging: [Int] = []
            let outcome = Result {
                try indexer.index(paths: [corpus.path]) { event in
                    guard case .merging(let shards) = event else { return }
                    merging.append(shards)
                    waiting.start()
                }
            }
            let seen = waiting.stop()
            let summary = try outcome.get()
            #expect(merging == [2])
            #expect(summary.documentCount == summary.items)
            // Had it got the lock on the empty index, its writes would have been deleted with that index.
            #expect(seen.allSatisfy { $0 == summary.items }, "item counts the waiting writer saw: \(seen)")
        }
    }

    /// Indexes `corpus` into `index` writing `writers` shards at once; the index is closed on return.
    /// Every word of the spelling data with its frequency, a line each, as Xapian's Python bindings read them.
    private func spellings(of index: String) throws -> [Substring] {
        let script =
            "import sys, xapian\nfor s in xapian.Database(sys.argv[1]).spellings(): print(s.term.decode(), s.termfreq)"
        let output = try run(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", script, index])
        #expect(output.status == 0, "\(output.stderr)")
        return output.stdout.split(separator: "\n")
    }

    private func index(_ corpus: URL, into index: String, writers: Int) throws -> IndexSummary {
        let indexer = try Indexer(databasePath: index)
        indexer.writers = writers
        return try indexer.index(paths: [corpus.path, corpus.appendingPathComponent("missing").path])
    }
}

/// A writer on another thread that opens the index over and over until stopped, noting how many items it finds
/// each time it gets the lock.
private final class WaitingWriter: @unchecked Sendable {
    private let index: String
    // Read and written only while holding `lock`.
    private let lock = NSLock()
    private var started = false
    private var stopping = false
    private var seen: [Int] = []
    private let done = DispatchSemaphore(value: 0)

    init(index: String) {
        self.index = index
    }

    func start() {
        lock.withLock { started = true }
        Thread {
            while !self.lock.withLock({ self.stopping }) {
                guard let database = try? WritableDatabase(path: self.index, mode: .open) else { continue }
                let count = database.documentCount
                try? database.close()
                self.lock.withLock { self.seen.append(count) }
                // Leave the indexer, which retries every 10 ms, room to take the lock back.
                usleep(50_000)
            }
            self.done.signal()
        }.start()
    }

    /// Stops the thread and returns the item counts it saw.
    func stop() -> [Int] {
        let wasStarted = lock.withLock {
            stopping = true
            return started
        }
        if wasStarted { done.wait() }
        return lock.withLock { seen }
    }
}
