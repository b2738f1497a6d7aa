import Foundation
import Referat

/// Runs `body` with a fresh copy of the two shipped text minutes (`corpus/haderslev`, `corpus/hedensted`) and the
/// path of a not yet created index beside it, both in one temporary directory.
func withSeedCorpus<T>(_ body: (_ corpus: URL, _ index: String) throws -> T) throws -> T {
    try withTemporaryDirectory { directory in
        let corpus = directory.appendingPathComponent("corpus")
        try Project.copySeedMinutes(to: corpus)
        return try body(corpus, directory.appendingPathComponent("index").path)
    }
}

/// Runs `body` with a searcher over a fresh index of the two shipped text minutes, built with `analysis`.
func withSeedIndex<T>(analysis: Analysis = .referat, _ body: (Searcher, URL) throws -> T) throws -> T {
    try withSeedCorpus { corpus, index in
        _ = try Indexer(databasePath: index, analysis: analysis).index(paths: [corpus.path])
        return try body(try Searcher(databasePath: index), corpus.deletingLastPathComponent())
    }
}
