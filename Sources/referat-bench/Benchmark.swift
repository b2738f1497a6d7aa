import ArgumentParser

/// `referat-bench`: measures referat on a corpus.
@main
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referat-bench",
        abstract: "Measure indexing and search speed of referat.",
        subcommands: [CorpusCommand.self],
        defaultSubcommand: CorpusCommand.self
    )
}
