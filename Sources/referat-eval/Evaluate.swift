import ArgumentParser
import Foundation
import Referat

/// `referat-eval score` (the default): how well referat's Danish analysis finds what readers judged relevant, next
/// to plain Xapian Danish stemming on the same items.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score referat and a plain-stemming baseline on the judged query set: recall@10, nDCG@10, MRR."
    )

    @Option(help: "The judged queries.")
    var judgments = "Tests/Evaluation/judged-queries.json"

    @Option(help: "The word-level judgments: compound-part and over-stemming queries.")
    var words = "Tests/Evaluation/word-queries.json"

    @Option(help: "Hits looked at for the reciprocal rank.")
    var depth = 100

    @Flag(help: "Print each query's scores too.")
    var verbose = false

    @Argument(help: "Files or folders of minutes to index (the judged set was made on Corpus/).")
    var paths: [String] = ["Corpus"]

    func run() throws {
        let set = try JSONDecoder().decode(JudgedQuerySet.self, from: Data(contentsOf: URL(fileURLWithPath: judgments)))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("referat-eval-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }

        let wordJudgments = try JSONDecoder().decode(
            WordJudgments.self,
            from: Data(contentsOf: URL(fileURLWithPath: words))
        )
        var scores: [String: [String: [RankingMetrics]]] = [:]
        var wordScores: [String: WordScores] = [:]
        for analysis in [Analysis.baseline, .referat] {
            let index = folder.appendingPathComponent(analysis.description).path
            _ = try Indexer(databasePath: index, analysis: analysis).index(paths: paths)
            let searcher = try Searcher(databasePath: index)
            wordScores[analysis.description] = try WordScores(wordJudgments, searcher: searcher)
            for query in set.queries {
                let ranking: [String]
                do {
                    ranking = try searcher.search(query.request(limit: depth)).hits.map(\.id)
                } catch {
                    ranking = []
                    print("\(analysis) \(query.id): \(error)")
                }
                let metrics = RankingMetrics(ranking: ranking, judgments: query.relevant)
                scores[analysis.description, default: [:]][query.group, default: []].append(metrics)
                if verbose {
                    print(
                        String(
                            format: "%@ %-40@ recall %.2f  nDCG %.2f  RR %.2f",
                            analysis.description,
                            query.id,
                            metrics.recallAt10,
                            metrics.ndcgAt10,
                            metrics.reciprocalRank
                        )
                    )
                }
            }
        }
        print(Self.table(scores, groups: Self.groups(in: set)))
        if let baseline = wordScores["baseline"], let referat = wordScores["referat"] {
            print()
            print(WordScores.table(baseline: baseline, referat: referat))
            if verbose { print(referat.misses()) }
        }
    }

    private static func groups(in set: JudgedQuerySet) -> [String] {
        var seen: [String] = []
        for query in set.queries where !seen.contains(query.group) { seen.append(query.group) }
        return seen
    }

    /// A table with one row per group and overall: baseline and referat side by side for each measure.
    private static func table(_ scores: [String: [String: [RankingMetrics]]], groups: [String]) -> String {
        var lines = [
            "group           queries   recall@10 base → referat   nDCG@10 base → referat   MRR base → referat"
        ]
        func row(_ name: String, _ baseline: [RankingMetrics], _ referat: [RankingMetrics]) -> String {
            let (br, bn, bm) = RankingMetrics.mean(baseline)
            let (rr, rn, rm) = RankingMetrics.mean(referat)
            let label = name.padding(toLength: 15, withPad: " ", startingAt: 0)
            return label
                + String(
                    format: " %7d   %9.3f → %.3f (%+.3f)   %7.3f → %.3f (%+.3f)   %5.3f → %.3f (%+.3f)",
                    referat.count,
                    br,
                    rr,
                    rr - br,
                    bn,
                    rn,
                    rn - bn,
                    bm,
                    rm,
                    rm - bm
                )
        }
        for group in groups {
            lines.append(row(group, scores["baseline"]?[group] ?? [], scores["referat"]?[group] ?? []))
        }
        lines.append(
            row(
                "all",
                groups.flatMap { scores["baseline"]?[$0] ?? [] },
                groups.flatMap { scores["referat"]?[$0] ?? [] }
            )
        )
        return lines.joined(separator: "\n")
    }
}
