/// A bar chart of hits over time as SVG geometry: the template draws one bar per year or month, each a link to the
/// search narrowed to it. Numbers only; no markup is made here.
struct ChartView: Sendable {
    /// One period's count.
    struct Period: Sendable {
        let label: String
        let count: Int
        let href: String
    }

    /// One bar and its labels, in the SVG's user units.
    struct Bar: Sendable {
        let x: Int
        let y: Int
        let width: Int
        let height: Int
        let labelX: Int
        let countY: Int
        let label: String
        /// Whether the period's label is drawn: under narrow bars only every second or third is, the newest always.
        let showsLabel: Bool
        let count: String
        let title: String
        let href: String
    }

    let width: Int
    let height: Int
    let baseline: Int
    let labelY: Int
    let bars: [Bar]
    /// Whether the counts fit above the bars; when they do not, each bar's title still says its count.
    let showsCounts: Bool
    /// What the chart shows, for screen readers and as its caption.
    let caption: String

    private static let plotHeight = 120
    private static let top = 18

    /// Bars for `periods`, oldest first; `nil` for fewer than two periods, where a chart says nothing.
    init?(periods: [Period], caption: String) {
        guard periods.count >= 2 else { return nil }
        // Wide bars for a few periods, narrower for many, within a phone's width (352 of a 390-pixel screen's 358
        // inside the page's margins) for up to a dozen; more scroll sideways.
        let slot = max(28, min(72, 352 / periods.count))
        let gap = slot / 5
        let largest = max(1, periods.map(\.count).max() ?? 1)
        width = slot * periods.count
        baseline = Self.top + Self.plotHeight
        labelY = baseline + 16
        height = labelY + 6
        self.caption = caption
        // About 7 units a character at the template's font size, so that neighbouring counts never run together.
        let widest = periods.map { DanishFormat.number($0.count).count }.max() ?? 0
        showsCounts = slot >= 7 * widest + 4
        let longestLabel = periods.map(\.label.count).max() ?? 0
        let labelEvery = (7 * longestLabel + 6 + slot - 1) / slot
        bars = periods.enumerated().map { index, period in
            let barHeight = period.count == 0 ? 0 : max(2, period.count * Self.plotHeight / largest)
            let x = index * slot + gap / 2
            let y = Self.top + Self.plotHeight - barHeight
            return Bar(
                x: x,
                y: y,
                width: slot - gap,
                height: barHeight,
                labelX: x + (slot - gap) / 2,
                countY: y - 4,
                label: period.label,
                showsLabel: (periods.count - 1 - index) % labelEvery == 0,
                count: DanishFormat.number(period.count),
                title: "\(period.label): \(DanishFormat.count(period.count, "punkt", "punkter"))",
                href: period.href
            )
        }
    }
}
