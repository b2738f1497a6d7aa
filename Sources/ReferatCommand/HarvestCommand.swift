import ArgumentParser
import Foundation
import Harvest
import Referat
import Synchronization

/// `referat harvest`: fetch new and changed minutes from the sites in the sources file, then index them.
struct HarvestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harvest",
        abstract: "Fetch new and changed minutes (and attachments) from FirstAgenda sites, then index them.",
        discussion: """
            Each site's meetings go to CORPUS/<municipality>/, attachments to its hidden .bilag folder, what was \
            fetched to its .harvest.json; every file is written whole. Only meetings that are new or changed are \
            fetched. Exit status 1 when a site or a meeting failed (the others are still fetched), 130 when \
            interrupted.
            """
    )

    @OptionGroup var options: HarvestOptions
    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Write the files but do not index them.")
    var noIndex = false

    @Flag(help: "Do not fetch attachments (bilag).")
    var noAttachments = false

    @Option(help: "Seconds between requests to one host (0 only for a site on this machine).")
    var interval = 1.0

    @Option(help: "Seconds a request may wait to connect and for each part of its answer.")
    var timeout = 30.0

    @Option(help: "How many times a failed request is tried again, with growing waits.")
    var retries = 3

    func validate() throws {
        guard interval >= 0 else { throw ValidationError("--interval must be 0 or more") }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0") }
        guard retries >= 0 else { throw ValidationError("--retries must be 0 or more") }
    }

    func run() throws {
        let sources = try options.selectedSources()
        var settings = HarvestSettings()
        settings.interval = .milliseconds(Int(interval * 1000))
        settings.timeout = .milliseconds(Int(timeout * 1000))
        settings.backoff = min(settings.backoff, settings.timeout)
        settings.retries = retries
        settings.attachments = !noAttachments
        let harvester = Harvester(corpus: URL(fileURLWithPath: options.corpus, isDirectory: true), settings: settings)

        let stop = StopRequest()
        let interrupts = InterruptHandler(stop: stop)
        defer { withExtendedLifetime(interrupts) {} }
        let reports = Self.wait {
            await harvester.harvest(sources, shouldStop: { stop.isRequested }) { event in
                if case .failed(let site, let message) = event { Terminal.printError("\(site): \(message)") }
            }
        }
        for report in reports { print(Self.describe(report)) }

        var failed = reports.contains { !$0.errors.isEmpty }
        let written = reports.filter { !$0.written.isEmpty }.map(\.folder.path)
        if !noIndex, !written.isEmpty, !stop.isRequested {
            let indexer = try Indexer(databasePath: database.db)
            let summary = try indexer.index(paths: written, stop: stop) { event in
                if case .failed(let path, let reason) = event { Terminal.printError("skipped \(path): \(reason)") }
            }
            print(IndexCommand.describe(summary, database: database.db))
            failed = failed || !summary.failures.isEmpty
        }
        if stop.isRequested || reports.contains(where: \.interrupted) {
            Terminal.printError("interrupted: what was fetched is kept; run the same command again to go on")
            throw ExitCode(130)
        }
        if failed { throw ExitCode.failure }
    }

    /// One line per site: what was listed, fetched and written, the requests made and OCR's speed.
    static func describe(_ report: SiteReport) -> String {
        var parts = [
            report.listed.map { counted($0, "meeting listed", "meetings listed") } ?? "no list",
            "\(report.written.count) new or changed",
            "\(report.unchanged) unchanged",
        ]
        if report.leftOut > 0 { parts.append("\(report.leftOut) without id or date left out") }
        parts.append(counted(report.attachments, "attachment", "attachments"))
        if report.ocrPages > 0 {
            let speed = String(format: "%.1f", report.ocrSeconds / Double(report.ocrPages))
            parts.append("\(counted(report.ocrPages, "page", "pages")) read by OCR (\(speed) s/page)")
        }
        parts.append(counted(report.requests, "request", "requests"))
        parts.append(counted(report.errors.count, "error", "errors"))
        return "\(report.source.municipality): " + parts.joined(separator: ", ")
    }

    private static func counted(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    // The command is synchronous; the harvest runs on the concurrency pool while this thread waits.
    private static func wait(_ body: @escaping @Sendable () async -> [SiteReport]) -> [SiteReport] {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            let reports = await body()
            outcome.reports.withLock { $0 = reports }
            done.signal()
        }
        done.wait()
        return outcome.reports.withLock { $0 }
    }

    private final class Outcome: Sendable {
        let reports = Mutex<[SiteReport]>([])
    }
}
