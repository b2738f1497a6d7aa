import Foundation

/// Runs poppler's `pdftotext` on PDF bytes and returns the text it finds, pages separated by form feeds.
///
/// The bytes go to a private temporary file, because `pdftotext` needs to seek in its input; the text comes
/// back on standard output and the diagnostics through a second temporary file, so that neither pipe can fill
/// up and stall the tool while the other is being read.
struct PdfTextExtractor: Sendable {
    /// Why the tool gave no text.
    enum Failure: Error, Equatable {
        /// `pdftotext` is on none of the searched directories.
        case toolNotFound
        /// The tool could not be started or its files not be written.
        case cannotRun(String)
        /// The tool ran and failed; the last line it printed on standard error, or its exit status.
        case failed(String)

        /// The reason as `MinutesError` states it.
        var reason: String {
            switch self {
            case .toolNotFound: "pdftotext not found (install poppler-utils)"
            case .cannotRun(let detail): "cannot run pdftotext (\(detail))"
            case .failed(let detail): "pdftotext failed: \(detail)"
            }
        }
    }

    /// The directories searched for `pdftotext`, in `PATH` order.
    var searchPath: [String]

    /// Searches `searchPath` (a colon-separated list like `PATH`), or the process's `PATH` when `nil`.
    init(searchPath: String? = nil) {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        self.searchPath = path.split(separator: ":").map(String.init)
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
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? errorFile.close()

        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let messages = (try? String(contentsOf: diagnostics, encoding: .utf8)) ?? ""
            throw .failed(Self.lastLine(of: messages) ?? "exit status \(process.terminationStatus)")
        }
        return String(decoding: text, as: UTF8.self)
    }

    // Poppler reports a broken file as several lines, the most telling (e.g. `Couldn't read xref table`) last.
    private static func lastLine(of messages: String) -> String? {
        messages.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .last { !$0.isEmpty }
    }
}
