import Foundation

/// Standard output, written so that a failed write is an error rather than silence: every command's output goes
/// through ``write(_:)``.
///
/// `print` ignores write errors, so `referat search … > /dev/full` (or a full disk) used to exit 0 having written
/// nothing.
enum StandardOutput {
    /// A write to standard output that failed; a closed pipe is not one of them (see ``write(_:)``).
    struct WriteError: Error, CustomStringConvertible {
        /// The system's description of the failure, e.g. "No space left on device".
        var reason: String

        var description: String { "cannot write output: \(reason)" }
    }

    /// Writes `text` to standard output and flushes it.
    ///
    /// A reader that went away (`| head`) ends the process quietly, as a shell pipeline expects: by SIGPIPE as
    /// usual, or with status 141 when SIGPIPE is ignored and the write fails with `EPIPE`.
    ///
    /// - Throws: ``WriteError`` when the text could not all be written.
    static func write(_ text: String) throws(WriteError) {
        var text = text
        // write(2) straight to the descriptor: C's `stdout` stream is shared mutable state to Swift 6, and nothing
        // else in the command writes through it.
        let failure: Int32? = text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        guard let failure else { return }
        if failure == EPIPE { Foundation.exit(128 + SIGPIPE) }
        throw WriteError(reason: String(cString: strerror(failure)))
    }
}
