import Foundation

/// Finds the files to index under the paths a user gives, and says why any path found is not read.
enum SourceFiles {
    /// What ``find(in:)`` found.
    struct Found {
        /// The files to read, in a stable order.
        var files: [String] = []
        /// Files found that cannot be read, with why: their names are not valid UTF-8.
        var unreadableFiles: [IndexSummary.Failure] = []
        /// Paths given that do not exist and folders that cannot be read, with why.
        var failures: [IndexSummary.Failure] = []
        /// Paths deliberately not followed, with why: links leading outside the folders being indexed, broken
        /// links, pipes and devices.
        var skipped: [IndexSummary.Failure] = []
    }

    /// Regular files under `paths` (a path may itself be a file), hidden files and folders skipped, in a stable
    /// order. Symbolic links are followed when they lead to a file or folder inside one of the folders `paths`
    /// name (each real folder walked once, so a loop ends); links leading elsewhere are reported, not followed.
    static func find(in paths: [String]) -> Found {
        var found = Found()
        let roots = paths.compactMap(realPath)
        for path in paths {
            switch kind(of: path) {
            case nil:
                let reason =
                    path.contains("\u{FFFD}")
                    ? "no such file or folder (the name as given is not valid UTF-8; referat reads only UTF-8 names)"
                    : "no such file or folder"
                found.failures.append(.init(path: path, reason: reason))
            case .file, .other: found.files.append(path)
            case .folder(let id):
                var walk = Walk(roots: roots)
                walk.walk(path, id: id)
                found.files += walk.found.files.sorted()
                found.unreadableFiles += walk.found.unreadableFiles
                found.failures += walk.found.failures
                found.skipped += walk.found.skipped
            }
        }
        return found
    }

    /// The absolute, standardised form of `path`: the key the index remembers a file by.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// One folder tree's walk: what it found, and the folders it went through.
    private struct Walk {
        /// The real paths of the paths given: links are followed only to inside them.
        var roots: [String]
        var found = Found()
        var walked = Set<FolderID>()

        /// Adds what is under `folder` (identified by `id`) to ``found``, spelled under `folder` as the user typed
        /// it (`Corpus/haderslev/x.txt`). A folder already walked is not walked again, so a link back up the tree
        /// ends instead of looping.
        mutating func walk(_ folder: String, id: FolderID) {
            guard walked.insert(id).inserted else { return }
            // readdir, not FileManager: its names are bytes, and a name that is not UTF-8 must be seen to be told.
            guard let stream = opendir(folder) else {
                let reason = String(cString: strerror(errno)).lowercased()
                found.failures.append(.init(path: folder, reason: "cannot read folder (\(reason))"))
                return
            }
            defer { closedir(stream) }
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            var folders: [(String, FolderID)] = []
            while let entry = readdir(stream) {
                let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
                guard bytes.first != UInt8(ascii: ".") else { continue }
                guard let name = String(validating: bytes, as: UTF8.self) else {
                    let shown = prefix + SourceFiles.escaped(bytes)
                    found.unreadableFiles.append(.init(path: shown, reason: "file name is not valid UTF-8"))
                    continue
                }
                let path = prefix + name
                if let reason = linkOutside(path) {
                    found.skipped.append(.init(path: path, reason: reason))
                    continue
                }
                switch kind(of: path) {
                case .file: found.files.append(path)
                case .folder(let id): folders.append((path, id))
                case .other: found.skipped.append(.init(path: path, reason: "not a regular file or folder"))
                case nil: found.skipped.append(.init(path: path, reason: "broken symbolic link"))
                }
            }
            for (path, id) in folders.sorted(by: { $0.0 < $1.0 }) { walk(path, id: id) }
        }

        /// Why the symbolic link at `path` is not followed, or `nil` when `path` is no link or leads inside a root.
        private func linkOutside(_ path: String) -> String? {
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK, let target = realPath(path)
            else { return nil }
            let inside = roots.contains { target == $0 || target.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
            return inside ? nil : "symbolic link to \(target), outside the folders being indexed; not followed"
        }
    }

    /// `bytes` as text, every byte that is not printable ASCII written as `\xHH`.
    static func escaped(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            (0x20..<0x7F).contains(byte) && byte != UInt8(ascii: "\\")
                ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        }
        .joined()
    }

    /// The path `path` resolves to, links followed; `nil` when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
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

    private struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
