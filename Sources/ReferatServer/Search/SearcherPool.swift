import Foundation
import NIOConcurrencyHelpers
import NIOPosix
import Referat

/// The server's searchers: Xapian handles are not thread-safe, so each search runs on a worker thread of a thread
/// pool with a searcher checked out for it alone, and returns it afterwards. There are never more searchers than
/// worker threads.
///
/// Before a check-out, at most once per ``refreshInterval``, a watcher asks the index for a newer revision; when
/// there is one, every searcher opened before it is dropped when next seen, and a new one is opened in its place,
/// so items indexed while the server runs are found within that interval, without a restart.
public final class SearcherPool: Sendable {
    /// The index path, as `--db` takes it.
    public let databasePath: String
    /// The bounds every searcher keeps to.
    public let limits: SearchLimits
    /// How long a revision check holds: a shorter interval finds new items sooner and costs a little more.
    public let refreshInterval: Duration
    /// The index's ``Searcher/staleSchemaWarning`` when the server started.
    public let staleSchemaWarning: String?
    private let threads: NIOThreadPool
    private let state: NIOLockedValueBox<State>

    /// Opens a searcher for each worker thread on the index at `databasePath`, each ready to search (see
    /// ``Searcher/prepare()``): a missing or unreadable index is reported now, and the first searches take no longer
    /// than the rest.
    ///
    /// - Throws: ``SearchError`` when the index cannot be opened.
    public init(
        databasePath: String,
        limits: SearchLimits = SearchLimits(),
        refreshInterval: Duration = .seconds(1),
        threads: NIOThreadPool = .singleton
    ) throws {
        self.databasePath = databasePath
        self.limits = limits
        self.refreshInterval = refreshInterval
        self.threads = threads
        let watcher = try IndexWatcher(databasePath: databasePath)
        let searchers = try (0..<max(1, threads.numberOfThreads)).map { _ in
            let searcher = try Searcher(databasePath: databasePath, limits: limits)
            searcher.prepare()
            return PooledSearcher(searcher: searcher, generation: 0)
        }
        staleSchemaWarning = searchers.first?.searcher.staleSchemaWarning
        state = NIOLockedValueBox(State(watcher: Watched(watcher), idle: searchers))
    }

    /// Runs `body` with a searcher of its own on a worker thread and returns what it returns.
    ///
    /// A read that failed because the index moved on too far underneath (Xapian's `DatabaseModifiedError`) is
    /// retried once on a newly opened searcher.
    public func withSearcher<Value: Sendable>(
        _ body: @escaping @Sendable (Searcher) throws -> Value
    ) async throws -> Value {
        try await threads.runIfActive {
            let pooled = try self.checkOut()
            do {
                let value = try body(pooled.searcher)
                self.checkIn(pooled)
                return value
            } catch  where IndexWatcher.isStaleRead(error) {
                let fresh = PooledSearcher(
                    searcher: try Searcher(databasePath: self.databasePath, limits: self.limits),
                    generation: pooled.generation
                )
                let value = try body(fresh.searcher)
                self.checkIn(fresh)
                return value
            } catch {
                self.checkIn(pooled)
                throw error
            }
        }
    }

    /// An idle searcher of the newest revision seen, or a newly opened one.
    private func checkOut() throws -> PooledSearcher {
        let (reused, generation) = state.withLockedValue { state -> (PooledSearcher?, Int) in
            let now = ContinuousClock.now
            if now - state.lastCheck >= refreshInterval {
                state.lastCheck = now
                // A failed check keeps the searchers as they are; the next check tries again.
                if (try? state.watcher.value.hasNewRevision()) == true {
                    state.generation += 1
                }
            }
            while let pooled = state.idle.popLast() {
                if pooled.generation == state.generation { return (pooled, state.generation) }
            }
            return (nil, state.generation)
        }
        if let reused { return reused }
        // Opening takes a few milliseconds, so it happens outside the lock.
        return PooledSearcher(
            searcher: try Searcher(databasePath: databasePath, limits: limits),
            generation: generation
        )
    }

    private func checkIn(_ pooled: PooledSearcher) {
        state.withLockedValue { state in
            if pooled.generation == state.generation { state.idle.append(pooled) }
        }
    }

    private struct State: Sendable {
        var watcher: Watched
        var idle: [PooledSearcher]
        var generation = 0
        var lastCheck = ContinuousClock.now
    }
}

/// A searcher and the index generation it was opened at.
// @unchecked: a searcher is used by one thread at a time, since it is in the pool's idle list (read and written
// under the pool's lock) or checked out to exactly one worker.
private final class PooledSearcher: @unchecked Sendable {
    let searcher: Searcher
    let generation: Int

    init(searcher: Searcher, generation: Int) {
        self.searcher = searcher
        self.generation = generation
    }
}

/// The pool's revision watcher.
// @unchecked: it is only reached inside the pool's lock, so one thread at a time.
private final class Watched: @unchecked Sendable {
    let value: IndexWatcher

    init(_ value: IndexWatcher) { self.value = value }
}
