import ArgumentParser
import Foundation
import Referat

/// `referat compact`: rewrite an index smaller with Xapian's compaction.
struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact",
        abstract: "Compact the index with Xapian's compaction into a new folder, or in place.",
        discussion: """
            A stub file or a folder of shards is merged into one compacted index at DEST. With --in-place a \
            single index folder is compacted beside itself and then takes its place; the index's write lock \
            is held meanwhile.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Replace the index with its compacted copy instead of writing DEST.")
    var inPlace = false

    @Argument(help: "The new folder to write the compacted index to.")
    var destination: String?

    func validate() throws {
        switch (inPlace, destination) {
        case (true, _?): throw ValidationError("give either DEST or --in-place, not both")
        case (false, nil): throw ValidationError("give DEST, a new folder, or --in-place")
        default: break
        }
    }

    func run() throws {
        let summary =
            if let destination {
                try IndexCompactor.compact(database.db, to: destination)
            } else {
                try IndexCompactor.compactInPlace(database.db)
            }
        let before = summary.bytesBefore.map(Self.size) ?? "?"
        try Terminal.printLines(
            "\(summary.documentCount) items; \(before) before, \(Self.size(summary.bytesAfter)) after"
                + " in \(destination ?? database.db)"
        )
    }

    private static func size(_ bytes: Int) -> String {
        ByteCountFormatter.string(fromByteCount: Int64(bytes), countStyle: .file)
    }
}
