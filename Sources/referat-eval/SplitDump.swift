import ArgumentParser
import Foundation
import Referat

/// `referat-eval splits`: how the compound splitter treats each word of a list, to review its decisions by eye.
struct SplitDump: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "splits",
        abstract: "Print each word of a list (one per line) that the compound splitter splits, with its parts."
    )

    @Argument(help: "A file of words, one per line, e.g. the words of Corpus/ by frequency.")
    var words: String

    func run() throws {
        guard let splitter = CompoundSplitter.systemDefault() else {
            throw ValidationError("no word list at \(CompoundSplitter.systemWordList.path) (Debian: wdanish)")
        }
        let list = try String(contentsOfFile: words, encoding: .utf8).split(whereSeparator: \.isNewline)
        for word in list {
            let parts = splitter.parts(of: String(word))
            if !parts.isEmpty { print("\(word) \(splitter.contains(String(word)) ? "known" : "new") \(parts)") }
        }
    }
}
