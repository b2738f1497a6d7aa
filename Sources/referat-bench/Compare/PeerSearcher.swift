/// One way of running the comparison's searches.
protocol PeerSearcher {
    /// The engine's name in the tables.
    var name: String { get }

    /// Runs `query`, returning the number of matching items the engine reports (an estimate for `quest`).
    func search(_ query: PeerQuery) throws -> Int
}
