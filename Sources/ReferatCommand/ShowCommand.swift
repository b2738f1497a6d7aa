import ArgumentParser
import Referat

/// `referat show`: one item in full.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one item in full: every section, the decision, attachments, source file and public URL."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Argument(help: "The item id, as every output prints it, e.g. greve-kommune/byraad/2022-01-14/2.")
    var id: String

    func validate() throws {
        guard format == .text || format == .json else {
            throw ValidationError("show prints text or json, not \(format.rawValue)")
        }
    }

    func run() throws {
        guard let item = try Searcher(databasePath: database.db).item(id: id) else {
            throw ValidationError("no item with id \(id) in \(database.db)")
        }
        switch format {
        case .json:
            try Terminal.printLines(JSONRenderer.render(item: item))
        default:
            let style = TextStyle(enabled: Terminal.stdoutWantsColor)
            try Terminal.printLines(TextRenderer(style: style, width: TerminalWidth.current).render(item: item))
        }
    }
}
