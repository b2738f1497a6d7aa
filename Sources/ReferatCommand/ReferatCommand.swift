import ArgumentParser
import Foundation

/// `referat`: index and search Danish municipal council minutes.
@main
struct ReferatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referat",
        abstract: "Index and search Danish municipal council minutes (referater).",
        subcommands: [IndexCommand.self, SearchCommand.self, CaseCommand.self, ShowCommand.self, CompactCommand.self]
    )

    /// Runs the command; every error other than help and usage becomes one line on stderr and a non-zero exit.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is CleanExit {
                exit(withError: error)
            }
            Terminal.printError(message(for: error))
            Foundation.exit(code.rawValue)
        }
    }
}
