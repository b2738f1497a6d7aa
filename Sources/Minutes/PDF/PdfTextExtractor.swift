import Foundation

/// Runs poppler's `pdftotext` on PDF bytes and returns the text it finds, pages separated by form feeds.
///
/// The bytes go to a private temporary file, because `pdftotext` needs to seek in its input; the text comes
/// back on standard output and the diagnostics through a second temporary file, so that neither pipe can fill
/// up and stall the tool while the other is being read. A hostile or broken PDF can keep the tool busy for
/// minutes or make it print gigabytes, so it runs under a time limit and an output limit, and is killed with its
/// process group when it passes either.
struct PdfTextExtractor: Sendable {
    /// Why the tool gave no text.
    enum Failure: Error, Equatable {
        /// `pdftotext` is on none of the searched directories.
        case toolNotFound
        /// The tool could not be started or its files not be written.
        case cannotRun(String)
        /// The tool ran and failed; the last line it printed on standard error, or its exit status.
        case failed(String)
        /// The tool ran past the time limit and was killed.
        case tookTooLong(limit: Duration)
        /// The tool printed more than the output limit and was killed.
        case outputTooLarge(limit: Int)

        /// The reason as `MinutesError` states it.
        var reason: String {
            switch self {
            case .toolNotFound: "pdftotext not found (install poppler-utils)"
            case .cannotRun(let detail): "cannot run pdftotext (\(detail))"
            case .failed(let detail): "pdftotext failed: \(detail)"
            case .tookTooLong(let limit): "pdftotext took longer than \(Self.seconds(limit))"
            case .outputTooLarge(let limit): "pdftotext output exceeds \(Self.bytes(limit))"
            }
        }

        private static func seconds(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            guard attoseconds != 0 else { return "\(seconds) s" }
            return "\(Double(seconds) + Double(attoseconds) / 1e18) s"
        }

        private static func bytes(_ count: Int) -> String {
            count >= 1 << 20 && count % (1 << 20) == 0 ? "\(count >> 20) MB" : "\(count) bytes"
        }
    }

    /// The directories searched for `pdftotext`, in `PATH` order.
    var searchPath: [String]
    /// How long one run of the tool may take before it is killed.
    var timeLimit: Duration
    /// How many bytes of text one run of the tool may print before it is killed.
    var outputLimit: Int

    /// Searches `searchPath` (a colon-separated list like `PATH`), or the process's `PATH` when `nil`.
    init(
        searchPath: String? = nil,
        timeLimit: Duration = PdfReader.defaultTimeLimit,
        outputLimit: Int = PdfReader.defaultOutputLimit
    ) {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        self.searchPath = path.split(separator: ":").map(String.init)
        self.timeLimit = timeLimit
        self.outputLimit = outputLimit
    }

    /// The `pdftotext` executable, if one of the searched directories holds it.
    var executable: URL? {
        for directory in searchPath where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent("pdftotext")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// The text of the PDF `data`, laid out as on the page (`-layout`), as UTF-8.
    func text(of data: Data) throws(Failure) -> String {
        guard let executable else { throw .toolNotFound }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("referat-pdf-\(UUID().uuidString)", isDirectory: true)
        let input = directory.appendingPathComponent("input.pdf")
        let diagnostics = directory.appendingPathComponent("stderr.txt")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
            try data.write(to: input)
            try Data().write(to: diagnostics)
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw .cannotRun(error.localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: directory) }

        let process = Process()
        process.executableURL = executable
        process.arguments = ["-layout", "-enc", "UTF-8", input.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        let errorFile: FileHandle
        do {
            errorFile = try FileHandle(forWritingTo: diagnostics)
            process.standardError = errorFile
            try process.run()
        } catch {
            throw .cannotRun(error.localizedDescription)
        }
        // Read everything before waiting: a tool blocked on a full pipe never exits.
        let text: Data
        do {
            text = try readWithinLimits(output.fileHandleForReading.fileDescriptor, of: process)
        } catch {
            try? errorFile.close()
            throw error
        }
        process.waitUntilExit()
        try? errorFile.close()

        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let messages = (try? String(contentsOf: diagnostics, encoding: .utf8)) ?? ""
            throw .failed(Self.lastLine(of: messages) ?? "exit status \(process.terminationStatus)")
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Reads `descriptor` to its end, killing `process` and its process group (Foundation starts each child in a
    /// group of its own) when the time or output limit is passed.
    private func readWithinLimits(_ descriptor: Int32, of process: Process) throws(Failure) -> Data {
        let clock = ContinuousClock()
        let deadline = clock.now + timeLimit
        var text = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let left = clock.now.duration(to: deadline)
            guard left > .zero else { throw stop(process, .tookTooLong(limit: timeLimit)) }
            let (seconds, attoseconds) = left.components
            let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let polled = poll(&ready, 1, milliseconds)
            if polled == 0 || (polled < 0 && errno == EINTR) { continue }
            guard polled > 0 else { throw stop(process, .cannotRun("poll: \(String(cString: strerror(errno)))")) }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return text }
            if count < 0 {
                if errno == EINTR { continue }
                throw stop(process, .cannotRun("read: \(String(cString: strerror(errno)))"))
            }
            guard text.count + count <= outputLimit else { throw stop(process, .outputTooLarge(limit: outputLimit)) }
            text.append(contentsOf: buffer[0..<count])
        }
    }

    /// Kills `process` and its group, waits for it, and returns `failure` to throw.
    private func stop(_ process: Process, _ failure: Failure) -> Failure {
        if kill(-process.processIdentifier, SIGKILL) != 0 { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return failure
    }

    // Poppler reports a broken file as several lines, the most telling (e.g. `Couldn't read xref table`) last.
    private static func lastLine(of messages: String) -> String? {
        messages.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .last { !$0.isEmpty }
    }
}
