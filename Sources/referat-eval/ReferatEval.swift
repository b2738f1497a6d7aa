import ArgumentParser

/// `referat-eval`: measures of referat's quality on real minutes; `score` runs when no subcommand is named.
@main
struct ReferatEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referat-eval",
        abstract: "Measure referat on real minutes: search quality (score, the default), votes, compound splits.",
        subcommands: [Evaluate.self, VoteCoverage.self, SplitDump.self],
        defaultSubcommand: Evaluate.self
    )
}
