import ArgumentParser
import Foundation

/// `referat-bench compare`: indexes the same minutes with referat, Omega's scriptindex and SQLite FTS5, then
/// times the same searches through each, and prints the figures side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Index the same minutes with referat, Omega's scriptindex and SQLite FTS5; time the same searches."
    )

    @Argument(help: "A folder of minutes in the formats referat reads.")
    var folder: String

    @Option(
        help: "Folder for the indexes and the peers' input, kept after the run. Default: a temporary folder, removed."
    )
    var work: String?

    @Option(help: "The referat binary to measure. Default: the one next to this program.")
    var referat: String?

    @Option(help: "Times each query is run on each engine after one warm-up run.")
    var repetitions = 20

    @Flag(help: "Measure referat alone, without scriptindex, quest and FTS5.")
    var skipPeers = false

    @Flag(help: "Print every query's median and hit count per engine.")
    var verbose = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("no such folder: \(folder)")
        }
        guard repetitions > 0 else { throw ValidationError("--repetitions must be at least 1") }
    }

    func run() throws {
        let tools = try Tools(referat: referat, needPeers: !skipPeers)
        let temporary = work == nil
        let folderPath =
            work ?? FileManager.default.temporaryDirectory.appendingPathComponent("referat-compare-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folderPath, withIntermediateDirectories: true)
        defer { if temporary { try? FileManager.default.removeItem(atPath: folderPath) } }
        let paths = WorkPaths(folder: folderPath)
        // Only what an earlier run wrote: --work may name a folder that holds other things too.
        for path in paths.all { try? FileManager.default.removeItem(atPath: path) }

        let input = try writePeerInput(paths)
        let table = CompareTable(items: input.items, textBytes: input.textBytes)
        print("Comparing on \(folder): \(input.files) files (\(input.failed) not minutes), \(input.items) items,")
        print(
            String(
                format: "%.2f MB of item text (titles and sections: the raw text every engine indexes)",
                Double(input.textBytes) / 1_000_000
            )
        )

        print("\nIndexing from scratch (each engine a process of its own; time and peak memory from /usr/bin/time)")
        var indexing = [try indexReferat(tools, paths)]
        if !skipPeers { indexing += [try indexOmega(tools, paths), try indexFTS5(tools, paths)] }
        table.printIndexing(indexing)
        print("referat parses the minutes files itself; scriptindex and FTS5 read text already extracted by referat's")
        print("readers (untimed). referat also builds spelling data and compound-word parts.")

        var engines: [any PeerSearcher] = [
            try ReferatInProcess(path: paths.referatCompact),
            ReferatProcess(executable: tools.referat, path: paths.referatCompact),
        ]
        if !skipPeers, let quest = tools.quest {
            engines += [QuestProcess(executable: quest, path: paths.omegaCompact), try FTS5Search(path: paths.fts)]
        }
        let queries = PeerQueries.all
        print(
            "\nSearching the compacted indexes: \(queries.count) queries × \(repetitions) runs per engine after a warm-up"
        )
        let searching = try engines.map { try time($0, queries) }
        if verbose { table.printPerQuery(searching) }
        table.printSearching(searching)
        print("referat: top 10 with snippets, exact total and facets; quest: top 10, estimated total;")
        print("FTS5: top 10 with snippets, exact total and facets by GROUP BY (no Danish stemming in FTS5).")

        print("\nTargets (issue 5)")
        table.printTargets(indexing: indexing, searching: searching)
    }

    /// Reads the items of `folder` and writes the peers' dump and index script; returns what the table needs.
    ///
    /// The items themselves are let go here: at a million items they hold gigabytes that the page cache needs
    /// for the indexes while searches are timed.
    private func writePeerInput(_ paths: WorkPaths) throws -> (items: Int, files: Int, failed: Int, textBytes: Int) {
        let (items, files, failed) = PeerItem.read(folder: folder)
        guard !items.isEmpty else { throw CompareError("no agenda items found in \(folder)") }
        try DumpFile.write(items, to: paths.dump)
        try OmegaScript.text.write(toFile: paths.script, atomically: false, encoding: .utf8)
        return (items.count, files, failed, items.reduce(0) { $0 + $1.textBytes })
    }

    private func indexReferat(_ tools: Tools, _ paths: WorkPaths) throws -> IndexingResult {
        let run = try ChildProcess.measured(
            tools.referat,
            ["index", "--db", paths.referat, folder],
            allowFailure: true
        )
        try ChildProcess.run(tools.referat, ["compact", "--db", paths.referat, paths.referatCompact])
        return Self.result("referat", run, index: paths.referat, compacted: paths.referatCompact)
    }

    private func indexOmega(_ tools: Tools, _ paths: WorkPaths) throws -> IndexingResult {
        guard let scriptindex = tools.scriptindex, let compact = tools.xapianCompact else {
            throw CompareError("scriptindex or xapian-compact missing")
        }
        let run = try ChildProcess.measured(
            scriptindex,
            ["--overwrite", "-s", "danish", paths.omega, paths.script, paths.dump]
        )
        try ChildProcess.run(compact, [paths.omega, paths.omegaCompact])
        return Self.result("Omega scriptindex", run, index: paths.omega, compacted: paths.omegaCompact)
    }

    /// What `run` of `engine` measured, with the sizes of the Xapian index it wrote at `index` and of its compacted
    /// copy; then removes the index as written.
    private static func result(
        _ engine: String,
        _ run: ChildProcess.Measured,
        index: String,
        compacted: String
    ) -> IndexingResult {
        let result = IndexingResult(
            engine: engine,
            seconds: run.seconds,
            cpuSeconds: run.cpuSeconds,
            peakKiB: run.peakKiB,
            bytes: Measure.size(of: index),
            compactedBytes: Measure.size(of: compacted)
        )
        // Searches run on the compacted copy; at a million items the index as written is tens of gigabytes.
        try? FileManager.default.removeItem(atPath: index)
        return result
    }

    private func indexFTS5(_ tools: Tools, _ paths: WorkPaths) throws -> IndexingResult {
        let run = try ChildProcess.measured(tools.bench, ["fts5-index", "--db", paths.fts, paths.dump])
        let bytes = Measure.size(of: paths.fts)
        try FTS5Index.compact(path: paths.fts)
        return IndexingResult(
            engine: "SQLite FTS5",
            seconds: run.seconds,
            cpuSeconds: run.cpuSeconds,
            peakKiB: run.peakKiB,
            bytes: bytes,
            compactedBytes: Measure.size(of: paths.fts)
        )
    }

    private func time(_ engine: any PeerSearcher, _ queries: [PeerQuery]) throws -> SearchResultTimes {
        var result = SearchResultTimes(engine: engine.name)
        for query in queries {
            let hits = try engine.search(query)
            var times: [Double] = []
            for _ in 0..<repetitions {
                times.append(try Measure.milliseconds { _ = try engine.search(query) })
            }
            result.all += times
            result.perQuery.append((query.label, hits, Measure.percentile(times, 50)))
        }
        return result
    }
}

