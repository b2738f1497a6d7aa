import Foundation

/// Puts one index folder in the place of another.
enum IndexFolder {
    /// Moves the index folder `replacement` to `folder`, whose index is deleted; files in `folder` that are not
    /// Xapian's (a `.gitkeep`, say) move into the new folder.
    ///
    /// Where the file system can swap two names in one step (Linux's `renameat2` with `RENAME_EXCHANGE`), a reader
    /// opening `folder` finds the old index or the new one, never none. Elsewhere the old folder is first moved
    /// aside, so a failure leaves `folder` holding the old index or, if putting the new one in fails, the old one
    /// back.
    static func replace(_ folder: String, with replacement: String) throws {
        let files = FileManager.default
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        let old: String
        if files.fileExists(atPath: url.path), exchange(url.path, replacement) {
            old = replacement
        } else {
            old =
                url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).old-\(UUID().uuidString)").path
            try files.moveItem(atPath: url.path, toPath: old)
            do {
                try files.moveItem(atPath: replacement, toPath: url.path)
            } catch {
                try? files.moveItem(atPath: old, toPath: url.path)
                throw error
            }
        }
        for name in (try? files.contentsOfDirectory(atPath: old)) ?? [] where !isXapians(name) {
            try? files.moveItem(atPath: old + "/" + name, toPath: url.path + "/" + name)
        }
        try? files.removeItem(atPath: old)
    }

    /// Swaps the names of `first` and `second` at once, if the system and file system can.
    static func exchange(_ first: String, _ second: String) -> Bool {
        guard let renameExchange else { return false }
        return renameExchange(AT_FDCWD, first, AT_FDCWD, second, renameExchangeFlag) == 0
    }

    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    // Swift's Glibc module does not declare `renameat2` (glibc hides it behind _GNU_SOURCE), so it is looked up by
    // name; glibc has had it since 2.28. The flag is `RENAME_EXCHANGE` from <linux/fs.h>.
    private static let renameExchangeFlag: UInt32 = 1 << 1
    private static let renameExchange: RenameAt2? = {
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// Whether `name` is one of the files of a glass database.
    private static func isXapians(_ name: String) -> Bool {
        name.hasSuffix(".glass") || name.hasSuffix(".tmp") || name == "iamglass" || name == "flintlock"
    }
}
