import Foundation

/// Standard measures of one ranked result list against graded judgments.
struct RankingMetrics: Sendable {
    /// Share of the relevant items found in the first 10 hits.
    var recallAt10: Double
    /// Discounted cumulative gain of the first 10 hits (gain 2^grade − 1), over the best possible.
    var ndcgAt10: Double
    /// 1 / rank of the first relevant hit, 0 if none is found.
    var reciprocalRank: Double

    /// Scores `ranking` (item ids, best first) against `judgments` (id → grade).
    init(ranking: [String], judgments: [String: Int]) {
        let relevant = judgments.filter { $0.value > 0 }
        let top = Array(ranking.prefix(10))
        recallAt10 = relevant.isEmpty ? 0 : Double(top.filter { relevant[$0] != nil }.count) / Double(relevant.count)
        let gains = top.map { Self.gain(relevant[$0] ?? 0) }
        let ideal = relevant.values.sorted(by: >).prefix(10).map(Self.gain)
        let best = Self.discounted(Array(ideal))
        ndcgAt10 = best > 0 ? Self.discounted(gains) / best : 0
        reciprocalRank = ranking.firstIndex { relevant[$0] != nil }.map { 1 / Double($0 + 1) } ?? 0
    }

    /// The mean of each measure over `scores`.
    static func mean(_ scores: [RankingMetrics]) -> (recall: Double, ndcg: Double, mrr: Double) {
        guard !scores.isEmpty else { return (0, 0, 0) }
        let count = Double(scores.count)
        return (
            scores.map(\.recallAt10).reduce(0, +) / count,
            scores.map(\.ndcgAt10).reduce(0, +) / count,
            scores.map(\.reciprocalRank).reduce(0, +) / count
        )
    }

    private static func gain(_ grade: Int) -> Double { pow(2, Double(grade)) - 1 }

    private static func discounted(_ gains: [Double]) -> Double {
        gains.enumerated().map { $0.element / log2(Double($0.offset + 2)) }.reduce(0, +)
    }
}
