import Foundation
import Referat

/// A search's result and the counts its hits-over-time chart needs: per year from the result's year facet, or, when
/// every match is in one year, per month of that year from one counting search each.
struct SearchWithChart: Sendable {
    let result: SearchResult
    /// The year all matches are in, and the matches in each of its months, when that is so.
    let months: (year: Int, counts: [Int])?

    /// Runs `search` with `searcher`.
    static func run(_ search: WebSearch, with searcher: Searcher) throws -> SearchWithChart {
        let request = search.request(groupedByDefault: true)
        let result = try searcher.search(request)
        let years = result.counts(of: IndexSchema.year)
        guard years.count == 1, let year = Int(years[0].value) else {
            return SearchWithChart(result: result, months: nil)
        }
        var counting = request
        if result.corrected, let suggestion = result.suggestion { counting.query = suggestion }
        counting.offset = 0
        counting.limit = 0
        counting.group = nil
        let counts = try (1...12).map { month in
            counting.filters[IndexSchema.month] = [String(format: "%04d%02d", year, month)]
            return try searcher.search(counting).total
        }
        return SearchWithChart(result: result, months: (year, counts))
    }

    /// The chart of the result for `search`, each bar linking to the search narrowed to its period.
    func chart(for search: WebSearch, limits: WebLimits) -> ChartView? {
        if let months {
            let periods = months.counts.enumerated().map { index, count in
                var narrowed = search
                narrowed.from = DateBound(String(format: "%04d-%02d", months.year, index + 1))
                narrowed.to = narrowed.from
                narrowed.page = 1
                return ChartView.Period(
                    label: String(DanishFormat.months[index].prefix(3)),
                    count: count,
                    href: Links.search(narrowed, limits: limits)
                )
            }
            return ChartView(periods: periods, caption: "Punkter pr. måned i \(months.year)")
        }
        let counts = Dictionary(
            result.counts(of: IndexSchema.year).compactMap { count in Int(count.value).map { ($0, count.count) } },
            uniquingKeysWith: +
        )
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return nil }
        let periods = (first...last).map { year in
            ChartView.Period(
                label: String(year),
                count: counts[year] ?? 0,
                href: Links.search(search.adding(String(year), to: IndexSchema.year), limits: limits)
            )
        }
        return ChartView(periods: periods, caption: "Punkter pr. år")
    }
}
