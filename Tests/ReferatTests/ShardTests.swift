import Foundation
import Referat
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("Shards, remote shards and compaction")
struct ShardTests {
    /// Words, a word with a filter, filters alone, a date range, a case number and a misspelling.
    static let requests = [
        SearchRequest(query: "kontanthjælpsmodtagere", limit: 50),
        SearchRequest(query: "beskæftigelse", limit: 50),
        SearchRequest(query: "budget OR sanktioner", limit: 50),
        SearchRequest(query: "beskæftigelse", filters: [IndexSchema.municipality: ["hedensted"]], limit: 50),
        SearchRequest(filters: [IndexSchema.committee: ["beskæftigelse"]], limit: 50),
        SearchRequest(closed: false, limit: 50),
        SearchRequest(from: DateBound("2023-03"), to: DateBound("2023"), limit: 50),
        SearchRequest(query: "dato:2022..2023", limit: 50),
        SearchRequest(filters: [IndexSchema.caseNumber: ["15.00.00-P00-2-22"]], limit: 50),
        SearchRequest(query: "kontanthjælpsmodtgere", limit: 50),
        SearchRequest(filters: [IndexSchema.votedAgainst: ["Ø"]], limit: 50),
        SearchRequest(query: "budget", filters: [IndexSchema.votedFor: ["Venstre"]], limit: 50),
        SearchRequest(filters: [IndexSchema.absent: ["genning"]], limit: 50),
        SearchRequest(query: "imod:F OR undlod:F", limit: 50),
    ]

    @Test func aStubFileOfShardsSearchesLikeOneIndex() throws {
        try withShards { shards in
            let stub = shards.directory.appendingPathComponent("shards.stub")
            try "glass \(shards.a.path)\nglass \(shards.b.path)\n".write(to: stub, atomically: true, encoding: .utf8)
            try expectSameResults(Searcher(databasePath: stub.path), as: Searcher(databasePath: shards.combined.path))
        }
    }

    @Test func aStubFileWithRelativeAutoLinesOpensItsNeighbours() throws {
        try withShards { shards in
            let stub = shards.folder.appendingPathComponent("XAPIANDB")
            try "# one shard per municipality\nauto a\nauto b\n".write(to: stub, atomically: true, encoding: .utf8)
            try expectSameResults(Searcher(databasePath: stub.path), as: Searcher(databasePath: shards.combined.path))
        }
    }

