import ArgumentParser

/// `referat-bench`: measures referat on a corpus, alone (`corpus`) or beside Omega and SQLite FTS5 (`compare`).
@main
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referat-bench",
        abstract: "Measure indexing and search speed of referat, alone or beside its peers.",
        subcommands: [CorpusCommand.self, CompareCommand.self, FTS5IndexCommand.self],
        defaultSubcommand: CorpusCommand.self
    )
}
