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
    /// Paths found but not read, with the reason: links leading outside the folders being indexed, broken
    /// links, pipes and devices.
    public var skipped: [Failure] = []
    /// Files indexed before that are gone now; their items were removed.
    public var removedFiles = 0
    /// Meetings indexed in this run.
    public var meetings = 0
    /// Agenda items read and indexed in this run.
    public var items = 0
    /// Items of this run that replaced another file's copy of the same item: the same meeting published twice
    /// (a PDF and its XML, say).
    public var repeatedItems = 0
    /// Items of this run whose number another item of the same meeting has too; kept, with ids ending `-2`, `-3`…
    public var repeatedNumbers = 0
    /// Items of this run whose text was cut to ``ItemTextLimit``.
    public var cutItems = 0
    /// Meetings of this run that would have shared item ids with a distinct meeting of another file; both kept.
    public var collisions: [Collision] = []
    /// Bytes of the files indexed in this run.
    public var bytes = 0
    /// Documents in the index after the run.
    public var documentCount = 0
    /// Whether the run stopped early on request; what was done is committed.
    public var interrupted = false
    /// Wall-clock seconds the run took.
    public var seconds = 0.0

    /// Items read in this run that the index holds once it is over: ``items`` less ``repeatedItems``.
    public var storedItems: Int { items - repeatedItems }

    /// Two distinct meetings of one committee on one day, from two files, whose items would have had one id.
    public struct Collision: Sendable, Hashable {
        /// The file indexed later, as found.
        public var path: String
        /// The file whose items have the plain ids, as an absolute path.
        public var otherSource: String
        /// The ids `path`'s items have instead, with `…` for the item number.
        public var ids: String

        /// One line saying so.
        public var message: String {
            "a distinct meeting of the same committee on the same day as \(otherSource); both kept, "
                + "this file's items as \(ids)"
        }
    }

    /// A path that could not be indexed or was not read.
    public struct Failure: Sendable, Hashable {
        /// The file as found.
        public var path: String
        /// One line saying why.
        public var reason: String
    }
}
