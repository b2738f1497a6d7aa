import ArgumentParser
import Referat

/// `referat case`: the history of one case across committees.
struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "List every item on a case number, oldest first, with each decision."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: text, json, ndjson (an item per line) or csv.")
    var format: OutputFormat = .text

    @Argument(help: "The case number, e.g. 21/24526.")
    var caseNumber: String

    func run() throws {
        let items = try Searcher(databasePath: database.db).caseHistory(caseNumber)
        switch format {
        case .text:
            print(
                TextRenderer(style: TextStyle(enabled: Terminal.stdoutWantsColor)).render(
                    caseNumber: caseNumber,
                    items: items
                )
            )
        case .json:
            print(JSONRenderer.render(caseNumber: caseNumber, items: items))
        case .ndjson:
            Terminal.printLines(JSONRenderer.renderLines(items))
        case .csv:
            print(CSVRenderer.render(items))
        }
    }
}
