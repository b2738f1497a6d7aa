import ArgumentParser
import Foundation
import Minutes
import Referat

/// `referat index`: read minutes files into the index.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index minutes files into the index (one document per agenda item).",
        discussion: """
            Folders are read recursively; each file's format is recognised by its content. Files whose \
            content has not changed since the last run are skipped; a file that is not minutes is reported \
            and skipped, and the exit status is then 1.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(
        help:
            "The municipality of every file read, e.g. \"Haderslev Kommune\" (default: from the document, else the folder name)."
    )
    var municipality: String?

    @Flag(help: "Build the index again from scratch beside the old one, which searches use until the new one is done.")
    var rebuild = false

    @Option(help: "Agenda items per commit: more holds more in memory; 1,000 was fastest where measured.")
    var batchSize = 1000

    @Option(help: "Writers a first build runs at once, each into a shard, merged at the end (default: one per core).")
    var writers = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds pdftotext may spend on one PDF before it is stopped and the file skipped.")
    var pdfTimeLimit = 60.0

    @Argument(help: "Files or folders of minutes.")
    var paths: [String] = ["Corpus"]

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be 1 or more") }
        guard writers > 0 else { throw ValidationError("--writers must be 1 or more") }
        guard pdfTimeLimit > 0, pdfTimeLimit.isFinite else { throw ValidationError("--pdf-time-limit must be above 0") }
        // Xapian would create a new, empty index inside the folder, which would then hide its shards.
        if case .shards(let folder, let shards)? = try? IndexLocation(path: database.db) {
            let example = shards[0]
            throw ValidationError("\(folder) is a folder of shards; index into one shard, e.g. --db \(example)")
        }
    }

    func run() throws {
        if SystemCompoundParts() == nil {
            Terminal.printError(
                "warning: no Danish word list at \(CompoundSplitter.systemWordList.path) (install wdanish); "
                    + "compound words are not split"
            )
        }
        var loader = MinutesLoader()
        loader.readers = loader.readers.map { $0 is PdfReader ? PdfReader(timeLimit: .seconds(pdfTimeLimit)) : $0 }
        let indexer = try Indexer(databasePath: database.db, rebuild: rebuild, loader: loader)
        indexer.batchSize = batchSize
        indexer.writers = writers
        let progress = ProgressLine(enabled: Terminal.stderrIsTerminal)
        let stop = StopRequest()
        let interrupts = InterruptHandler(stop: stop)
        defer { withExtendedLifetime(interrupts) {} }
        let summary = try indexer.index(paths: paths, municipality: municipality, stop: stop) { event in
            switch event {
            case .reading(let path, let index, let total):
                progress.show("[\(index)/\(total)] \(path)")
            case .failed(let path, let reason), .skipped(let path, let reason):
                progress.clear()
                Terminal.printError("skipped \(path): \(reason)")
            case .warning(let path, let message):
                progress.clear()
                Terminal.printError("warning: \(path): \(message)")
            case .merging(let shards):
                progress.show("merging \(shards) shards into \(database.db)")
            }
        }
        progress.clear()
        try Terminal.printLines(Self.describe(summary, database: database.db))
        if summary.interrupted {
            Terminal.printError(
                rebuild
                    ? "interrupted: the index is as it was before; run the same command again to rebuild it"
                    : "interrupted: what was indexed is committed; run the same command again to finish"
            )
            throw ExitCode(130)
        }
        if !summary.failures.isEmpty { throw ExitCode.failure }
    }

    static func describe(_ summary: IndexSummary, database: String) -> String {
        var parts = [
            "\(summary.files) files",
            "\(summary.indexedFiles) indexed",
            "\(summary.unchangedFiles) unchanged",
        ]
        if summary.removedFiles > 0 { parts.append("\(summary.removedFiles) removed") }
        parts.append("\(summary.failures.count) failed")
        if !summary.skipped.isEmpty { parts.append("\(summary.skipped.count) not followed") }
        return parts.joined(separator: ", ")
            + "; \(summary.meetings) meetings, \(summary.items) items read, \(summary.storedItems) stored"
            + (summary.repeatedItems > 0 ? " (\(summary.repeatedItems) the same as another file's)" : "")
            + (summary.collisions.isEmpty ? "" : ", \(summary.collisions.count) same-day meetings kept apart")
            + (summary.repeatedNumbers > 0 ? ", \(summary.repeatedNumbers) with a repeated item number" : "")
            + (summary.cutItems > 0
                ? ", \(summary.cutItems) cut to \(ItemTextLimit.mebibytes(ItemTextLimit.bytes)) of text" : "")
            + String(format: " in %.2f s", summary.seconds)
            + "; \(summary.documentCount) items in \(database)"
    }
}
