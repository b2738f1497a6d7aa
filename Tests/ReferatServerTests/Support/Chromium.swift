import Foundation

/// Debian's `chromium`, headless: what a real browser makes of a page.
enum Chromium {
    /// The browser, when installed (`apt-get install chromium`; `make deps` installs it).
    static let executable: URL? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].map(URL.init(fileURLWithPath:))
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// The DOM of `url` after the browser loaded it, serialised (`--dump-dom`).
    static func dom(of url: String) async throws -> String {
        try await run(["--dump-dom", url])
    }

    /// Runs the browser headless with `arguments` and returns its standard output, without blocking a thread.
    static func run(_ arguments: [String]) async throws -> String {
        guard let executable else { throw ChromiumError.notInstalled }
        let process = Process()
        process.executableURL = executable
        // No sandbox: tests run as root in CI, where Chromium's sandbox refuses to start.
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let collected = Collected()
        output.fileHandleForReading.readabilityHandler = { handle in collected.append(handle.availableData) }
        return try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { process in
                output.fileHandleForReading.readabilityHandler = nil
                collected.append(output.fileHandleForReading.readDataToEndOfFile())
                if process.terminationStatus == 0 {
                    continuation.resume(returning: String(decoding: collected.data, as: UTF8.self))
                } else {
                    continuation.resume(throwing: ChromiumError.failed(process.terminationStatus))
                }
            }
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
            }
        }
    }

    enum ChromiumError: Error {
        case notInstalled
        case failed(Int32)
    }

    // @unchecked: appended to from the pipe's handler and read after the process ended, under the lock.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes = Data()

        func append(_ data: Data) {
            lock.lock()
            bytes.append(data)
            lock.unlock()
        }

        var data: Data {
            lock.lock()
            defer { lock.unlock() }
            return bytes
        }
    }
}
