import Synchronization

/// A request to stop indexing early, e.g. from a Ctrl-C handler on another thread: the indexer finishes the file
/// it is on, commits and returns.
public final class StopRequest: Sendable {
    private let requested = Atomic<Bool>(false)

    /// Creates a request not yet made.
    public init() {}

    /// Asks the indexer to stop.
    public func request() { requested.store(true, ordering: .relaxed) }

    /// Whether a stop was asked for.
    public var isRequested: Bool { requested.load(ordering: .relaxed) }
}
