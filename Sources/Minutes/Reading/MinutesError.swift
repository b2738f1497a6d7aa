/// Why a file could not be read as minutes.
public struct MinutesError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, as given to the reader.
    public var path: String
    /// One line saying what is wrong, e.g. `not valid text (binary data)`.
    public var reason: String

    /// Creates an error for `path`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
