import Minutes

/// Generates one municipality's meetings in date order, 2005–2024, until its share of the items is reached.
///
/// Meetings are spread evenly over the twenty years and take turns: two specialist committees, then the finance
/// committee, then the council. A share of the cases that a specialist committee treats goes on to the finance
/// committee's next meeting and from there to the council's, under the same case number and title, so that a
/// case's timeline has several decisions.
struct MunicipalityRun {
    /// A case on its way to a later meeting of another committee.
    private struct Pending {
        var caseNumber: String
        var source: Int
        var isClosed: Bool
        var day: Int
    }

    private let profile: MunicipalityProfile
    private let pool: SourcePool
    private let budget: Int
    private var generator: SeededGenerator
    private var toFinance: [Pending] = []
    private var toCouncil: [Pending] = []
    private var serials: [Int: Int] = [:]
    private var lastSitting: [String: (day: Int, sitting: Int)] = [:]

    /// The first and last day meetings may fall on.
    static let firstDay = DayNumber.of(CalendarDate(year: 2005, month: 1, day: 1)!)
    static let lastDayOfSpan = DayNumber.of(CalendarDate(year: 2024, month: 12, day: 31)!)

    /// A run for `profile` that makes `budget` items, drawing from `generator`.
    init(profile: MunicipalityProfile, pool: SourcePool, budget: Int, generator: SeededGenerator) {
        self.profile = profile
        self.pool = pool
        self.budget = budget
        self.generator = generator
    }

    /// Makes the meetings one at a time and hands each to `emit`; only the cases still pending are kept.
    mutating func run(_ emit: (GeneratedMeeting) throws -> Void) rethrows {
        var sizes: [Int] = []
        var total = 0
        while total < budget {
            let size = min(generator.int(in: 8...20), budget - total)
            sizes.append(size)
            total += size
        }
        let span = Self.lastDayOfSpan - Self.firstDay + 1
        var specialist = generator.below(profile.committees.count)
        for (index, size) in sizes.enumerated() {
            let committee: String
            switch index % 4 {
            case 2: committee = CommitteeVocabulary.finance
            case 3: committee = profile.council
            default:
                committee = profile.committees[specialist % profile.committees.count]
                specialist += 1
            }
            let offset = (index * span + generator.below(span)) / sizes.count
            var day = Self.firstDay + offset
            // Weekends move to Monday, which keeps the days in order; the span ends on a Tuesday.
            if DayNumber.weekday(day) >= 5 { day += 7 - DayNumber.weekday(day) }
            var generated = meeting(committee: committee, day: day, size: size)
            generated.sitting = sitting(of: committee, on: day)
            try emit(generated)
        }
    }

    // The committee's first, second… meeting that day; a second one only when a municipality gets more meetings
    // than twenty years of weekdays hold (hundreds of thousands of items for one municipality).
    private mutating func sitting(of committee: String, on day: Int) -> Int {
        var sitting = 1
        if let last = lastSitting[committee], last.day == day { sitting = last.sitting + 1 }
        lastSitting[committee] = (day, sitting)
        return sitting
    }

    private mutating func meeting(committee: String, day: Int, size: Int) -> GeneratedMeeting {
        let date = DayNumber.date(day)
        var chosen: [(caseNumber: String, source: Int, isClosed: Bool, returning: Bool)] = []
        if committee == CommitteeVocabulary.finance || committee == profile.council {
            let isFinance = committee == CommitteeVocabulary.finance
            var queue = isFinance ? toFinance : toCouncil
            var kept: [Pending] = []
            for pending in queue {
                if pending.day < day, chosen.count < size - 2 {
                    chosen.append((pending.caseNumber, pending.source, pending.isClosed, true))
                } else {
                    kept.append(pending)
                }
            }
            queue = kept
            if isFinance { toFinance = queue } else { toCouncil = queue }
        }
        while chosen.count < size {
            chosen.append((caseNumber(for: date), generator.below(pool.items.count), generator.chance(3), false))
        }
        // Closed items come last, as on a real agenda.
        let ordered = chosen.filter { !$0.isClosed } + chosen.filter(\.isClosed)
        var items: [AgendaItem] = []
        var sources: [GeneratedMeeting.Source] = []
        for (index, entry) in ordered.enumerated() {
            var decision: Int?
            if entry.returning, !pool.decisions.isEmpty {
                let fitting = committee == profile.council ? pool.approvingDecisions : pool.recommendingDecisions
                decision = generator.pick(fitting)
            }
            sources.append(GeneratedMeeting.Source(item: entry.source, decision: decision))
            items.append(item(index + 1, entry.caseNumber, entry.isClosed, sources[index]))
            let onward = Pending(caseNumber: entry.caseNumber, source: entry.source, isClosed: entry.isClosed, day: day)
            if committee == CommitteeVocabulary.finance {
                if generator.chance(entry.returning ? 70 : 25) { toCouncil.append(onward) }
            } else if committee != profile.council, generator.chance(35) {
                toFinance.append(onward)
            }
        }
        let members = profile.members[committee] ?? []
        var absent: [String] = []
        for member in members where generator.chance(6) { absent.append(member) }
        let meeting = Meeting(
            municipality: profile.name,
            committee: committee,
            date: date,
            time: generator.pick(Self.times),
            place: committee == profile.council
                ? "Rådhuset, \(profile.council.lowercased())s sal" : generator.pick(Self.rooms),
            participants: members,
            absent: absent,
            items: items
        )
        return GeneratedMeeting(meeting: meeting, sources: sources)
    }

    // A case returning to a later meeting keeps its title and presentation and gets another real decision: one that
    // recommends at the finance committee, one that approves at the council.
    private mutating func item(
        _ number: Int,
        _ caseNumber: String,
        _ isClosed: Bool,
        _ source: GeneratedMeeting.Source
    )
        -> AgendaItem
    {
        let original = pool.items[source.item]
        var attachments = original.attachments
        if attachments.isEmpty, !pool.attachmentTitles.isEmpty, generator.chance(25) {
            for _ in 0..<generator.int(in: 1...3) { attachments.append(generator.pick(pool.attachmentTitles)) }
        }
        return original.agendaItem(
            number: String(number),
            caseNumber: caseNumber,
            isClosed: isClosed,
            decision: source.decision.map { pool.decisions[$0] },
            attachments: attachments
        )
    }

    // A new case opened this year, or late last year for a meeting early in the year.
    private mutating func caseNumber(for date: CalendarDate) -> String {
        let year = date.month <= 2 && date.year > 2005 && generator.chance(20) ? date.year - 1 : date.year
        let style = profile.caseStyle.serials
        let serial = (serials[year] ?? generator.int(in: style.start)) + generator.int(in: style.step)
        serials[year] = serial
        return profile.caseStyle.format(year: year, serial: serial, generator: &generator)
    }

    private static let times = ["08:00", "08:30", "15:00", "16:00", "16:30", "17:00", "19:00"]
    private static let rooms = ["Mødelokale 1", "Mødelokale 2", "Rådhuset, mødelokale 3", "Udvalgsværelset"]
}