    @Test func aFolderOfShardsSearchesLikeOneIndex() throws {
        try withShards { shards in
            #expect(
                try IndexLocation(path: shards.folder.path)
                    == .shards(
                        folder: shards.folder.path,
                        shards: [
                            shards.a.path, shards.b.path,
                        ]
                    )
            )
            try expectSameResults(
                Searcher(databasePath: shards.folder.path),
                as: Searcher(databasePath: shards.combined.path)
            )
        }
    }

    @Test func theCommandSearchesAFolderOfShards() throws {
        try withShards { shards in
            let arguments = ["--case", "15.00.00-P00-2-22", "--format", "json"]
            let viaShards = try run(referatExecutable, ["search", "--db", shards.folder.path] + arguments)
            let viaOne = try run(referatExecutable, ["search", "--db", shards.combined.path] + arguments)
            #expect(viaShards.status == 0, "\(viaShards.stderr)")
            #expect(viaShards.stdout.contains("15.00.00-P00-2-22"))
            #expect(viaShards.stdout == viaOne.stdout)
            let empty = shards.directory.appendingPathComponent("empty")
            try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
            let none = try run(referatExecutable, ["search", "--db", empty.path, "budget"])
            #expect(none.status != 0)
            #expect(none.stderr == "referat: no index at \(empty.path); run `referat index` first\n")
        }
    }

    @Test func indexingRefusesAFolderOfShards() throws {
        try withShards { shards in
            let output = try run(referatExecutable, ["index", "--db", shards.folder.path, Project.haderslev.path])
            #expect(output.status != 0)
            #expect(output.stderr.contains("is a folder of shards; index into one shard, e.g. --db \(shards.a.path)"))
            #expect(!FileManager.default.fileExists(atPath: shards.folder.appendingPathComponent("iamglass").path))
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func remoteShardsServedByTcpsrvSearchLikeLocalOnes() throws {
        try withShards { shards in
            let server = try RemoteShardServer(shards: [shards.a.path, shards.b.path], in: shards.directory)
            defer { server.stop() }
            // Xapian 1.4 does not carry spelling data over the remote protocol, so the misspelling is left out.
            let requests = Self.requests.filter { $0.query != "kontanthjælpsmodtgere" }
            try expectSameResults(
                Searcher(databasePath: server.stub.path),
                as: Searcher(databasePath: shards.combined.path),
                requests: requests
            )
        }
    }

    @Test func compactionKeepsResultsAndDoesNotGrow() throws {
        try withShards { shards in
            let compacted = shards.directory.appendingPathComponent("compacted")
            let summary = try IndexCompactor.compact(shards.combined.path, to: compacted.path)
            #expect(summary.documentCount == 150)
            let before = try #require(summary.bytesBefore)
            #expect(summary.bytesAfter > 0)
            #expect(summary.bytesAfter <= before)
            let original = try Searcher(databasePath: shards.combined.path)
            let copy = try Searcher(databasePath: compacted.path)
            #expect(copy.documentCount == original.documentCount)
            try expectSameResults(copy, as: original)
            #expect(throws: CompactionError.destinationExists(path: compacted.path)) {
                try IndexCompactor.compact(shards.combined.path, to: compacted.path)
            }
        }
    }

    @Test func compactingAFolderOfShardsMergesThem() throws {
        try withShards { shards in
            let merged = shards.directory.appendingPathComponent("merged")
            let output = try run(referatExecutable, ["compact", "--db", shards.folder.path, merged.path])
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.hasPrefix("150 items; "))
            #expect(try IndexLocation(path: merged.path) == .index(path: merged.path))
            try expectSameResults(
                Searcher(databasePath: merged.path),
                as: Searcher(databasePath: shards.combined.path)
            )
        }
    }

    @Test func compactingInPlaceSwapsTheFolder() throws {
        try withShards { shards in
            let expected = try Self.requests.map { try Searcher(databasePath: shards.combined.path).search($0) }
            let output = try run(referatExecutable, ["compact", "--db", shards.combined.path, "--in-place"])
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.contains(" after in \(shards.combined.path)"))
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: shards.directory.path).sorted()
            #expect(leftovers == ["combined", "corpus", "shards"])
            let searcher = try Searcher(databasePath: shards.combined.path)
            for (request, before) in zip(Self.requests, expected) {
                expectSame(try searcher.search(request), as: before)
            }
            let folderOfShards = try run(referatExecutable, ["compact", "--db", shards.folder.path, "--in-place"])
            #expect(folderOfShards.status != 0)
            #expect(folderOfShards.stderr.hasPrefix("referat: \(shards.folder.path) is not one index folder;"))
            #expect(folderOfShards.stderr.split(separator: "\n").count == 1)
        }
    }
}

// MARK: - Helpers

/// Two shards (Haderslev in `folder/a`, Hedensted in `folder/b`) and one index of both, in a temporary folder.
private struct Shards {
    var directory: URL
    var folder: URL { directory.appendingPathComponent("shards") }
    var a: URL { folder.appendingPathComponent("a") }
    var b: URL { folder.appendingPathComponent("b") }
    var combined: URL { directory.appendingPathComponent("combined") }
}

