import Foundation

/// Runs `body` with a fresh, empty directory that is removed afterwards, whether `body` returns or throws.
///
/// Each test gets its own directory: tests run in parallel and each Xapian index has a single writer lock.
func withTemporaryDirectory<Result>(_ body: (URL) throws -> Result) throws -> Result {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("XapianKitTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}
