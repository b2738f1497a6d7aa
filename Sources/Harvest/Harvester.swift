import Foundation
import Minutes

/// Brings the corpus up to date from the sites in a sources list: new and changed meetings, with their
/// attachments, each written whole into `<corpus>/<folder>/`.
///
/// Sites are harvested one after another; a site's failure is reported in its ``SiteReport`` and never stops
/// the others. Within a site each meeting's attachments are written first and its file last, then the state,
/// so a run stopped at any moment resumes where it stopped.
public struct Harvester: Sendable {
    /// The corpus folder, holding one folder per site.
    public var corpus: URL
    /// How politely and patiently to ask.
    public var settings: HarvestSettings

    /// A harvester writing into `corpus`.
    public init(corpus: URL, settings: HarvestSettings = HarvestSettings()) {
        self.corpus = corpus
        self.settings = settings
    }

    /// Harvests each of `sources` in turn, telling `report` what happens; `shouldStop` is asked between
    /// meetings, and when it answers `true` the run saves its state and ends.
    public func harvest(
        _ sources: [HarvestSource],
        shouldStop: @escaping @Sendable () -> Bool = { false },
        report: @escaping @Sendable (HarvestEvent) -> Void = { _ in }
    ) async -> [SiteReport] {
        var reports: [SiteReport] = []
        for source in sources {
            let client = PoliteClient(settings: settings)
            var run = SiteRun(
                source: source,
                folder: corpus.appendingPathComponent(source.folder, isDirectory: true),
                client: client,
                settings: settings,
                shouldStop: shouldStop,
                report: report
            )
            await run.harvest()
            run.result.requests = client.requests
            await client.shutdown()
            reports.append(run.result)
            if run.result.interrupted { break }
        }
        return reports
    }
}
