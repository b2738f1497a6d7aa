import Foundation

/// A response as the harvester uses it: status, the headers it reads, and the whole body.
struct HTTPAnswer: Sendable {
    /// The HTTP status code.
    var status: Int
    /// The `Location` header of a redirect.
    var location: String?
    /// The `name=value` part of each `Set-Cookie` header.
    var cookies: [String]
    /// The `Retry-After` header, as sent.
    var retryAfter: String?
    /// The body, at most ``HarvestSettings/maximumBytes``.
    var body: Data

    /// Whether the status is a redirect (3xx).
    var isRedirect: Bool { (300..<400).contains(status) }
}
