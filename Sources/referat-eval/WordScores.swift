import Foundation
import Referat

/// Every ``WordMeasures`` score of one index, and the table that compares two.
struct WordScores {
    /// The compound-part queries' scores, in file order.
    var compounds: [WordMeasures.CompoundScore]
    /// The over-stemming queries' scores, in file order.
    var precision: [WordMeasures.PrecisionScore]

    /// Scores every query of `judgments` with `searcher`.
    init(_ judgments: WordJudgments, searcher: Searcher) throws {
        let items = try WordMeasures.itemWords(searcher)
        let vocabulary = items.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        compounds = try judgments.compoundQueries.map {
            try WordMeasures.score($0, searcher: searcher, items: items, vocabulary: vocabulary)
        }
        precision = try judgments.precisionQueries.map {
            try WordMeasures.score($0, searcher: searcher, items: items)
        }
    }

    /// The share of all returned items that have the word only through a false split.
    var falseShare: Double {
        let returned = compounds.reduce(0) { $0 + $1.returned }
        return returned == 0 ? 0 : Double(compounds.reduce(0) { $0 + $1.falseHits }) / Double(returned)
    }

    /// For each compound query, the compounds of the items it missed and the false splits of those it should
    /// not have returned, most items first: where the splitter goes wrong.
    func misses(atMost count: Int = 25) -> String {
        func list(_ counts: [String: Int]) -> String {
            counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(count).map { "\($0.key) \($0.value)" }
                .joined(separator: ", ")
        }
        return compounds.filter { !$0.missed.isEmpty || !$0.falselySplit.isEmpty }.map {
            "\($0.id): missed \(list($0.missed)); falsely split \(list($0.falselySplit))"
        }
        .joined(separator: "\n")
    }

    /// Per query and overall, baseline next to referat.
    static func table(baseline: WordScores, referat: WordScores) -> String {
        var lines = [
            "compound part          items   recall base → referat   false hits base → referat   returned base → referat"
        ]
        for (base, ours) in zip(baseline.compounds, referat.compounds) {
            lines.append(
                base.id.padding(toLength: 22, withPad: " ", startingAt: 0)
                    + String(
                        format: " %5d   %11.3f → %.3f   %15d → %-7d   %13d → %d",
                        ours.compoundOnly,
                        base.recall,
                        ours.recall,
                        base.falseHits,
                        ours.falseHits,
                        base.returned,
                        ours.returned
                    )
            )
        }
        func summary(_ scores: WordScores) -> (min: Double, mean: Double) {
            let recalls = scores.compounds.map(\.recall)
            return (recalls.min() ?? 1, recalls.reduce(0, +) / Double(max(1, recalls.count)))
        }
        let (baseMin, baseMean) = summary(baseline)
        let (oursMin, oursMean) = summary(referat)
        lines.append(
            String(
                format: "recall: lowest %.3f → %.3f, mean %.3f → %.3f; false-split share %.2f%% → %.2f%%",
                baseMin,
                oursMin,
                baseMean,
                oursMean,
                100 * baseline.falseShare,
                100 * referat.falseShare
            )
        )
        lines.append("")
        lines.append("over-stemming          precision@10 base → referat   hits base → referat")
        for (base, ours) in zip(baseline.precision, referat.precision) {
            lines.append(
                base.id.padding(toLength: 22, withPad: " ", startingAt: 0)
                    + String(format: " %17.3f → %.3f   %9d → %d", base.precision, ours.precision, base.top, ours.top)
            )
        }
        let mean = { (scores: [WordMeasures.PrecisionScore]) in
            scores.map(\.precision).reduce(0, +) / Double(max(1, scores.count))
        }
        lines.append(
            String(format: "precision@10: mean %.3f → %.3f", mean(baseline.precision), mean(referat.precision))
        )
        return lines.joined(separator: "\n")
    }
}
