import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

/// Says in words why a request failed: AsyncHTTPClient's and SwiftNIO's errors print as type names and errno
/// dumps, which a person reading a harvest report should not have to decode.
enum RequestFailure {
    /// The reason `error` gives, as a short phrase: "timed out", "connection refused", "host not found", …
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as HTTPClientError:
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout: return "timed out"
            case .remoteConnectionClosed: return "connection closed before the answer was complete"
            default: return "\(error)"
            }
        case let error as NIOConnectionError:
            if let first = error.connectionErrors.first { return describe(first.error) }
            if error.dnsAError != nil || error.dnsAAAAError != nil { return "host \(error.host) not found" }
            return "could not connect to \(error.host):\(error.port)"
        case let error as IOError:
            return String(cString: strerror(error.errnoCode)).lowercased()
        case ChannelError.connectTimeout:
            return "timed out"
        default:
            let text = "\(error)"
            if text.contains("EOF") || text.contains("invalidEOFState") {
                return "connection closed before the answer was complete"
            }
            if text.contains("Timeout") { return "timed out" }
            return text
        }
    }
}
