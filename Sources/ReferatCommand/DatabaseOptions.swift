import ArgumentParser

/// The index location, shared by every subcommand.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The index folder, a Xapian stub file listing shards, or a folder of shards.")
    var db = "Index"
}
