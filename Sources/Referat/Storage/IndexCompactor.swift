import Foundation
import XapianKit

/// Rewrites an index with Xapian's compaction, which packs its B-trees full and so makes it smaller and faster
/// to read; an index written in many small commits gains the most.
public enum IndexCompactor {
    /// Writes a compacted copy of the index at `path` (an index folder, stub file or folder of shards, all
    /// shards merged into one) as a new index folder at `destination`.
    ///
    /// - Throws: ``CompactionError/destinationExists(path:)`` when something is already at `destination`, a
    ///   ``SearchError`` when the source cannot be opened, ``CompactionError/failed(path:reason:)`` otherwise.
    public static func compact(_ path: String, to destination: String) throws -> CompactionSummary {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw CompactionError.destinationExists(path: destination)
        }
        let location = try IndexLocation(path: path)
        let database = try location.open()
        let before = bytes(of: location)
        do {
            try database.compact(to: destination)
            // The copy is a new database with renumbered documents, so the source's facet table does not apply.
            let copy = try WritableDatabase(path: destination, mode: .open)
            try copy.storeFacetTable()
            try copy.close()
        } catch {
            throw CompactionError.failed(path: path, reason: error.description)
        }
        return CompactionSummary(
            documentCount: database.documentCount,
            bytesBefore: before,
            bytesAfter: folderBytes(destination)
        )
    }

    /// Compacts the index folder at `path` in its place: into a sibling folder, which then takes the old
    /// one's name. The index's write lock is held throughout, so no indexer can commit to the old copy
    /// meanwhile; readers that have it open keep reading the old files until they reopen.
    ///
    /// - Throws: ``CompactionError/notAnIndexFolder(path:)`` unless `path` is one local index folder,
    ///   ``IndexError/notWritable(path:reason:)`` when it may not be written,
    ///   ``CompactionError/failed(path:reason:)`` when the index is locked or cannot be compacted.
    public static func compactInPlace(_ path: String) throws -> CompactionSummary {
        guard case .index = try IndexLocation(path: path),
            FileManager.default.fileExists(atPath: path + "/iamglass")
        else { throw CompactionError.notAnIndexFolder(path: path) }
        let lock: WritableDatabase
        do {
            lock = try IndexAccess.openForWriting(path, mode: .open)
        } catch let error as IndexError {
            throw error
        } catch {
            throw CompactionError.failed(path: path, reason: "\(error)")
        }
        let folder = URL(fileURLWithPath: path).standardizedFileURL
        let parent = folder.deletingLastPathComponent()
        let name = folder.lastPathComponent
        let compacted = parent.appendingPathComponent(".\(name).compacted-\(UUID().uuidString)").path
        let summary: CompactionSummary
        do {
            summary = try compact(path, to: compacted)
        } catch {
            try? FileManager.default.removeItem(atPath: compacted)
            throw error
        }
        do {
            try IndexFolder.replace(folder.path, with: compacted)
        } catch {
            try? FileManager.default.removeItem(atPath: compacted)
            throw CompactionError.failed(path: path, reason: "cannot put the compacted index in place: \(error)")
        }
        try? lock.close()
        return summary
    }

    private static func bytes(of location: IndexLocation) -> Int? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: location.path, isDirectory: &isFolder), isFolder.boolValue
        else { return nil }
        return folderBytes(location.path)
    }

    /// The sizes of the regular files under `path`.
    static func folderBytes(_ path: String) -> Int {
        let url = URL(fileURLWithPath: path, isDirectory: true)
        let keys: Set<URLResourceKey> = [.isRegularFileKey, .fileSizeKey]
        guard let walk = FileManager.default.enumerator(at: url, includingPropertiesForKeys: Array(keys)) else {
            return 0
        }
        var total = 0
        for case let file as URL in walk {
            guard let values = try? file.resourceValues(forKeys: keys), values.isRegularFile == true else { continue }
            total += values.fileSize ?? 0
        }
        return total
    }
}

/// What a compaction did.
public struct CompactionSummary: Sendable, Hashable {
    /// The documents in the compacted index.
    public var documentCount: Int
    /// The size of the source's files, or nil when it is not a local folder (a stub file).
    public var bytesBefore: Int?
    /// The size of the compacted index's files.
    public var bytesAfter: Int
}

/// Why an index could not be compacted, in one line a user can act on.
public enum CompactionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The destination must be a new folder.
    case destinationExists(path: String)
    /// In-place compaction needs one local index folder, not a stub file or a folder of shards.
    case notAnIndexFolder(path: String)
    /// Xapian or the file system refused.
    case failed(path: String, reason: String)

    public var description: String {
        switch self {
        case .destinationExists(let path):
            return "\(path) already exists; compact into a new folder"
        case .notAnIndexFolder(let path):
            return "\(path) is not one index folder; --in-place compacts a single index, compact shards one by one"
        case .failed(let path, let reason):
            return "cannot compact the index at \(path): \(reason)"
        }
    }
}