/// The programs `compare` runs.
private struct Tools {
    var referat: String
    var bench: String
    var scriptindex: String?
    var xapianCompact: String?
    var quest: String?

    init(referat given: String?, needPeers: Bool) throws {
        // This very binary, however it was started (a bare name on PATH leaves no path in argv[0]).
        bench =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let sibling = URL(fileURLWithPath: bench).deletingLastPathComponent().appendingPathComponent("referat").path
        guard let referat = ChildProcess.find(given ?? sibling) else {
            throw CompareError("no referat binary at \(given ?? sibling); build it or pass --referat")
        }
        self.referat = referat
        scriptindex = ChildProcess.find("scriptindex")
        xapianCompact = ChildProcess.find("xapian-compact")
        quest = ChildProcess.find("quest")
        if needPeers && (scriptindex == nil || xapianCompact == nil || quest == nil) {
            throw CompareError("scriptindex, xapian-compact or quest missing: install xapian-omega and xapian-tools")
        }
    }
}

/// Where `compare` puts each engine's files.
private struct WorkPaths {
    var folder: String
    var dump: String { folder + "/items.dump" }
    var script: String { folder + "/omega.script" }
    var referat: String { folder + "/referat" }
    var referatCompact: String { folder + "/referat.compact" }
    var omega: String { folder + "/omega" }
    var omegaCompact: String { folder + "/omega.compact" }
    var fts: String { folder + "/fts5.sqlite" }
    var all: [String] { [dump, script, referat, referatCompact, omega, omegaCompact, fts] }
}
