import Foundation

/// Runs a job over the inputs `0..<count` on worker threads and hands the outputs back in input order.
///
/// At most `capacity` outputs wait to be taken at once, so a slow consumer bounds the memory the workers use.
/// Each worker thread builds its own job with `makeJob`, so state that must not be shared between threads
/// (a Xapian term generator, say) stays on the thread that made it.
final class OrderedWork<Output>: @unchecked Sendable {
    // Every stored property below is read and written only while holding `condition`.
    private let condition = NSCondition()
    private let count: Int
    private let capacity: Int
    private var finished: [Int: Output] = [:]
    private var nextToClaim = 0
    private var nextToTake = 0
    private var cancelled = false
    private var running: Int

    /// Starts `workers` threads, each running the job `makeJob` returns on that thread over inputs it claims.
    init(
        count: Int,
        workers: Int,
        capacity: Int,
        makeJob: @escaping @Sendable () -> (Int) -> Output
    ) {
        self.count = count
        self.capacity = max(1, capacity)
        running = max(1, workers)
        for _ in 0..<running {
            let thread = Thread { [self] in work(makeJob()) }
            // Parsers of nested markup recurse; the default secondary-thread stack is small.
            thread.stackSize = 16 << 20
            thread.start()
        }
    }

    /// The output for the next input in order, waiting for it if needed; `nil` once every output was taken.
    func next() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        guard nextToTake < count else { return nil }
        while finished[nextToTake] == nil { condition.wait() }
        let output = finished.removeValue(forKey: nextToTake)
        nextToTake += 1
        condition.broadcast()
        return output
    }

    /// Stops handing out inputs and waits until every worker has finished the input it holds.
    func finish() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        finished.removeAll()
    }

    private func work(_ job: (Int) -> Output) {
        while let index = claim() {
            let output = job(index)
            condition.lock()
            finished[index] = output
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled, nextToClaim < count, nextToClaim >= nextToTake + capacity { condition.wait() }
        guard !cancelled, nextToClaim < count else { return nil }
        nextToClaim += 1
        return nextToClaim - 1
    }
}
