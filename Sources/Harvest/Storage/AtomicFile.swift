import Foundation

/// Writes files so that a reader, or a run killed at any moment, sees either the old file or the whole new one.
enum AtomicFile {
    /// The hidden folder, inside each site's folder, where files are written before they are renamed into place;
    /// emptied at the start of every run, so that what a killed run left there goes.
    static let temporaryFolder = ".harvest-tmp"

    /// Writes `data` to `url` through a temporary file in `url`'s folder's ``temporaryFolder``, flushed to disk,
    /// then renamed over `url`.
    static func write(_ data: Data, to url: URL) throws(HarvestError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(temporaryFolder, isDirectory: true)
        let file = temporary.appendingPathComponent("\(UUID().uuidString).part")
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
                throw HarvestError.cannotWrite(path: file.path, reason: "cannot create the file")
            }
            let handle = try FileHandle(forWritingTo: file)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            // Renaming a file whose data is not yet on disk could leave an empty file after a crash.
            try handle.synchronize()
            guard rename(file.path, url.path) == 0 else {
                throw HarvestError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
            }
        } catch let error as HarvestError {
            try? FileManager.default.removeItem(at: file)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: file)
            throw .cannotWrite(path: url.path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Removes what an earlier, killed run left in `folder`'s temporary folder.
    static func clearLeftovers(in folder: URL) {
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(temporaryFolder, isDirectory: true))
    }
}
