import Referat

/// The bounds the server puts on what one request may ask for, so that no request can hold a worker for long or
/// make a huge page; a request beyond them is answered 400 with a message saying the bound.
public struct WebLimits: Sendable, Hashable {
    /// The searcher's own bounds: query length, wildcards and the time a search may spend counting. The server's
    /// defaults are tighter than the command's: 500 characters and 2 seconds of counting.
    public var search = SearchLimits(queryLength: 500, countingTime: .seconds(2))
    /// The most hits on one page (`antal`).
    public var maxPageSize = 100
    /// Hits on a page when `antal` is not given.
    public var defaultPageSize = 20
    /// The furthest a page may start into the results (`side` × `antal`).
    public var maxOffset = 10_000
    /// The most values one filter may be given.
    public var maxFilterValues = 20
    /// The most rows a CSV export holds; the result's first rows when it has more.
    public var maxCSVRows = 5_000
    /// The entries of an Atom feed: the newest items.
    public var feedEntries = 50

    /// The default limits.
    public init() {}
}
