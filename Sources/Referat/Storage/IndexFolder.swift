import Foundation

/// Puts one index folder in the place of another.
enum IndexFolder {
    /// Moves the index folder `replacement` to `folder`, whose index is deleted; files in `folder` that are not
    /// Xapian's (a `.gitkeep`, say) move into the new folder.
    ///
    /// The old folder is first moved aside, so a failure leaves `folder` holding the old index or, if putting
    /// the new one in fails, the old one back.
    static func replace(_ folder: String, with replacement: String) throws {
        let files = FileManager.default
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        let old = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).old-\(UUID().uuidString)").path
        try files.moveItem(atPath: url.path, toPath: old)
        do {
            try files.moveItem(atPath: replacement, toPath: url.path)
        } catch {
            try? files.moveItem(atPath: old, toPath: url.path)
            throw error
        }
        for name in (try? files.contentsOfDirectory(atPath: old)) ?? [] where !isXapians(name) {
            try? files.moveItem(atPath: old + "/" + name, toPath: url.path + "/" + name)
        }
        try? files.removeItem(atPath: old)
    }

    /// Whether `name` is one of the files of a glass database.
    private static func isXapians(_ name: String) -> Bool {
        name.hasSuffix(".glass") || name.hasSuffix(".tmp") || name == "iamglass" || name == "flintlock"
    }
}
