import CXapian

/// An immutable Xapian query tree (`Xapian::Query`), built directly or by a ``QueryParser``.
public final class Query: CustomStringConvertible {
    /// How ``combine(_:_:)`` joins subqueries.
    public enum Operator: Sendable {
        /// Documents matching all subqueries; weights add up (`OP_AND`).
        case and
        /// Documents matching any subquery (`OP_OR`).
        case or
        /// Documents matching the first subquery but none of the others (`OP_AND_NOT`).
        case andNot
        /// Documents matching the first subquery and all others, weighted by the first only (`OP_FILTER`).
        case filter
        /// Documents matching the first subquery; the others only add weight (`OP_AND_MAYBE`).
        case andMaybe
        /// Documents matching any subquery, weighted as if all were one term (`OP_SYNONYM`).
        case synonym

        var cValue: cx_query_op {
            switch self {
            case .and: CX_OP_AND
            case .or: CX_OP_OR
            case .andNot: CX_OP_AND_NOT
            case .filter: CX_OP_FILTER
            case .andMaybe: CX_OP_AND_MAYBE
            case .synonym: CX_OP_SYNONYM
            }
        }
    }

    let handle: OpaquePointer

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        cx_query_free(handle)
    }

    /// A query for one exact term (already prefixed and normalised); `wdf` is its within-query frequency.
    public static func term(_ term: String, wdf: Int = 1, position: Int = 0) -> Query {
        Query(
            handle: allocated(
                term.withBytes { cx_query_new_term($0, $1, UInt32(clamping: wdf), UInt32(clamping: position)) }
            )
        )
    }

    /// A query matching every document.
    public static func matchAll() -> Query {
        Query(handle: allocated(cx_query_new_match_all()))
    }

    /// A query matching no document (`Query::MatchNothing`, which is the empty query): what a field function
    /// returns for a valid value that no document can have. ANDed with others or as a filter it matches nothing;
    /// ORed with others it drops out.
    public static func matchNothing() -> Query {
        Query(handle: allocated(cx_query_new_match_nothing()))
    }

    /// Documents whose value in `slot` lies between `lower` and `upper` inclusive, compared byte for byte.
    public static func valueRange(slot: UInt32, from lower: String, to upper: String) -> Query {
        let handle = lower.withBytes { lowerBytes, lowerCount in
            upper.withBytes { cx_query_new_value_range(slot, lowerBytes, lowerCount, $0, $1) }
        }
        return Query(handle: allocated(handle))
    }

    /// Joins `queries` with `op`; the first query is the left-hand side of `.andNot`, `.filter` and `.andMaybe`.
    /// An empty list gives an empty query.
    public static func combine(_ op: Operator, _ queries: [Query]) -> Query {
        let handles = queries.map(\.handle)
        let handle = withExtendedLifetime(queries) {
            handles.withUnsafeBufferPointer { cx_query_new_combine(op.cValue, $0.baseAddress, $0.count) }
        }
        return Query(handle: allocated(handle))
    }

    /// `query` with every weight multiplied by `factor` (`OP_SCALE_WEIGHT`); `factor` must not be negative.
    public static func scaled(_ query: Query, by factor: Double) -> Query {
        precondition(factor >= 0, "Query.scaled: the factor must not be negative")
        return Query(handle: allocated(cx_query_new_scaled(query.handle, factor)))
    }

    /// Whether this is the empty query, which matches nothing (e.g. a query string of only stop words).
    public var isEmpty: Bool {
        cx_query_is_empty(handle) != 0
    }

    /// The distinct terms the query looks for, prefixes included, in byte order.
    public var terms: [String] {
        get throws(XapianError) {
            try checkTermList { list, error in cx_query_terms(handle, list, error) }.map(\.term)
        }
    }

    /// Xapian's rendering of the query tree, e.g. `Query((Zudvalg@1 AND XCsag))`.
    public var description: String {
        takeString { cx_query_description(handle, $0) }
    }
}

@available(*, unavailable)
extension Query: Sendable {}
