import Foundation
import XapianKit

/// What a `--db` path names, and so how to open it for reading.
///
/// Xapian itself opens an index folder and a stub file (lines such as `glass /abs/path`, `auto shard`,
/// `remote host:port` or `remote :program args`); a folder that holds only indexes, one per subfolder (one
/// shard per municipality, say), is opened here by adding each shard to one database.
public enum IndexLocation: Sendable, Hashable {
    /// One index folder, a stub file, or a folder with a `XAPIANDB` stub file: Xapian opens it as it is.
    case index(path: String)
    /// A folder with no index of its own whose subfolders, in name order, are each an index.
    case shards(folder: String, shards: [String])

    /// Looks at `path` on disk to decide how to open it.
    ///
    /// - Throws: ``SearchError/indexNotFound(path:)`` when nothing is at `path`, or it is a folder holding
    ///   neither an index nor any subfolder that is one; ``SearchError/indexUnreadable(path:reason:)`` with
    ///   `permission denied` when it may not be read.
    public init(path: String) throws(SearchError) {
        let files = FileManager.default
        var status = stat()
        guard stat(path, &status) == 0 else {
            guard errno == ENOENT || errno == ENOTDIR else {
                throw .indexUnreadable(path: path, reason: IndexAccess.errnoReason())
            }
            throw .indexNotFound(path: path)
        }
        let isFolder = status.st_mode & S_IFMT == S_IFDIR
        // Without read and search permission a folder looks empty, which would read as "no index".
        if isFolder, access(path, R_OK | X_OK) != 0 {
            throw .indexUnreadable(path: path, reason: IndexAccess.errnoReason())
        }
        guard isFolder, !Self.isIndexFolder(path) else {
            self = .index(path: path)
            return
        }
        let url = URL(fileURLWithPath: path, isDirectory: true)
        let names = (try? files.contentsOfDirectory(atPath: path)) ?? []
        let shards = names.sorted().filter { !$0.hasPrefix(".") }
            .map { url.appendingPathComponent($0, isDirectory: true).path }
            .filter(Self.isIndexFolder)
        guard !shards.isEmpty else { throw .indexNotFound(path: path) }
        self = .shards(folder: path, shards: shards)
    }

    /// The path as the user gave it.
    public var path: String {
        switch self {
        case .index(let path): path
        case .shards(let folder, _): folder
        }
    }

    /// Opens the index, or every shard combined into one database.
    ///
    /// - Throws: ``SearchError/indexNotFound(path:)`` or ``SearchError/indexUnreadable(path:reason:)`` naming the
    ///   index or shard that failed.
    public func open() throws(SearchError) -> Database {
        try openWithShards().combined
    }

    /// Opens the index as one database, as ``open()`` does, and each shard of a folder of shards on its own as well,
    /// in order (an index folder or stub file is its one shard here: Xapian opens a stub's shards itself). The
    /// combination shares the shards' open files, so this takes one shard's files more than ``open()``.
    public func openWithShards() throws(SearchError) -> (combined: Database, shards: [Database]) {
        switch self {
        case .index(let path):
            let database = try Self.openOne(path)
            return (database, [database])
        case .shards(_, let paths):
            var shards: [Database] = []
            for path in paths { shards.append(try Self.openOne(path)) }
            // Adding a database to another changes the one added to, so the combination starts from a handle of
            // its own on the first shard.
            let combined = try Self.openOne(paths[0])
            for shard in shards.dropFirst() { combined.add(shard) }
            return (combined, shards)
        }
    }

    /// Whether `path` is a folder Xapian opens by itself: a glass index, or a folder with a `XAPIANDB` stub.
    static func isIndexFolder(_ path: String) -> Bool {
        let files = FileManager.default
        return files.fileExists(atPath: path + "/iamglass") || files.fileExists(atPath: path + "/XAPIANDB")
    }

    private static func openOne(_ path: String) throws(SearchError) -> Database {
        do {
            return try Database(path: path)
        } catch {
            switch error.code {
            case .notFound: throw .indexNotFound(path: path)
            case .opening where !FileManager.default.fileExists(atPath: path): throw .indexNotFound(path: path)
            default: throw .indexUnreadable(path: path, reason: error.message)
            }
        }
    }
}
