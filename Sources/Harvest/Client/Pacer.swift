import Foundation

/// Spaces the requests to each host at least ``HarvestSettings/interval`` apart.
actor Pacer {
    private let interval: Duration
    private var nextStart: [String: ContinuousClock.Instant] = [:]

    /// A pacer keeping `interval` between requests to one host.
    init(interval: Duration) {
        self.interval = interval
    }

    /// Waits until a request to `host` may start, and books the next slot.
    func wait(for host: String) async throws {
        let now = ContinuousClock.now
        let start = max(now, nextStart[host] ?? now)
        nextStart[host] = start + interval
        if start > now { try await Task.sleep(until: start, clock: .continuous) }
    }

    /// Makes the next request to `host` wait at least `delay` from now, as a `Retry-After` answer asks.
    func hold(_ host: String, for delay: Duration) {
        let until = ContinuousClock.now + delay
        nextStart[host] = max(nextStart[host] ?? until, until)
    }
}
