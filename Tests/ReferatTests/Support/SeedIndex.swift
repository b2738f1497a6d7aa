import Foundation
import Referat

/// Runs `body` with a searcher over a fresh index of the two shipped text minutes, built with `analysis`.
func withSeedIndex<T>(analysis: Analysis = .referat, _ body: (Searcher, URL) throws -> T) throws -> T {
    try withTemporaryDirectory { directory in
        let corpus = directory.appendingPathComponent("corpus")
        try Project.copySeedMinutes(to: corpus)
        let index = directory.appendingPathComponent("index").path
        _ = try Indexer(databasePath: index, analysis: analysis).index(paths: [corpus.path])
        return try body(try Searcher(databasePath: index), directory)
    }
}
