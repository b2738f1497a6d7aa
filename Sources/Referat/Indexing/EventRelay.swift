import Foundation

/// Carries indexing events from threads that index shares of the files to the thread that reports them, and
/// tells that thread when every share is done.
final class EventRelay: @unchecked Sendable {
    // Every stored property below is read and written only while holding `condition`.
    private let condition = NSCondition()
    private var events: [IndexEvent] = []
    private var running: Int

    /// A relay for `senders` threads, each of which calls ``finish()`` once when done.
    init(senders: Int) {
        running = senders
    }

    /// Passes `event` on to the reporting thread.
    func send(_ event: IndexEvent) {
        condition.lock()
        defer { condition.unlock() }
        events.append(event)
        condition.signal()
    }

    /// Marks one sender as done.
    func finish() {
        condition.lock()
        defer { condition.unlock() }
        running -= 1
        condition.signal()
    }

    /// The events sent since the last call, waiting for some; `nil` once every sender is done and all were taken.
    func take() -> [IndexEvent]? {
        condition.lock()
        defer { condition.unlock() }
        while events.isEmpty, running > 0 { condition.wait() }
        guard !events.isEmpty else { return nil }
        defer { events.removeAll(keepingCapacity: true) }
        return events
    }
}
