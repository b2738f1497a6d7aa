import Foundation

/// Where output goes and what the terminal can show.
enum Terminal {
    /// Whether standard output is a terminal that takes colour (and `NO_COLOR` is unset).
    static var stdoutWantsColor: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Whether standard error is a terminal, so progress lines may be drawn there.
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Prints `lines` (joined by line feeds) and a final line feed, or nothing at all when there are none: an empty
    /// result in a line-per-record format is no lines, not one empty line.
    ///
    /// - Throws: ``StandardOutput/WriteError`` when standard output cannot be written.
    static func printLines(_ lines: String) throws(StandardOutput.WriteError) {
        if !lines.isEmpty { try StandardOutput.write(lines + "\n") }
    }

    /// Prints `message` on stderr as one line prefixed `referat: `.
    static func printError(_ message: String) {
        writeError("referat: \(message)\n")
    }

    /// Writes `text` to stderr as it is.
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
