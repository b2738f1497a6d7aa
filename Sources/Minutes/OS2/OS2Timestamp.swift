/// The date-and-time stamps of OS2dagsorden publishing XML, e.g. `04-12-2012 13:00:00` or `15-05-2013 16:30`.
struct OS2Timestamp: Equatable {
    /// The calendar date.
    var date: CalendarDate
    /// `HH:MM`, or `nil` when the stamp has no time or says midnight (systems write `00:00:00` for "no time").
    var time: String?

    /// Parses `text`; `nil` when it holds no date.
    init?(_ text: String) {
        guard let date = DanishDate.parse(text) else { return nil }
        self.date = date
        let clock = text.split(separator: " ").dropFirst().first { $0.contains(":") }
        let parts = clock.map { $0.split(separator: ":").prefix(2).compactMap { Int($0) } } ?? []
        if parts.count == 2, parts[0] < 24, parts[1] < 60, parts != [0, 0] {
            time = (parts[0] < 10 ? "0" : "") + "\(parts[0]):" + (parts[1] < 10 ? "0" : "") + "\(parts[1])"
        } else {
            time = nil
        }
    }
}
