/// The bounds the server puts on what one request may ask for, so that no request can hold a worker for long or
/// make a huge page; a request beyond them is answered 400 with a message saying the bound.
public struct SearchLimits: Sendable, Hashable {
    /// The longest query, in characters.
    public var maxQueryLength = 500
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
