import Foundation

/// What went wrong while harvesting, as one readable line.
public enum HarvestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A line of the sources file is not a source.
    case badSources(path: String, line: Int, reason: String)
    /// A file could not be read.
    case cannotRead(path: String, reason: String)
    /// A file could not be written.
    case cannotWrite(path: String, reason: String)
    /// A request failed for good, after any retries.
    case request(url: String, reason: String)
    /// A response came, but not in the shape the site's kind gives.
    case unexpected(url: String, reason: String)

    public var description: String {
        switch self {
        case .badSources(let path, let line, let reason): "\(path):\(line): \(reason)"
        case .cannotRead(let path, let reason): "cannot read \(path): \(reason)"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        case .request(let url, let reason): "\(url): \(reason)"
        case .unexpected(let url, let reason): "\(url): \(reason)"
        }
    }
}
