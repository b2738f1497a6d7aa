import Minutes

/// Dates written in tests, where a bad literal is a test bug.
enum CalendarDateLiteral {
    static func make(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)!
    }
}
