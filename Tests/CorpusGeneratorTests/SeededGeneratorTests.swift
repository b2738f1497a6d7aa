import Testing

@testable import CorpusGenerator

@Suite struct SeededGeneratorTests {
    @Test func sameSeedSameSequence() {
        var first = SeededGenerator(seed: 7)
        var second = SeededGenerator(seed: 7)
        #expect((0..<5).map { _ in first.next() } == (0..<5).map { _ in second.next() })
    }

    @Test func drawsStayInRange() {
        var generator = SeededGenerator(seed: 3)
        let draws = (0..<1000).map { _ in generator.int(in: 8...20) }
        #expect(draws.allSatisfy { (8...20).contains($0) })
        #expect(Set(draws).count == 13)
    }

    @Test func dayNumbersRoundTrip() {
        for day in stride(from: -1000, to: 30_000, by: 37) {
            #expect(DayNumber.of(DayNumber.date(day)) == day)
        }
        // 2024-12-31 was a Tuesday; summer time began on 31 March 2024.
        #expect(DayNumber.weekday(DayNumber.of(CalendarDateLiteral.make(2024, 12, 31))) == 1)
        #expect(DayNumber.isSummerTime(CalendarDateLiteral.make(2024, 3, 31)))
        #expect(!DayNumber.isSummerTime(CalendarDateLiteral.make(2024, 3, 30)))
        #expect(!DayNumber.isSummerTime(CalendarDateLiteral.make(2024, 10, 27)))
        #expect(DayNumber.isSummerTime(CalendarDateLiteral.make(2024, 10, 26)))
    }
}
