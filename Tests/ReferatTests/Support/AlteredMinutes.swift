import Foundation

/// Real minutes with one thing changed: a copy of a shipped Greve council meeting whose FirstAgenda JSON `change`
/// alters, written as `name` in `folder`. Returns the copy's URL.
@discardableResult
func alteredGreveMeeting(
    _ meeting: Int,
    in folder: URL,
    named name: String,
    change: (inout [String: Any], inout [[String: Any]]) -> Void
) throws -> URL {
    let data = try Data(contentsOf: Project.greveCouncilMeetings[meeting])
    guard var json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
        var items = json["Dagsordenpunkter"] as? [[String: Any]]
    else { throw CocoaError(.fileReadCorruptFile) }
    change(&json, &items)
    json["Dagsordenpunkter"] = items
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try JSONSerialization.data(withJSONObject: json).write(to: url)
    return url
}

/// The hits `referat search` prints as NDJSON for `arguments` over the index at `index`, one JSON object each.
func searchHits(_ index: String, _ arguments: [String]) throws -> [[String: Any]] {
    let output = try run(
        referatExecutable,
        ["search", "--db", index, "--format", "ndjson", "--limit", "1000"] + arguments
    )
    return output.stdout.split(separator: "\n").compactMap {
        try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
}
