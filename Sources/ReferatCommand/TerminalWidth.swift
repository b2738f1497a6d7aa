import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The width text output wraps to.
enum TerminalWidth {
    /// `COLUMNS` when set to a number, else the width of the terminal standard output is, else `nil` (no
    /// wrapping) when standard output is not a terminal.
    static var current: Int? {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
