import ArgumentParser
import CorpusGenerator
import Foundation

/// `referat-generate`: writes a large, realistic corpus of minutes built from the real items in a corpus.
@main
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referat-generate",
        abstract: "Generate a seeded corpus of Danish council minutes in the real input formats.",
        discussion: """
            Items are drawn from the real minutes in --corpus and spread over the 98 municipalities (or those \
            given with --municipality), 2005–2024, written as FirstAgenda JSON or eDoc XML, one meeting per file, \
            in OUT/<municipality>/<year>/. The same seed and options always give the same bytes.
            """
    )

    @Option(help: "How many agenda items to make in all.")
    var items = 100_000

    @Option(help: "The seed; the same seed gives the same corpus.")
    var seed: UInt64 = 1

    @Option(help: "The folder of real minutes to draw items from.")
    var corpus = "Corpus"

    @Option(name: .customLong("municipality"), help: "Only this municipality (repeatable); default all 98.")
    var municipalities: [String] = []

    @Flag(help: "Write into OUT even if it is not empty.")
    var force = false

    @Argument(help: "The folder to write the corpus into.")
    var out: String

    func validate() throws {
        guard items > 0 else { throw ValidationError("--items must be at least 1.") }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        if !contents.isEmpty, !force {
            throw ValidationError("\(out) is not empty; pass --force to write into it anyway.")
        }
    }

    func run() throws {
        do {
            let pool = try SourcePool.load(from: URL(fileURLWithPath: corpus))
            let generator = try CorpusGenerator(
                pool: pool,
                items: items,
                seed: seed,
                municipalities: municipalities
            )
            let terminal = isatty(STDERR_FILENO) == 1
            let summary = try generator.write(to: URL(fileURLWithPath: out)) { sofar in
                guard terminal else { return }
                FileHandle.standardError.write(Data("\r\u{1B}[K\(sofar.items) of \(items) items".utf8))
            }
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            print("Generated \(out) from \(pool.items.count) real items in \(corpus) (seed \(seed))")
            // `%ld`: `Int` is 64 bits, and a million items are more than 4 GB.
            print(String(format: "  items      %12ld", summary.items))
            print(String(format: "  meetings   %12ld", summary.meetings))
            print(String(format: "  files      %12ld", summary.files))
            print(String(format: "  bytes      %12ld (%.1f MB)", summary.bytes, Double(summary.bytes) / 1_000_000))
            print(String(format: "  seconds    %12.2f", summary.seconds))
        } catch let error as GeneratorError {
            FileHandle.standardError.write(Data("referat-generate: \(error)\n".utf8))
            Foundation.exit(1)
        }
    }
}
