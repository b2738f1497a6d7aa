import Foundation

/// How current one source's archive is, from its state file: what `referat sources` prints.
public struct SourceStatus: Sendable {
    /// A committee whose newest meeting is older than its usual interval allows.
    public struct Overdue: Sendable, Equatable {
        /// The committee's name as published.
        public var committee: String
        /// Its newest meeting held, `YYYY-MM-DD`.
        public var newest: String
        /// The median number of days between its meetings.
        public var usualDays: Int
    }

    /// The source.
    public var source: HarvestSource
    /// When a run last ended without error, ISO 8601; `nil` when none has.
    public var lastSuccess: String?
    /// The newest meeting date held, `YYYY-MM-DD`.
    public var newestMeeting: String?
    /// Meetings held.
    public var meetings: Int
    /// Agenda items held.
    public var items: Int
    /// The last run's first error.
    public var lastError: String?
    /// How many meetings the last run found listed.
    public var lastListed: Int?
    /// Active committees with nothing new for longer than their usual interval.
    public var overdue: [Overdue]

    /// Why the source is stale, if it is: never harvested, its last run listed no meetings, or a committee is
    /// overdue.
    public var staleReason: String? {
        if lastListed == nil, lastSuccess == nil { return "never harvested" }
        if lastListed == 0 { return "the last run listed no meetings" }
        if let first = overdue.first {
            let more = overdue.count > 1 ? " and \(overdue.count - 1) more committees" : ""
            return "nothing new from \(first.committee) since \(first.newest) (usually every \(first.usualDays) days)"
                + more
        }
        return nil
    }

    /// Whether the source needs a look: stale, or its last run failed.
    public var needsAttention: Bool { staleReason != nil || lastError != nil }

    /// The status of `source` kept under `corpus`, judged as of `today` (`YYYY-MM-DD`).
    public init(source: HarvestSource, corpus: URL, today: String) {
        self.source = source
        let state = HarvestState.load(from: corpus.appendingPathComponent(source.folder, isDirectory: true))
        let held = state.map { Array($0.meetings.values) } ?? []
        lastSuccess = state?.lastSuccess
        lastError = state?.lastError
        lastListed = state?.lastListed
        meetings = held.count
        items = held.reduce(0) { $0 + $1.items }
        newestMeeting = held.map(\.date).max()
        overdue = Self.overdue(held, today: today)
    }

    // A committee with at least three meetings held, not dissolved, whose newest is more than twice its median
    // interval (and a week) before today.
    private static func overdue(_ meetings: [HarvestState.Meeting], today: String) -> [Overdue] {
        guard let now = day(today) else { return [] }
        var result: [Overdue] = []
        for (committee, held) in Dictionary(grouping: meetings.filter { !$0.historic }, by: \.committee) {
            let days = Set(held.compactMap { day($0.date) }).sorted()
            guard days.count >= 3, let newest = days.last, newest <= now else { continue }
            let gaps = zip(days.dropFirst(), days).map { $0 - $1 }.sorted()
            let usual = gaps[gaps.count / 2]
            if now - newest > 2 * usual + 7 {
                result.append(Overdue(committee: committee, newest: iso(newest), usualDays: usual))
            }
        }
        return result.sorted { ($0.newest, $0.committee) < ($1.newest, $1.committee) }
    }

    // Days since 1970-01-01 of `YYYY-MM-DD`.
    private static func day(_ text: String) -> Int? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        guard let date = calendar.date(from: components) else { return nil }
        return Int((date.timeIntervalSince1970 / 86_400).rounded())
    }

    private static func iso(_ day: Int) -> String {
        let date = Date(timeIntervalSince1970: Double(day) * 86_400)
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar
    }()
}
