import Foundation

/// Finds dates written the ways Danish minutes write them.
public enum DanishDate {
    /// The first Danish date in `text`, or `nil`.
    ///
    /// Understands `15-09-2022`, `15.09.2022`, `15/9 2022`, `2022-09-15`, `15. september 2022`,
    /// `7. marts 2023`, `Torsdag d. 15. september 2022` and abbreviated months such as `15. sep. 2022`.
    /// Strings that look like a date but name no real day (`31-02-2022`) are skipped.
    public static func parse(_ text: some StringProtocol) -> CalendarDate? {
        firstMatch(in: String(text))?.date
    }

    /// The first date in `text` with the range it was printed in.
    static func firstMatch(in text: String) -> (date: CalendarDate, range: Range<String.Index>)? {
        var found: [(date: CalendarDate, range: Range<String.Index>)] = []
        for match in numeric.matches(in: text) {
            if let date = date(year: match.groups[2], month: match.groups[1], day: match.groups[0]) {
                found.append((date, match.range))
            }
        }
        for match in iso.matches(in: text) {
            if let date = date(year: match.groups[0], month: match.groups[1], day: match.groups[2]) {
                found.append((date, match.range))
            }
        }
        for match in written.matches(in: text) {
            guard let name = match.groups[1], let month = month(named: name),
                let day = match.groups[0].flatMap({ Int($0) }), let year = match.groups[2].flatMap({ Int($0) }),
                let date = CalendarDate(year: year, month: month, day: day)
            else { continue }
            found.append((date, match.range))
        }
        return found.min { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The month number for a Danish month name or its abbreviation.
    public static func month(named name: some StringProtocol) -> Int? {
        let key = name.lowercased()
        if let index = monthNames.firstIndex(of: key) { return index + 1 }
        if key == "sept" { return 9 }
        return monthNames.firstIndex { $0.hasPrefix(key) && key.count >= 3 }.map { $0 + 1 }
    }

    private static func date(year: Substring?, month: Substring?, day: Substring?) -> CalendarDate? {
        guard let year = year.flatMap({ Int($0) }), let month = month.flatMap({ Int($0) }),
            let day = day.flatMap({ Int($0) })
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    private static let monthNames = [
        "januar", "februar", "marts", "april", "maj", "juni",
        "juli", "august", "september", "oktober", "november", "december",
    ]

    // Day first: 15-09-2022, 15.09.2022, 15/9 2022, 15/9-2022. Digits on either side must not continue
    // the number, so that journal numbers like 15.00.00-A00 never read as dates.
    private static let numeric = Pattern(
        #"(?<![\d.])(\d{1,2})\s?[-./]\s?(\d{1,2})(?:\s?[-./]\s?|\s)((?:19|20)\d{2})(?!\d)"#
    )
    private static let iso = Pattern(#"(?<![\d.])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d-])"#)
    private static let written = Pattern(
        #"(?<!\d)(\d{1,2})\.?\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|"#
            + #"jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?,?\s+((?:19|20)\d{2})(?!\d)"#
    )
}
