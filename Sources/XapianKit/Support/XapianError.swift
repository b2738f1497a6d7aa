import CXapian

/// A failure reported by Xapian, classified by the kind of exception Xapian threw.
public struct XapianError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure; one case per Xapian exception class that callers can act on.
    public enum Code: String, Sendable, Hashable {
        /// Another writer holds the index lock (`DatabaseLockError`).
        case locked
        /// No index exists at the path (`DatabaseNotFoundError`).
        case notFound
        /// The index exists but cannot be opened or created (`DatabaseOpeningError`, `DatabaseVersionError`).
        case opening
        /// The index is damaged (`DatabaseCorruptError`).
        case corrupt
        /// A writer replaced the revision being read; reopen and retry (`DatabaseModifiedError`).
        case modified
        /// The query string is not valid query syntax (`QueryParserError`).
        case querySyntax
        /// An argument was rejected (`InvalidArgumentError`).
        case invalidArgument
        /// A value was out of range, e.g. a hit index past the end of a page (`RangeError`).
        case range
        /// No document has the requested id (`DocNotFoundError`).
        case documentNotFound
        /// A remote shard could not be reached (`NetworkError`).
        case network
        /// Memory ran out inside Xapian (`std::bad_alloc`).
        case outOfMemory
        /// Any other Xapian or C++ exception; the message names its type.
        case other
    }

    /// The kind of failure.
    public let code: Code
    /// Xapian's own message, e.g. `Syntax: <expression> AND <expression>`.
    public let message: String

    /// Creates an error from its parts.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// One readable line: what went wrong in plain words, then Xapian's message.
    public var description: String {
        let summary =
            switch code {
            case .locked: "index is locked by another writer"
            case .notFound: "index not found"
            case .opening: "cannot open index"
            case .corrupt: "index is corrupt"
            case .modified: "index changed while being read; reopen and retry"
            case .querySyntax: "query syntax error"
            case .invalidArgument: "invalid argument"
            case .range: "out of range"
            case .documentNotFound: "document not found"
            case .network: "remote index unreachable"
            case .outOfMemory: "out of memory"
            case .other: "Xapian error"
            }
        return message.isEmpty ? summary : "\(summary): \(message)"
    }
}

extension XapianError {
    /// Maps a shim status (never `CX_OK`) and its message to an error.
    init(status: Int32, message: String) {
        let code: Code =
            switch UInt32(bitPattern: status) {
            case CX_ERR_LOCKED.rawValue: .locked
            case CX_ERR_NOT_FOUND.rawValue: .notFound
            case CX_ERR_OPENING.rawValue: .opening
            case CX_ERR_CORRUPT.rawValue: .corrupt
            case CX_ERR_MODIFIED.rawValue: .modified
            case CX_ERR_QUERY_SYNTAX.rawValue: .querySyntax
            case CX_ERR_INVALID_ARGUMENT.rawValue: .invalidArgument
            case CX_ERR_RANGE.rawValue: .range
            case CX_ERR_DOC_NOT_FOUND.rawValue: .documentNotFound
            case CX_ERR_NETWORK.rawValue: .network
            case CX_ERR_OUT_OF_MEMORY.rawValue: .outOfMemory
            default: .other
            }
        self.init(code: code, message: message)
    }
}
