import Testing

@testable import ReferatServer

@Suite("The hits-over-time chart's geometry")
struct ChartViewTests {
    private static func years(_ range: ClosedRange<Int>) -> [ChartView.Period] {
        range.map { .init(label: String($0), count: $0 % 3 == 0 ? 0 : 1_000 + $0, href: "/?q=x&aar=\($0)") }
    }

    @Test("Up to a dozen years fit a phone's width, with labels that do not run together, the newest labelled")
    func aDozenYearsFitAPhone() throws {
        let chart = try #require(ChartView(periods: Self.years(2012...2023), caption: "Punkter pr. år"))
        // A 390-pixel phone shows 358 pixels inside the page's margins.
        #expect(chart.width <= 358)
        let labelled = chart.bars.filter(\.showsLabel)
        #expect(labelled.last?.label == "2023")
        // About 7 pixels a character at the chart's font size: neighbouring labels keep 6 pixels apart.
        for (left, right) in zip(labelled, labelled.dropFirst()) {
            #expect(right.labelX - left.labelX >= 7 * 4 + 6, "\(left.label) \(right.label)")
        }
        // Every bar still names its period and count, for a pointer and a screen reader.
        #expect(chart.bars.allSatisfy { $0.title.hasPrefix($0.label + ": ") })
    }

    @Test("A few years get wide bars, each labelled")
    func aFewYearsAreEachLabelled() throws {
        let chart = try #require(ChartView(periods: Self.years(2022...2023), caption: "Punkter pr. år"))
        #expect(chart.bars.allSatisfy { $0.showsLabel })
        #expect(chart.bars.allSatisfy { $0.width >= 50 })
        // One year alone says nothing over time.
        let single = ChartView(periods: Self.years(2023...2023), caption: "Punkter pr. år")
        #expect(single == nil)
    }
}
