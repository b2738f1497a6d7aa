import CXapian

/// A search session over a ``Database`` (`Xapian::Enquire`): a query, an order, optional collapsing and
/// facet counts, run page by page with ``mset(offset:limit:checkAtLeast:)``.
public final class Enquire {
    /// The order of results.
    public enum Sort: Sendable {
        /// By relevance weight, best first.
        case relevance
        /// By the value in `slot` only (byte order; `descending` reverses it).
        case value(slot: UInt32, descending: Bool)
        /// By the value in `slot`, ties broken by relevance.
        case valueThenRelevance(slot: UInt32, descending: Bool)
        /// By relevance, ties broken by the value in `slot`.
        case relevanceThenValue(slot: UInt32, descending: Bool)
    }

    let handle: OpaquePointer
    /// The database searched; kept alive for as long as this enquire and its result pages.
    public let database: Database
    private var countedSlots: Set<UInt32> = []

    /// Creates a session with an empty query (matching nothing) sorted by relevance.
    public init(database: Database) {
        self.database = database
        handle = allocated(cx_enquire_new(database.handle))
    }

    deinit {
        cx_enquire_free(handle)
    }

    /// Sets the query for the following ``mset(offset:limit:checkAtLeast:)`` calls.
    public func setQuery(_ query: Query) {
        cx_enquire_set_query(handle, query.handle)
    }

    /// The order of results (relevance by default).
    public var sort: Sort = .relevance {
        didSet {
            switch sort {
            case .relevance:
                cx_enquire_set_sort(handle, CX_SORT_RELEVANCE, 0, 0)
            case .value(let slot, let descending):
                cx_enquire_set_sort(handle, CX_SORT_VALUE, slot, descending ? 1 : 0)
            case .valueThenRelevance(let slot, let descending):
                cx_enquire_set_sort(handle, CX_SORT_VALUE_THEN_RELEVANCE, slot, descending ? 1 : 0)
            case .relevanceThenValue(let slot, let descending):
                cx_enquire_set_sort(handle, CX_SORT_RELEVANCE_THEN_VALUE, slot, descending ? 1 : 0)
            }
        }
    }

    /// Keeps only the best document per distinct value in `slot` (e.g. one hit per meeting); `nil` turns it off.
    public func setCollapseKey(slot: UInt32?) {
        cx_enquire_set_collapse_key(handle, slot == nil ? 0 : 1, slot ?? 0)
    }

    /// Whether matches are weighed for relevance (BM25, the default) or all weigh the same (`Xapian::BoolWeight`).
    ///
    /// A search that only counts, or orders by value alone, needs no weights; without them Xapian computes none and
    /// reads no document lengths (a count of every match of `lokalplan` in 100,000 items: 7 → 4 ms).
    public var weighsMatches = true {
        didSet { cx_enquire_set_weighing(handle, weighsMatches ? 1 : 0) }
    }

    /// How long a search may spend checking the matches that `checkAtLeast` asks for (``mset(offset:limit:checkAtLeast:)``);
    /// `nil` (the default) for no limit.
    ///
    /// Past the limit Xapian stops counting and returns the page it has, so the match counts and
    /// ``valueCounts(slot:)`` become estimates: ``MSet/matchesLowerBound`` and ``MSet/matchesUpperBound`` then
    /// usually differ. It does not cut the search for the page itself.
    public var timeLimit: Duration? {
        didSet {
            let seconds = timeLimit.map { Double($0.components.seconds) + Double($0.components.attoseconds) * 1e-18 }
            cx_enquire_set_time_limit(handle, max(seconds ?? 0, 0))
        }
    }

    /// Counts the values in `slot` over the matches of each following search, for ``valueCounts(slot:)``.
    public func countValues(slot: UInt32) {
        guard countedSlots.insert(slot).inserted else { return }
        mustSucceed { error in cx_enquire_count_values(handle, slot, error) }
    }

    /// Runs the search and returns hits `offset ..< offset + limit`.
    ///
    /// Xapian looks at no more documents than it needs; pass `checkAtLeast` (e.g. the document count) when the
    /// match counts and ``valueCounts(slot:)`` must be exact rather than estimated.
    ///
    /// - Throws: ``XapianError`` with code `.modified` when the database changed underneath; reopen and retry.
    public func mset(offset: Int, limit: Int, checkAtLeast: Int = 0) throws(XapianError) -> MSet {
        var result: OpaquePointer?
        try check { error in
            cx_enquire_mset(
                handle,
                UInt32(clamping: offset),
                UInt32(clamping: limit),
                UInt32(clamping: checkAtLeast),
                &result,
                error
            )
        }
        return MSet(handle: allocated(result), enquire: self)
    }

    /// The values seen in `slot` by the last ``mset(offset:limit:checkAtLeast:)``, with how many matches had each,
    /// by count descending then value; empty if ``countValues(slot:)`` was not called for `slot`.
    public func valueCounts(slot: UInt32) -> [TermCount] {
        orFatal { () throws(XapianError) in
            try checkTermList { list, error in cx_enquire_value_counts(handle, slot, list, error) }
        }
    }
}

@available(*, unavailable)
extension Enquire: Sendable {}
