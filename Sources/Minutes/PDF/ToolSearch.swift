import Foundation

/// Finds command-line tools on a search path and runs them, as the PDF readers need.
struct ToolSearch: Sendable {
    /// The directories searched, in `PATH` order.
    var directories: [String]

    /// Searches `searchPath` (a colon-separated list like `PATH`), or the process's `PATH` when `nil`.
    init(searchPath: String? = nil) {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        directories = path.split(separator: ":").map(String.init)
    }

    /// The executable `name`, if one of the directories holds it.
    func executable(_ name: String) -> URL? {
        for directory in directories where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs `executable` with `arguments`, standard output and error into files (pipes could fill up and stall
    /// it); returns its standard output, or throws the last line it printed on standard error.
    ///
    /// Past `deadline` it is killed with its process group, and ``PdfTextExtractor/Failure/tookTooLong(limit:)``
    /// is thrown with `limit`.
    static func run(
        _ executable: URL,
        _ arguments: [String],
        in directory: URL,
        deadline: ContinuousClock.Instant,
        limit: Duration
    ) throws(PdfTextExtractor.Failure)
        -> Data
    {
        let output = directory.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errors = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        do {
            try Data().write(to: output)
            try Data().write(to: errors)
            let outputFile = try FileHandle(forWritingTo: output)
            let errorFile = try FileHandle(forWritingTo: errors)
            defer {
                try? outputFile.close()
                try? errorFile.close()
            }
            process.standardOutput = outputFile
            process.standardError = errorFile
            try process.run()
        } catch {
            throw .cannotRun(error.localizedDescription)
        }
        // The tools write to files, not pipes, so waiting by polling cannot stall them; a page takes seconds.
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                if kill(-process.processIdentifier, SIGKILL) != 0 { kill(process.processIdentifier, SIGKILL) }
                process.waitUntilExit()
                throw .tookTooLong(limit: limit)
            }
            usleep(10_000)
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let messages = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            let last = messages.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .last { !$0.isEmpty }
            throw .failed("\(executable.lastPathComponent): \(last ?? "exit status \(process.terminationStatus)")")
        }
        return (try? Data(contentsOf: output)) ?? Data()
    }
}
