import Hummingbird

/// A request the server will not answer as asked, with the status and the message, in Danish, that the page or
/// the API shows; the message never holds internals (paths, Xapian's own messages).
public struct WebInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The response status: 400 for bad parameters, 404 for an unknown id.
    public var status: HTTPResponse.Status
    /// What was wrong, in Danish, for the person who asked.
    public var message: String

    /// An error with `message` and `status`.
    public init(_ message: String, status: HTTPResponse.Status = .badRequest) {
        self.status = status
        self.message = message
    }

    public var description: String { "\(status.code) \(message)" }

    /// 404 for a page or item that is not there.
    static func notFound(_ message: String) -> WebInputError {
        WebInputError(message, status: .notFound)
    }
}
