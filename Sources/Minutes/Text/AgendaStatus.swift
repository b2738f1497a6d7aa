import Foundation

/// The open/closed agenda markers of Danish minutes (`Åben dagsorden`, `Lukket dagsorden`, `Lukket punkt`).
enum AgendaStatus {
    /// `true` for a line that opens the closed agenda, `false` for one that opens the open agenda, else `nil`.
    static func marker(in line: Line) -> Bool? {
        let plain = TextLine.trimming(line.plain) { $0 == ":" || $0 == " " }
        if closedMarkers.contains(plain) { return true }
        if openMarkers.contains(plain) { return false }
        return nil
    }

    /// The item numbers a table of contents lists under a `Lukket dagsorden` marker (`true`) or an
    /// `Åben dagsorden` marker (`false`); entries before any marker are not recorded.
    static func contents(of lines: some Sequence<Line>) -> [String: Bool] {
        var status: [String: Bool] = [:]
        var current: Bool?
        for line in lines {
            if let marker = marker(in: line) {
                current = marker
            } else if let current, let match = entry.firstMatch(in: line.plain), let number = match.groups[0] {
                status[String(number)] = current
            }
        }
        return status
    }

    private static let closedMarkers = NameTable([
        "lukket dagsorden", "lukket møde", "lukkede punkter", "lukket referat", "lukket punkt", "lukkede sager",
        "lukket del", "lukket",
    ])
    private static let openMarkers = NameTable([
        "åben dagsorden", "åbent møde", "åbne punkter", "åbent referat", "åben del", "åbne sager", "åbent punkt",
    ])
    // 21 Title, 21. Title, Punkt 21: Title, Pkt. 21 Title
    private static let entry = Pattern(#"^(?:(?:punkt|pkt\.?)\s*)?(\d{1,3}[a-z]?)[.:]?\s+\S"#)
}
