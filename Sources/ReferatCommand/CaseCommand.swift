import ArgumentParser
import Referat

/// `referat case`: the history of one case across committees.
struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "List every item on a case number, oldest first, with each decision.",
        discussion: "Exit status: 0 when items were found, 1 when none are on the case, 2 on an error."
    )

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var output: OutputOptions

    @Argument(help: "The case number, e.g. 21/24526.")
    var caseNumber: String

    func run() throws {
        let searcher = try Searcher(databasePath: database.db)
        if let warning = searcher.staleSchemaWarning { Terminal.printError("warning: \(warning)") }
        let items = try searcher.caseHistory(caseNumber)
        try output.print(.caseHistory(caseNumber: caseNumber, items: items))
        if items.isEmpty { throw ExitCode.nothingFound }
    }
}
