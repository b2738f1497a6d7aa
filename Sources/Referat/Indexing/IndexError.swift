/// Why an index cannot be written, in one line a user can act on.
public enum IndexError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The index was built with another analysis than the one asked for.
    case analysisMismatch(path: String, built: String, requested: Analysis)

    public var description: String {
        switch self {
        case .analysisMismatch(let path, let built, let requested):
            return "the index at \(path) was built with the \(built) analysis, not \(requested); use --rebuild"
        }
    }
}
