import Foundation

/// The dates a meeting in published minutes can plausibly have; a date outside them is a broken export or a typo.
///
/// The range runs from 1 January 1970, when the municipal reform made the municipalities whose councils publish
/// these minutes, to 31 December of the year after the current one, since an agenda is published a few weeks
/// before its meeting. `0000-01-01`, a placeholder some exports write for no date, is outside it.
public enum MeetingDateRange {
    /// The first year a meeting may be dated.
    public static let firstYear = 1970

    /// The dates allowed when the current year is `currentYear`.
    public static func dates(currentYear: Int = currentYear) -> ClosedRange<CalendarDate> {
        CalendarDate(year: firstYear, month: 1, day: 1)!...CalendarDate(year: currentYear + 1, month: 12, day: 31)!
    }

    /// Why `date` cannot be a meeting's date, e.g. `implausible meeting date 0000-01-01 (expected 1970–2027)`;
    /// `nil` when it can.
    static func problem(with date: CalendarDate) -> String? {
        let allowed = dates()
        guard !allowed.contains(date) else { return nil }
        return "implausible meeting date \(date.iso) (expected \(allowed.lowerBound.year)–\(allowed.upperBound.year))"
    }

    /// The current year in the Gregorian calendar, in Danish time.
    public static var currentYear: Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Copenhagen") ?? calendar.timeZone
        return calendar.component(.year, from: Date())
    }
}
