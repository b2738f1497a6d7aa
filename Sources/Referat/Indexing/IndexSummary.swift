/// What one run of the indexer did.
public struct IndexSummary: Sendable, Hashable {
    /// Files found under the given paths.
    public var files = 0
    /// Files read and indexed in this run.
    public var indexedFiles = 0
    /// Files skipped because their content had not changed since the last run.
    public var unchangedFiles = 0
    /// Files that could not be indexed, with the reason.
    public var failures: [Failure] = []
    /// Files indexed before that are gone now; their items were removed.
    public var removedFiles = 0
    /// Meetings indexed in this run.
    public var meetings = 0
    /// Agenda items indexed in this run.
    public var items = 0
    /// Bytes of the files indexed in this run.
    public var bytes = 0
    /// Documents in the index after the run.
    public var documentCount = 0
    /// Whether the run stopped early on request; what was done is committed.
    public var interrupted = false
    /// Wall-clock seconds the run took.
    public var seconds = 0.0

    /// A file that could not be indexed.
    public struct Failure: Sendable, Hashable {
        /// The file as found.
        public var path: String
        /// One line saying why.
        public var reason: String
    }
}
