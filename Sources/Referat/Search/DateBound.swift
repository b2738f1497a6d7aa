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

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or Danish `marts 2023`, `mar. 2023`, `7. marts 2023`; `nil` for
    /// anything else.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let iso = trimmed.contains(where: \.isLetter) ? Self.iso(fromDanish: trimmed) : trimmed
        guard let iso, let (first, last) = Self.days(iso: iso) else { return nil }
        self.first = first
        self.last = last
        description = trimmed
    }

    /// Parses a bound or a range of them as a query's `dato:` takes it: `2023-05`, `marts 2023`, `2022..2023-06`,
    /// `2022..` or `..2023-06`; `nil` when an end is not a date or the range is empty or backwards.
    public static func range(_ text: String) -> (from: DateBound?, to: DateBound?)? {
        guard let dots = text.range(of: "..") else {
            guard let bound = DateBound(text) else { return nil }
            return (bound, bound)
        }
        let start = text[..<dots.lowerBound].trimmingCharacters(in: .whitespaces)
        // The end may name the field again, `dato:2022..dato:2023`, as Xapian's own ranges allow.
        let end = String(text[dots.upperBound...].split(separator: ":", omittingEmptySubsequences: false).last ?? "")
            .trimmingCharacters(in: .whitespaces)
        guard !(start.isEmpty && end.isEmpty) else { return nil }
        let from = start.isEmpty ? nil : DateBound(start)
        let to = end.isEmpty ? nil : DateBound(end)
        guard start.isEmpty || from != nil, end.isEmpty || to != nil else { return nil }
        if let from, let to, from.first > to.last { return nil }
        return (from, to)
    }

    /// The first and last day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    private static func days(iso: String) -> (CalendarDate, CalendarDate)? {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        switch parts.count {
        case 1:
            guard let first = CalendarDate(year: year, month: 1, day: 1),
                let last = CalendarDate(year: year, month: 12, day: 31)
            else { return nil }
            return (first, last)
        case 2:
            guard parts[1].count == 2, let month = Int(parts[1]),
                let first = CalendarDate(year: year, month: month, day: 1),
                let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
            else { return nil }
            return (first, last)
        default:
            guard let day = CalendarDate(iso: iso) else { return nil }
            return (day, day)
        }
    }

    /// `7. marts 2023` → `2023-03-07`, `marts 2023` → `2023-03`.
    private static func iso(fromDanish text: String) -> String? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "." || $0 == "-" })
        guard (2...3).contains(words.count), let year = words.last.flatMap({ Int($0) }), (1000...9999).contains(year),
            let month = DanishDate.month(named: words[words.count - 2])
        else { return nil }
        let yearMonth = "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
        guard words.count == 3 else { return yearMonth }
        guard let day = Int(words[0]), (1...31).contains(day) else { return nil }
        return yearMonth + (day < 10 ? "-0\(day)" : "-\(day)")
    }
}