private func withShards(_ body: (Shards) throws -> Void) throws {
    try withTemporaryDirectory { directory in
        let shards = Shards(directory: directory)
        let corpus = directory.appendingPathComponent("corpus")
        try Project.copySeedMinutes(to: corpus)
        // Greve's council records votes and absences, so the shards have multi-valued facets to count.
        try Project.copyGreveCouncilMeetings(to: corpus)
        let greve = corpus.appendingPathComponent("greve")
        let haderslev = corpus.appendingPathComponent("haderslev").path
        let hedensted = corpus.appendingPathComponent("hedensted").path
        _ = try Indexer(databasePath: shards.a.path).index(paths: [haderslev, greve.path])
        _ = try Indexer(databasePath: shards.b.path).index(paths: [hedensted])
        _ = try Indexer(databasePath: shards.combined.path).index(paths: [haderslev, greve.path, hedensted])
        try body(shards)
    }
}

/// Checks that `searcher` finds what `reference` finds for every request: the same items (as a set, since
/// equal scores may tie-break differently across shards), the same total and the same facet counts.
private func expectSameResults(
    _ searcher: Searcher,
    as reference: Searcher,
    requests: [SearchRequest] = ShardTests.requests,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    #expect(searcher.documentCount == reference.documentCount, sourceLocation: sourceLocation)
    for request in requests {
        expectSame(try searcher.search(request), as: try reference.search(request), sourceLocation: sourceLocation)
    }
}

private func expectSame(
    _ result: SearchResult,
    as expected: SearchResult,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let query = "\(expected.request)"
    #expect(expected.total > 0, "\(query) finds nothing, so it proves nothing", sourceLocation: sourceLocation)
    #expect(result.total == expected.total, "\(query)", sourceLocation: sourceLocation)
    #expect(Set(result.hits.map(\.id)) == Set(expected.hits.map(\.id)), "\(query)", sourceLocation: sourceLocation)
    #expect(facetCounts(result) == facetCounts(expected), "\(query)", sourceLocation: sourceLocation)
    #expect(result.suggestion == expected.suggestion, "\(query)", sourceLocation: sourceLocation)
}

private func facetCounts(_ result: SearchResult) -> [String: Int] {
    var counts: [String: Int] = [:]
    for facet in IndexSchema.facets {
        for entry in result.counts(of: facet) { counts["\(facet.key)=\(entry.value)"] = entry.count }
    }
    return counts
}

/// `xapian-tcpsrv` serving shards on a free loopback port, and a stub file that reaches them through it.
private final class RemoteShardServer {
    let stub: URL
    private var server: Process?

    /// Starts the server on the first free port of a few tried, and waits (at most about 10 s) until it answers.
    init(shards: [String], in directory: URL) throws {
        stub = directory.appendingPathComponent("remote.stub")
        let deadline = Date().addingTimeInterval(10)
        var port = Int.random(in: 30000...39000)
        while Date() < deadline {
            let candidate = Process()
            candidate.executableURL = URL(fileURLWithPath: "/usr/bin/xapian-tcpsrv")
            candidate.arguments = ["--port", String(port), "--interface", "127.0.0.1"] + shards
            candidate.standardOutput = FileHandle.nullDevice
            candidate.standardError = FileHandle.nullDevice
            try candidate.run()
            try "remote 127.0.0.1:\(port)\n".write(to: stub, atomically: true, encoding: .utf8)
            while candidate.isRunning, Date() < deadline {
                if (try? Searcher(databasePath: stub.path)) != nil {
                    server = candidate
                    return
                }
                Thread.sleep(forTimeInterval: 0.1)
            }
            // The server gave up, most likely because the port was taken: try another.
            Self.kill(candidate)
            port += 1
        }
        throw RemoteServerError.didNotStart
    }

    /// Stops the server and waits for it.
    func stop() {
        if let server { Self.kill(server) }
    }

    // SIGKILL, since the server can inherit an ignored SIGTERM and SIGINT from the test runner and then never
    // exits; a read-only server has nothing to lose.
    private static func kill(_ process: Process) {
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

private enum RemoteServerError: Error {
    case didNotStart
}
