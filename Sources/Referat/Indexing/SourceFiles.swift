import Foundation

/// Finds the files to index under the paths a user gives.
enum SourceFiles {
    /// Regular files under `paths` (a path may itself be a file), hidden files and folders skipped, in a stable
    /// order. Symbolic links to files and folders are followed, each real folder walked once. A path that does
    /// not exist is returned as a failure.
    static func find(in paths: [String]) -> (files: [String], missing: [String]) {
        var files: [String] = []
        var missing: [String] = []
        for path in paths {
            switch kind(of: path) {
            case nil: missing.append(path)
            case .file, .other: files.append(path)
            case .folder(let id):
                var found: [String] = []
                var walked = Set<FolderID>()
                walk(path, id: id, found: &found, walked: &walked)
                files += found.sorted()
            }
        }
        return (files, missing)
    }

    /// The absolute, standardised form of `path`: the key the index remembers a file by.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private enum Kind {
        case file
        /// A folder, with what identifies it whatever path leads there.
        case folder(FolderID)
        /// A socket, pipe or device: not minutes, and reading a pipe could block forever.
        case other
    }

    /// What `path` is once symbolic links are followed; nil when it does not exist (or is a broken link).
    private static func kind(of path: String) -> Kind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .folder(FolderID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)))
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// Adds the files under `folder` (identified by `id`) to `found`, spelled under `folder` as the user typed it
    /// (`Corpus/haderslev/x.txt`). `walked` holds the folders already walked, so a link back up the tree ends
    /// instead of looping.
    private static func walk(_ folder: String, id: FolderID, found: inout [String], walked: inout Set<FolderID>) {
        guard walked.insert(id).inserted, let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names where !name.hasPrefix(".") {
            let path = prefix + name
            switch kind(of: path) {
            case .file: found.append(path)
            case .folder(let id): walk(path, id: id, found: &found, walked: &walked)
            case .other, nil: continue
            }
        }
    }

    private struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }
}
