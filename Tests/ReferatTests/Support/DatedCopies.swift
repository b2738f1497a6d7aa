import Foundation

/// Writes `count` copies of the real Haderslev minutes into `folder`, each moved to its own meeting day, so a
/// test has a corpus large enough to interrupt: every copy is a distinct meeting with ten items.
func writeDatedCopiesOfHaderslev(_ count: Int, into folder: URL) throws {
    let original = try String(contentsOf: Project.haderslev, encoding: .utf8)
    let months = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
        "november", "december",
    ]
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for index in 0..<count {
        let day = index % 28 + 1
        let month = index / 28 % 12 + 1
        let year = 2000 + index / (28 * 12)
        let numeric = String(format: "%02d-%02d-%04d", day, month, year)
        let text = original.replacingOccurrences(of: "15-09-2022", with: numeric)
            .replacingOccurrences(of: "15. september 2022", with: "\(day). \(months[month - 1]) \(year)")
        try text.write(
            to: folder.appendingPathComponent(String(format: "haderslev_bbu_%04d.txt", index)),
            atomically: false,
            encoding: .utf8
        )
    }
}
