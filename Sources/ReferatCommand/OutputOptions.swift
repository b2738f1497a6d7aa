import ArgumentParser
import Referat

/// The output format, shared by the commands that list items, and the one place an answer is printed.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text, json (hits, total and facets), ndjson (a hit per line) or csv.")
    var format: OutputFormat = .text

    /// Prints `answer` in the chosen format: text styled when standard output is a colour terminal.
    ///
    /// - Throws: ``StandardOutput/WriteError`` when standard output cannot be written.
    func print(_ answer: Answer) throws {
        try Terminal.printLines(
            format.render(answer, style: TextStyle(enabled: Terminal.stdoutWantsColor), width: TerminalWidth.current)
        )
    }
}
