import ArgumentParser

/// The index location, shared by every subcommand.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The index folder (or a stub file listing shards).")
    var db = "Index"
}
