import ArgumentParser
import Dispatch
import Hummingbird
import Logging
import ReferatServer

/// `referat serve`: the search page, JSON API and Atom feeds over HTTP.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the search page, the JSON API and Atom feeds over HTTP.",
        discussion: """
            Pages: / (search), /punkt/ID, /sag/NUMBER, /moede/ID; API under /api/v1/ (openapi.json describes \
            it); a feed for any search at /feed.atom and a CSV file at /eksport.csv, with the page's query \
            string. Items indexed while the server runs are found within a second. Stop with Ctrl-C.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The address to listen on; 0.0.0.0 for every interface.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 for any free port.")
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() throws {
        let configuration = ServerConfiguration(databasePath: database.db, host: host, port: port)
        let host = host
        let db = database.db
        // The command's entry point is synchronous; the server runs on Swift concurrency's threads meanwhile.
        try waitFor {
            let logger = Logger(label: "referat.serve")
            let app = try await ReferatServer.makeApplication(configuration, logger: logger) { port in
                logger.info("serving \(db) on http://\(host):\(port)/")
            }
            try await app.runService()
        }
    }
}

/// Runs `body` to its end and returns or throws what it did, blocking the calling thread meanwhile.
private func waitFor(_ body: @escaping @Sendable () async throws -> Void) throws {
    let finished = DispatchSemaphore(value: 0)
    let outcome = Outcome()
    Task {
        do {
            try await body()
        } catch {
            outcome.error = error
        }
        finished.signal()
    }
    finished.wait()
    if let error = outcome.error { throw error }
}

// @unchecked: written once by the task before it signals, read by the waiting thread only after the signal.
private final class Outcome: @unchecked Sendable {
    var error: (any Error)?
}
