/// Xapian's `quest` on the Omega index, one process per search: Danish stemming, all words required, the
/// schema's boolean prefixes; top 10 and Xapian's estimate of the total (no facets).
struct QuestProcess: PeerSearcher {
    let name = "quest (Omega index)"
    /// The `quest` binary.
    var executable: String
    /// The Omega index.
    var path: String

    func search(_ query: PeerQuery) throws -> Int {
        let arguments = ["-d", path, "-s", "danish", "-o", "and", "-m", "10"] + PeerQuery.questPrefixes
        let output = String(decoding: try ChildProcess.run(executable, arguments + [query.questQuery]), as: UTF8.self)
        // "Exactly 12 matches" or "Between 2 and 603 matches, best estimate is 300".
        for line in output.split(separator: "\n").prefix(3) {
            let words = line.split(separator: " ")
            if words.first == "Exactly", words.count > 1 { return Int(words[1]) ?? 0 }
            if words.first == "Between", let estimate = words.last { return Int(estimate) ?? 0 }
        }
        return 0
    }
}
