import CorpusGenerator
import Foundation
import Minutes
import Testing

/// The generated corpus has the shape the issue asks for: the item count asked for, real municipalities and
/// committees, twenty years of dates, recurring cases, closed items, and text from the real items.
@Suite struct CorpusShapeTests {
    private static let twoMunicipalities = try! CorpusGenerator(
        pool: GeneratedCorpus.pool,
        items: 2000,
        seed: 1,
        municipalities: ["Greve", "Ballerup"]
    )
    private static let meetings = GeneratedCorpus.meetings(twoMunicipalities)
    private static let items = meetings.flatMap { entry in entry.meeting.items.map { (entry.meeting, $0) } }

    @Test(arguments: [1, 97, 98, 1234])
    func writesExactlyTheItemsAskedFor(count: Int) throws {
        try GeneratedCorpus.withTemporaryFolder { folder in
            let summary = try CorpusGenerator(pool: GeneratedCorpus.pool, items: count, seed: 3).write(to: folder)
            #expect(summary.items == count)
            let loader = MinutesLoader()
            var read = 0
            var municipalities: Set<String> = []
            for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
            where url.pathExtension == "json" || url.pathExtension == "xml" {
                let meeting = try loader.load(fileAt: url)
                read += meeting.items.count
                municipalities.insert(meeting.municipality ?? "")
            }
            #expect(read == count)
            #expect(municipalities.count == min(count, 98))
            #expect(municipalities.isSubset(of: MunicipalityDirectory.all))
        }
    }

    @Test func allNinetyEightMunicipalitiesAreRealAndRecoverableFromTheirFolder() {
        #expect(MunicipalityProfile.allNames.count == 98)
        for name in MunicipalityProfile.allNames {
            let slug = MunicipalityProfile.slug(of: name)
            let url = URL(fileURLWithPath: "/out/\(slug)/2010/\(slug)_oekonomiudvalget_2010-01-04.json")
            #expect(MinutesLoader.municipality(forPath: url) == name, "\(slug)")
        }
    }

    @Test func unknownMunicipalityIsRefused() {
        #expect(throws: GeneratorError.self) {
            try CorpusGenerator(pool: GeneratedCorpus.pool, items: 10, seed: 1, municipalities: ["Atlantis"])
        }
    }

    @Test func committeesAreTheCouncilFinanceAndSixToTenSpecialistOnes() {
        let byMunicipality = Dictionary(grouping: Self.meetings, by: \.profile.name)
        #expect(byMunicipality.count == 2)
        for (_, entries) in byMunicipality {
            let profile = entries[0].profile
            #expect((8...12).contains(profile.committees.count + 2))
            let used = Set(entries.map(\.meeting.committee))
            #expect(used.contains("Økonomiudvalget"))
            #expect(used.contains(profile.council))
            #expect(used.isSubset(of: Set(profile.committees + ["Økonomiudvalget", profile.council])))
        }
        #expect(Set(byMunicipality.values.map { $0[0].profile.format.rawValue }) == ["firstAgenda", "eDoc"])
    }

    @Test func meetingsSpanTwentyYearsInDateOrderWithEightToTwentyItems() {
        for (_, entries) in Dictionary(grouping: Self.meetings, by: \.profile.name) {
            let dates = entries.map(\.meeting.date)
            #expect(Set(dates.map(\.year)) == Set(2005...2024))
            #expect(dates == dates.sorted())
            // Only the last meeting may be cut short by the item budget.
            #expect(entries.dropLast().allSatisfy { (8...20).contains($0.meeting.items.count) })
        }
    }

    @Test func casesRecurAcrossCommitteesWithLaterDates() throws {
        var timelines: [String: [(Meeting, AgendaItem)]] = [:]
        for (meeting, item) in Self.items {
            timelines["\(meeting.municipality!) \(item.caseNumber!)", default: []].append((meeting, item))
        }
        let recurring = timelines.values.filter { $0.count > 1 }
        let throughCouncil = recurring.filter { timeline in
            Set(timeline.map(\.0.committee)).count >= 3
        }
        #expect(recurring.count >= 50)
        #expect(throughCouncil.count >= 20)
        for timeline in recurring {
            let dates = timeline.map(\.0.date)
            #expect(zip(dates, dates.dropFirst()).allSatisfy { $0 < $1 })
            #expect(Set(timeline.map(\.1.title)).count == 1)
            #expect(Set(timeline.map(\.0.committee)).count == timeline.count)
            #expect(
                timeline.dropFirst().allSatisfy {
                    ["Økonomiudvalget", "Byrådet", "Kommunalbestyrelsen"].contains($0.0.committee)
                }
            )
            // A returning case gets a decision that fits: recommended by the finance committee, approved by the council.
            for (meeting, item) in timeline.dropFirst() {
                let decision = item.decision?.lowercased() ?? ""
                #expect(
                    decision.contains(meeting.committee == "Økonomiudvalget" ? "anbefal" : "godkend"),
                    "\(decision)"
                )
            }
        }
    }

    @Test func caseNumbersAreInRealStylesAndMatchTheYearOpened() throws {
        var firstSeen: [String: CalendarDate] = [:]
        for (meeting, item) in Self.items where firstSeen[item.caseNumber!] == nil {
            firstSeen[item.caseNumber!] = meeting.date
        }
        for (number, date) in firstSeen {
            #expect(CaseNumber.find(in: number) == number)
            let short = String(date.year % 100).count == 1 ? "0\(date.year % 100)" : String(date.year % 100)
            let previous = (date.year - 1) % 100 < 10 ? "0\((date.year - 1) % 100)" : String((date.year - 1) % 100)
            let years = [short, previous, String(date.year), String(date.year - 1)]
            let marked = years.contains { year in
                number.hasPrefix(year + "-") || number.hasPrefix(year + "/") || number.hasSuffix("-" + year)
            }
            #expect(marked, "\(number) opened \(date)")
        }
    }

    @Test func aFewItemsAreClosedAndComeLast() {
        let closed = Self.items.filter(\.1.isClosed).count
        #expect(closed > 10)
        #expect(closed * 100 < Self.items.count * 8)
        for (_, entry, _) in Self.meetings {
            let flags = entry.items.map(\.isClosed)
            #expect(flags == flags.sorted { !$0 && $1 })
        }
    }

    @Test func someMembersAreAbsentAndItemsHaveAttachments() {
        #expect(Self.meetings.contains { !$0.meeting.absent.isEmpty })
        #expect(Self.meetings.allSatisfy { Set($0.meeting.absent).isSubset(of: $0.meeting.participants) })
        #expect(Self.items.filter { !$0.1.attachments.isEmpty }.count > 100)
    }

    @Test func textIsDrawnFromTheRealItems() {
        let pool = GeneratedCorpus.pool
        let titles = Set(pool.items.map(\.title))
        let sections = Set(pool.items.flatMap { ($0.decision.map { [$0] } ?? []) + $0.absent + $0.body })
        let attachments = Set(pool.attachmentTitles)
        for (_, item) in Self.items {
            #expect(titles.contains(item.title))
            #expect(item.sections.allSatisfy { sections.contains($0) })
            #expect(item.attachments.allSatisfy { attachments.contains($0) })
        }
    }
}
