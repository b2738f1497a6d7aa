/// Bounds on what one search may cost, so that no query can exhaust the machine: the defaults suit the command and
/// a web server alike (``Searcher/init(databasePath:limits:)``).
///
/// Unbounded, a query of 100 KB took 15.7 s and `a* ` typed 400 times 28 s and 527 MB.
public struct SearchLimits: Sendable, Hashable {
    /// The most characters a query, or one filter value, may have; longer ones are refused
    /// (``SearchError/queryTooLong(field:length:limit:)``).
    public var queryLength: Int
    /// The most wildcards (`budget*`) a query may have; more are refused (``SearchError/tooManyWildcards(count:limit:)``).
    public var wildcards: Int
    /// The most words one wildcard stands for: the ones in the most items, when more words start the same way.
    public var wildcardWords: Int
    /// How long a search may spend counting every match for the total and the facets, or `nil` for no limit; past it
    /// the counts are estimates and the result says so (``SearchResult/timeLimited``). The hits are found either way.
    public var countingTime: Duration?

    /// Creates limits; the defaults are 1,000 characters, 10 wildcards of at most 1,000 words each, and 5 seconds of
    /// counting.
    public init(
        queryLength: Int = 1000,
        wildcards: Int = 10,
        wildcardWords: Int = 1000,
        countingTime: Duration? = .seconds(5)
    ) {
        self.queryLength = queryLength
        self.wildcards = wildcards
        self.wildcardWords = wildcardWords
        self.countingTime = countingTime
    }

    /// Throws the first limit `request` is past.
    func check(_ request: SearchRequest) throws(SearchError) {
        if request.query.count > queryLength {
            throw .queryTooLong(field: nil, length: request.query.count, limit: queryLength)
        }
        for (field, values) in request.filters {
            if let long = values.first(where: { $0.count > queryLength }) {
                throw .queryTooLong(field: field, length: long.count, limit: queryLength)
            }
        }
        let count = Self.wildcardCount(in: request.query)
        if count > wildcards { throw .tooManyWildcards(count: count, limit: wildcards) }
    }

    /// The wildcards of `query` as Xapian's parser sees them: each `*` right after a letter or digit.
    static func wildcardCount(in query: String) -> Int {
        var count = 0
        var previous: Character?
        for character in query {
            if character == "*", let previous, previous.isLetter || previous.isNumber { count += 1 }
            previous = character
        }
        return count
    }
}
