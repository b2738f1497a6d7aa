import Foundation
import XapianKit

/// Creates index folders and opens indexes for writing, saying in plain words what the file system refused.
///
/// Xapian reports an index it may not write as a lock it cannot take ("locked by another writer … Couldn't open
/// lockfile: Permission denied") and Foundation a folder it may not create as a dump of its error's user info; both
/// become one ``IndexError`` that names the path and the reason.
enum IndexAccess {
    /// Creates the folder `path` and any missing parents.
    ///
    /// - Throws: ``IndexError/cannotCreateFolder(path:reason:)``, e.g. with `permission denied`.
    static func createFolder(_ path: String) throws(IndexError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateFolder(path: path, reason: reason(for: error))
        }
    }

    /// Opens the index at `path` for writing, taking its lock.
    ///
    /// - Throws: ``IndexError/notWritable(path:reason:)`` when the index's folder or lock file may not be written,
    ///   else the ``XapianError`` of `WritableDatabase`.
    static func openForWriting(_ path: String, mode: WritableDatabase.OpenMode) throws -> WritableDatabase {
        // Xapian would report a lock file it may not open as a lock held by another writer, after retrying.
        if let reason = whyNotWritable(path) { throw IndexError.notWritable(path: path, reason: reason) }
        do {
            return try WritableDatabase(path: path, mode: mode)
        } catch {
            guard error.code == .locked || error.code == .opening, let reason = whyNotWritable(path) else {
                throw error
            }
            throw IndexError.notWritable(path: path, reason: reason)
        }
    }

    /// Why the index folder at `path`, or its lock file, may not be written; nil when both may be, or when `path`
    /// is no folder (a stub file, or nothing yet).
    static func whyNotWritable(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return errno == ENOENT ? nil : errnoReason() }
        guard status.st_mode & S_IFMT == S_IFDIR else { return nil }
        if access(path, W_OK) != 0 { return errnoReason() }
        let lock = path + "/flintlock"
        if access(lock, F_OK) == 0, access(lock, W_OK) != 0 { return errnoReason() }
        return nil
    }

    /// The current `errno` as a reason, e.g. `permission denied`.
    static func errnoReason(_ code: Int32 = errno) -> String {
        let message = String(cString: strerror(code))
        return message.prefix(1).lowercased() + message.dropFirst()
    }

    /// The system's reason under a Foundation file error, e.g. `permission denied` for EACCES.
    private static func reason(for error: any Error) -> String {
        if let posix = error as? POSIXError { return errnoReason(posix.code.rawValue) }
        if let cocoa = error as? CocoaError {
            if let posix = cocoa.underlying as? POSIXError { return errnoReason(posix.code.rawValue) }
            if let underlying = cocoa.underlying as? NSError, underlying.domain == NSPOSIXErrorDomain {
                return errnoReason(Int32(underlying.code))
            }
        }
        return error.localizedDescription
    }
}
