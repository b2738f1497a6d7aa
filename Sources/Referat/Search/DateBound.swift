import Foundation
import Minutes

/// A date as a user types it in a filter: a year, a month or a day.
public struct DateBound: Sendable, Hashable, CustomStringConvertible {
    /// The first day the bound covers.
    public let first: CalendarDate
    /// The last day the bound covers.
    public let last: CalendarDate
    /// The text as typed.
    public let description: String

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` for anything else.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        switch parts.count {
        case 1:
            guard let first = CalendarDate(year: year, month: 1, day: 1),
                let last = CalendarDate(year: year, month: 12, day: 31)
            else { return nil }
            (self.first, self.last) = (first, last)
        case 2:
            guard parts[1].count == 2, let month = Int(parts[1]),
                let first = CalendarDate(year: year, month: month, day: 1),
                let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
            else { return nil }
            (self.first, self.last) = (first, last)
        default:
            guard let day = CalendarDate(iso: trimmed) else { return nil }
            (self.first, self.last) = (day, day)
        }
        description = trimmed
    }
}
