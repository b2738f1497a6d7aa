import Foundation
import Synchronization

/// The outcome of running a program to its end.
struct ProcessOutput: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `executable` with `arguments` off the concurrency pool (the replay site's handlers run on it) and waits.
func run(_ executable: URL, _ arguments: [String]) async throws -> ProcessOutput {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
                return
            }
            // Read standard error on another thread so a chatty child cannot block on a full pipe.
            let errData = Mutex(Data())
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) {
                let data = err.fileHandleForReading.readDataToEndOfFile()
                errData.withLock { $0 = data }
            }
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            group.wait()
            process.waitUntilExit()
            continuation.resume(
                returning: ProcessOutput(
                    status: process.terminationStatus,
                    stdout: String(decoding: outData, as: UTF8.self),
                    stderr: String(decoding: errData.withLock { $0 }, as: UTF8.self)
                )
            )
        }
    }
}

/// The `referat` executable built beside this test bundle.
let referatExecutable: URL = {
    var directory = Bundle.main.bundleURL
    for _ in 0..<3 {
        let candidate = directory.appendingPathComponent("referat")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        directory.deleteLastPathComponent()
    }
    return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("referat")
}()
