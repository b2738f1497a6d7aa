import Foundation

/// The `referat search --format json` command, one process per search: what a script calling referat pays.
struct ReferatProcess: PeerSearcher {
    let name = "referat command"
    /// The `referat` binary.
    var executable: String
    /// The index.
    var path: String

    func search(_ query: PeerQuery) throws -> Int {
        let output = try ChildProcess.run(
            executable,
            ["search", "--db", path, "--format", "json", "--limit", "10"] + query.referatArguments
        )
        let object = try JSONSerialization.jsonObject(with: output) as? [String: Any]
        return object?["total"] as? Int ?? 0
    }
}
