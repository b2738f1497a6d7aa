/// Something the indexer tells its caller while it runs.
public enum IndexEvent: Sendable {
    /// About to read file `index` (from 1) of `total`.
    case reading(path: String, index: Int, total: Int)
    /// A file could not be indexed and was skipped; the rest goes on.
    case failed(path: String, reason: String)
    /// A path was deliberately not read (a link leading outside the folders being indexed, say); the rest goes on.
    case skipped(path: String, reason: String)
    /// A file was indexed but something about it needs a look.
    case warning(path: String, message: String)
    /// A first build has written its `shards` and merges them into the index (at a million items, minutes).
    case merging(shards: Int)
}
