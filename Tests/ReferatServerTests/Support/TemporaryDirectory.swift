import Foundation

/// Runs `body` with a fresh empty directory that is removed afterwards, whatever happens: each test that
/// writes an index gets its own, since tests run in parallel and Xapian allows one writer per index.
func withTemporaryDirectory<T>(_ body: (URL) async throws -> T) async throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("referat-serve-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try await body(url)
}
