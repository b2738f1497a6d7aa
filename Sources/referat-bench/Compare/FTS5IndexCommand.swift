import ArgumentParser
import Foundation

/// `referat-bench fts5-index`: builds the FTS5 peer's index in a process of its own, so `compare` can measure
/// its time and peak memory the way it measures the other indexers'.
struct FTS5IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fts5-index",
        abstract: "Build the SQLite FTS5 peer's index from a dump file (used by compare).",
        shouldDisplay: false
    )

    @Option(help: "The SQLite file to create; it is deleted first.")
    var db: String

    @Argument(help: "The dump file compare wrote.")
    var dump: String

    func run() throws {
        try? FileManager.default.removeItem(atPath: db)
        let count = try FTS5Index.build(path: db, dump: dump)
        print("\(count) items")
    }
}
