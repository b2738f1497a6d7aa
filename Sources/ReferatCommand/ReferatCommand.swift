import ArgumentParser
import Foundation

/// `referat`: index and search Danish municipal council minutes.
@main
struct ReferatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referat",
        abstract: "Index and search Danish municipal council minutes (referater).",
        subcommands: [
            IndexCommand.self, SearchCommand.self, CaseCommand.self, ShowCommand.self, CompactCommand.self,
            ServeCommand.self, HarvestCommand.self, SourcesCommand.self,
        ]
    )

    /// Runs the command. As with grep: `search` and `case` exit 0 when they found something and 1 when nothing
    /// matched (``ExitCode/nothingFound``); every error (no index, a malformed query, a bad option) is one line on
    /// stderr and exit status 2. `index` keeps its own: 1 when a file was skipped, 130 when interrupted.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            if exitCode(for: error) == .success || error is CleanExit {
                printHelp(for: error)
            }
            Terminal.printError(message(for: error))
            Foundation.exit(ExitCode.error.rawValue)
        }
    }

    /// Prints the help or version text that `error` asks for on standard output, checked as all output is, and exits
    /// with status 0, or with 2 when it cannot be written.
    private static func printHelp(for error: Error) -> Never {
        let text = fullMessage(for: error)
        do {
            try Terminal.printLines(text)
        } catch {
            Terminal.printError(error.description)
            Foundation.exit(ExitCode.error.rawValue)
        }
        Foundation.exit(ExitCode.success.rawValue)
    }
}

extension ExitCode {
    /// `search` or `case` found nothing, as grep's 1.
    static let nothingFound = ExitCode(1)
    /// The command could not do what was asked, as grep's 2.
    static let error = ExitCode(2)
}
