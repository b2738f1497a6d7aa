import Foundation
import Minutes
import Testing

@Suite("Meeting dates outside 1970 to next year")
struct MeetingDateRangeTests {
    static let lastYear = MeetingDateRange.currentYear + 1

    static let greve = "greve/greve_plan-og-tryghedsudvalget_2022-10-11.json"
    static let eDoc = "ballerup/" + BallerupFiles.eDoc

    @Test(arguments: [
        (greve, "2022-10-11T16:45", "0000-01-01T16:45", "0000-01-01"),
        (greve, "2022-10-11T16:45", "1969-12-31T16:45", "1969-12-31"),
        (greve, "2022-10-11T16:45", "\(lastYear + 1)-01-01T16:45", "\(lastYear + 1)-01-01"),
        (greve, "2022-10-11T16:45", "9999-10-11T16:45", "9999-10-11"),
        (eDoc, "<MeetingDate>04-12-2012", "<MeetingDate>04-12-1900", "1900-12-04"),
    ])
    func isRejectedNamingTheDate(path: String, published: String, replacement: String, date: String) throws {
        let data = try TestFiles.data(atFixturePath: path, replacing: published, with: replacement)
        let error = try BallerupFiles.error(loading: data, as: URL(fileURLWithPath: path).lastPathComponent)
        #expect(error?.reason == "implausible meeting date \(date) (expected 1970–\(Self.lastYear))")
    }

    @Test(arguments: [
        ("1970-01-01T16:45", CalendarDate(year: 1970, month: 1, day: 1)),
        ("\(lastYear)-12-31T16:45", CalendarDate(year: lastYear, month: 12, day: 31)),
    ])
    func theFirstAndLastDaysAreAccepted(replacement: String, date: CalendarDate?) throws {
        let data = try TestFiles.data(atFixturePath: Self.greve, replacing: "2022-10-11T16:45", with: replacement)
        #expect(try BallerupFiles.load(data, as: "greve_plan.json").date == date)
    }
}
