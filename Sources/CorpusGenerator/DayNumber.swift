import Minutes

/// Calendar arithmetic on days counted from 1970-01-01, enough to lay meetings out over twenty years.
enum DayNumber {
    /// The day number of `date`.
    static func of(_ date: CalendarDate) -> Int {
        // Howard Hinnant's days_from_civil.
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let monthIndex = date.month > 2 ? date.month - 3 : date.month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of day number `day`.
    static func date(_ day: Int) -> CalendarDate {
        let shifted = day + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)!
    }

    /// The weekday of day number `day`: 0 Monday … 6 Sunday.
    static func weekday(_ day: Int) -> Int {
        // 1970-01-01 was a Thursday.
        ((day % 7) + 7 + 3) % 7
    }

    /// Whether Danish clocks are on summer time on `date` (last Sunday of March to last Sunday of October).
    static func isSummerTime(_ date: CalendarDate) -> Bool {
        switch date.month {
        case 4...9: return true
        case 3, 10:
            let last = of(CalendarDate(year: date.year, month: date.month, day: 31)!)
            let lastSunday = last - (weekday(last) + 1) % 7
            let day = of(date)
            return date.month == 3 ? day >= lastSunday : day < lastSunday
        default: return false
        }
    }
}
