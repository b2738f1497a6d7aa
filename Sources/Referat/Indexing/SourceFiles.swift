import Foundation

/// Finds the files to index under the paths a user gives.
enum SourceFiles {
    /// Regular files under `paths` (a path may itself be a file), hidden files and folders skipped, in a stable
    /// order. A path that does not exist is returned as a failure.
    static func find(in paths: [String]) -> (files: [String], missing: [String]) {
        let manager = FileManager.default
        var files: [String] = []
        var missing: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let root = URL(fileURLWithPath: path)
            guard
                let walker = manager.enumerator(
                    at: root,
                    includingPropertiesForKeys: [.isRegularFileKey],
                    options: [.skipsHiddenFiles]
                )
            else { continue }
            var found: [String] = []
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                found.append(display(url, under: root, as: path))
            }
            files += found.sorted()
        }
        return (files, missing)
    }

    /// The absolute, standardised form of `path`: the key the index remembers a file by.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// `url` spelled relative to the root as the user typed it, e.g. `Corpus/haderslev/x.txt`.
    private static func display(_ url: URL, under root: URL, as rootPath: String) -> String {
        let rootComponents = root.standardizedFileURL.pathComponents
        let components = url.standardizedFileURL.pathComponents
        guard components.starts(with: rootComponents) else { return url.path }
        let relative = components.dropFirst(rootComponents.count).joined(separator: "/")
        return rootPath.hasSuffix("/") ? rootPath + relative : rootPath + "/" + relative
    }
}
