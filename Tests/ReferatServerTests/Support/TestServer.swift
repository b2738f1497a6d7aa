import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Referat
import ReferatServer

/// A corpus folder of copies of real minutes and an index of it, in a temporary directory of the test's own.
struct TestCorpus {
    let corpus: URL
    let index: String

    /// Copies `files` into the corpus folder (keeping the municipality's folder name, which names the
    /// municipality of text minutes) and indexes them.
    func add(_ files: [URL]) throws {
        for file in files {
            let folder = corpus.appendingPathComponent(file.deletingLastPathComponent().lastPathComponent)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent(file.lastPathComponent))
        }
        try reindex()
    }

    /// Indexes the corpus folder again (new and changed files).
    func reindex() throws {
        let summary = try Indexer(databasePath: index).index(paths: [corpus.path])
        precondition(summary.failures.isEmpty, "a test file could not be indexed: \(summary.failures)")
    }
}

/// Runs `body` with a corpus of `files` indexed in a temporary directory.
func withCorpus<T>(_ files: [URL], _ body: (TestCorpus) async throws -> T) async throws -> T {
    try await withTemporaryDirectory { directory in
        let corpus = TestCorpus(
            corpus: directory.appendingPathComponent("corpus"),
            index: directory.appendingPathComponent("index").path
        )
        try corpus.add(files)
        return try await body(corpus)
    }
}

/// The default test corpus: the Greve meetings of case 20-055908K and the Haderslev and Hedensted minutes.
let standardFiles = Project.greveFiles.map(Project.greve) + Project.textMinutes

/// Runs `body` with a live server, on a free port of 127.0.0.1, over the index at `index`; the server checks the
/// index for new revisions on every request, so a test sees what it indexed at once.
func withServer<T: Sendable>(
    index: String,
    limits: WebLimits = WebLimits(),
    _ body: @escaping @Sendable (any TestClientProtocol) async throws -> T
) async throws -> T {
    let configuration = ServerConfiguration(databasePath: index, port: 0, limits: limits, refreshInterval: .zero)
    var logger = Logger(label: "referat.serve.test")
    logger.logLevel = .warning
    let app = try await ReferatServer.makeApplication(configuration, logger: logger)
    return try await app.test(.live) { client in try await body(client) }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body parsed as a JSON object.
    var json: [String: Any] {
        get throws {
            let object = try JSONSerialization.jsonObject(with: Data(buffer: body))
            guard let dictionary = object as? [String: Any] else { throw ResponseError.notAnObject }
            return dictionary
        }
    }

    enum ResponseError: Error {
        case notAnObject
    }
}

extension TestClientProtocol {
    /// GET `uri`.
    func get(_ uri: String) async throws -> TestResponse {
        try await executeRequest(uri: uri, method: .get, headers: [:], body: nil)
    }
}
