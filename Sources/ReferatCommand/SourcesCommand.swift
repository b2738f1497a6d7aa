import ArgumentParser
import Foundation
import Harvest

/// `referat sources`: how current each source's archive is.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Show each source's last harvest, newest meeting, what is held and whether it is stale.",
        discussion: """
            A source is stale when its last run listed no meetings, or when a committee has had nothing new for \
            more than twice its usual interval between meetings. Exit status 1 when any source is stale or its \
            last run failed, so cron can alert.
            """
    )

    @OptionGroup var options: HarvestOptions

    @Option(help: "Judge staleness as of this day, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument {
        case text, json
    }

    func validate() throws {
        if let asOf, asOf.count != 10 || asOf.split(separator: "-").compactMap({ Int($0) }).count != 3 {
            throw ValidationError("--as-of must be a day as YYYY-MM-DD, not \(asOf)")
        }
    }

    func run() throws {
        let today = asOf ?? Date().formatted(.iso8601.year().month().day())
        let corpus = URL(fileURLWithPath: options.corpus, isDirectory: true)
        let statuses = try options.selectedSources().map { SourceStatus(source: $0, corpus: corpus, today: today) }
        switch format {
        case .text: print(statuses.map(Self.text).joined(separator: "\n"))
        case .json: print(try Self.json(statuses))
        }
        if statuses.contains(where: \.needsAttention) { throw ExitCode.failure }
    }

    private static func text(_ status: SourceStatus) -> String {
        var lines = [
            "\(status.source.municipality)  \(status.source.baseURL.absoluteString)  "
                + (status.staleReason != nil ? "STALE" : status.lastError != nil ? "FAILING" : "ok"),
            "  last successful harvest: \(status.lastSuccess ?? "never")",
            "  newest meeting: \(status.newestMeeting ?? "none"); \(status.meetings) meetings, \(status.items) items",
            "  last error: \(status.lastError ?? "none")",
        ]
        if let reason = status.staleReason { lines.append("  stale: \(reason)") }
        return lines.joined(separator: "\n")
    }

    private static func json(_ statuses: [SourceStatus]) throws -> String {
        let objects: [[String: Any]] = statuses.map { status in
            [
                "municipality": status.source.municipality,
                "site": status.source.baseURL.absoluteString,
                "kind": status.source.kind.rawValue,
                "folder": status.source.folder,
                "last_success": status.lastSuccess ?? NSNull(),
                "newest_meeting": status.newestMeeting ?? NSNull(),
                "meetings": status.meetings,
                "items": status.items,
                "last_error": status.lastError ?? NSNull(),
                "last_listed": status.lastListed ?? NSNull(),
                "stale": status.staleReason != nil,
                "stale_reason": status.staleReason ?? NSNull(),
            ]
        }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
