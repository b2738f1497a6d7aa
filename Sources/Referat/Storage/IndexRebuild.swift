import Foundation
import XapianKit

/// A new index built beside a live one and put in its place in one step once complete: readers see the old index
/// until then, and a rebuild that stops half-way, is killed or fails leaves it as it was.
///
/// The new index is written into a hidden sibling folder, `.NAME.rebuild`, on the same file system as the live
/// index `NAME`. The live index's write lock is held from start to end, so no other indexer changes it meanwhile
/// and whatever a killed rebuild left beside it is known to be unused: the next rebuild removes it.
final class IndexRebuild {
    /// The live index.
    let path: String
    /// The folder the new index is written into.
    let staging: String
    private var lock: WritableDatabase?

    /// Takes the write lock of the index at `path` (creating an empty one if there is none) and clears the
    /// staging folder of an earlier rebuild that did not finish.
    ///
    /// - Throws: ``IndexError/notWritable(path:reason:)`` or ``XapianError`` when the live index cannot be locked,
    ///   ``IndexError/cannotCreateFolder(path:reason:)`` when the staging folder cannot be made beside it.
    init(replacing path: String) throws {
        let folder = URL(fileURLWithPath: path).standardizedFileURL
        let parent = folder.deletingLastPathComponent()
        self.path = path
        staging = parent.appendingPathComponent(".\(folder.lastPathComponent).rebuild").path
        lock = try IndexAccess.openForWriting(path, mode: .createOrOpen)
        // A sharded build into the staging folder leaves `..NAME.rebuild.building-…` siblings of its own.
        let staged = ".\(folder.lastPathComponent).rebuild"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        where name == staged || name.hasPrefix("." + staged + ".") {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
        do {
            try IndexAccess.createFolder(staging)
        } catch {
            guard case .cannotCreateFolder(let path, let reason) = error else { throw error }
            throw IndexError.cannotCreateFolder(path: path, reason: reason + " (a rebuild writes beside the index)")
        }
    }

    deinit {
        if lock != nil { discard() }
    }

    /// Puts the new index, which must be closed, in the place of the live one and deletes the old one.
    func putInPlace() throws {
        try IndexFolder.replace(path, with: staging)
        // The lock belongs to the old index, now deleted: closing it writes nothing.
        try? lock?.close()
        lock = nil
    }

    /// Deletes the new index and leaves the live one as it was.
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
        try? lock?.close()
        lock = nil
    }
}

@available(*, unavailable)
extension IndexRebuild: Sendable {}
