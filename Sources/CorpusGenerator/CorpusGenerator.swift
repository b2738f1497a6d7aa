import Foundation
import Minutes

/// Builds a large corpus of realistic minutes from real items, the same corpus for the same seed and options.
///
/// Items are spread evenly over the chosen municipalities; each municipality's meetings run from 2005 to 2024 in
/// date order and are written one at a time, so memory holds the source pool and little else.
public struct CorpusGenerator: Sendable {
    /// The real items the generated ones are drawn from.
    public let pool: SourcePool
    /// How many items to make in all.
    public let items: Int
    /// The seed; the same seed and options give byte-identical files.
    public let seed: UInt64
    /// The municipalities to make minutes for, each with its position in `MunicipalityProfile.allNames`.
    public let municipalities: [(position: Int, name: String)]

    /// A generator of `items` items for `municipalities` (official names or slugs; empty for all 98).
    ///
    /// - Throws: `GeneratorError` for a name that is no Danish municipality or an item count below one.
    public init(pool: SourcePool, items: Int, seed: UInt64, municipalities: [String] = []) throws {
        guard items > 0 else { throw GeneratorError("the number of items must be at least 1") }
        self.pool = pool
        self.items = items
        self.seed = seed
        let all = MunicipalityProfile.allNames
        if municipalities.isEmpty {
            self.municipalities = all.enumerated().map { ($0.offset, $0.element) }
        } else {
            var chosen: [(position: Int, name: String)] = []
            for name in municipalities {
                guard let official = MunicipalityDirectory.match(name), let position = all.firstIndex(of: official)
                else { throw GeneratorError("not a Danish municipality: \(name)") }
                if !chosen.contains(where: { $0.position == position }) { chosen.append((position, official)) }
            }
            self.municipalities = chosen.sorted { $0.position < $1.position }
        }
    }

    /// Makes every meeting in order (municipality by municipality, each in date order) and hands it to `body`
    /// with its municipality's profile.
    ///
    /// The third argument is the meeting's sitting: 1 for the committee's first meeting that day, 2 for a second
    /// one (only when one municipality gets more meetings than twenty years of weekdays hold), ….
    public func forEachMeeting(_ body: (MunicipalityProfile, Meeting, Int) throws -> Void) rethrows {
        try forEachGenerated { try body($0, $1.meeting, $1.sitting) }
    }

    /// ``forEachMeeting(_:)`` with the real item behind each generated one.
    func forEachGenerated(_ body: (MunicipalityProfile, GeneratedMeeting) throws -> Void) rethrows {
        let share = items / municipalities.count
        let extra = items % municipalities.count
        for (index, municipality) in municipalities.enumerated() {
            let budget = share + (index < extra ? 1 : 0)
            guard budget > 0 else { continue }
            // One stream per municipality, so that a municipality's minutes do not depend on which others are made.
            var generator = SeededGenerator(seed: seed, stream: UInt64(municipality.position))
            let profile = MunicipalityProfile(
                name: municipality.name,
                position: municipality.position,
                generator: &generator
            )
            var run = MunicipalityRun(profile: profile, pool: pool, budget: budget, generator: generator)
            try run.run { try body(profile, $0) }
        }
    }

    /// The relative path and the contents of `meeting`'s file: `<municipality>/<year>/<file>` in its format.
    public static func file(
        for meeting: Meeting,
        sitting: Int = 1,
        of profile: MunicipalityProfile
    )
        -> (path: String, contents: String)
    {
        let path = path(for: meeting, sitting: sitting, of: profile)
        switch profile.format {
        case .firstAgenda: return (path, FirstAgendaWriter.json(meeting))
        case .eDoc: return (path, EDocWriter.xml(meeting))
        }
    }

    /// `<municipality>/<year>/<municipality>_<committee>_<date>.json` (or `.edoc.xml`), with `-2`, `-3`… after the
    /// date for a committee's further sittings that day.
    static func path(for meeting: Meeting, sitting: Int, of profile: MunicipalityProfile) -> String {
        let day = meeting.date.iso + (sitting > 1 ? "-\(sitting)" : "")
        let name = "\(profile.slug)_\(MunicipalityProfile.slug(of: meeting.committee))_\(day)"
        let suffix = profile.format == .eDoc ? ".edoc.xml" : ".json"
        return "\(profile.slug)/\(meeting.date.year)/\(name)\(suffix)"
    }

    /// ``file(for:of:)-(Meeting,_)`` with item bodies taken from `cache`: the same bytes, made faster.
    static func file(
        for generated: GeneratedMeeting,
        of profile: MunicipalityProfile,
        cache: inout RenderCache
    )
        -> (path: String, contents: String)
    {
        let meeting = generated.meeting
        let path = path(for: meeting, sitting: generated.sitting, of: profile)
        switch profile.format {
        case .firstAgenda:
            return (path, FirstAgendaWriter.json(meeting) { cache.firstAgendaHTML(generated.sources[$0]) })
        case .eDoc:
            return (path, EDocWriter.xml(meeting) { cache.eDocSections(generated.sources[$0]) })
        }
    }

    /// Writes the corpus into `folder`, one file per meeting, and says what was written.
    ///
    /// `progress` is called with the counts so far after every 250th meeting.
    ///
    /// - Throws: `GeneratorError` when a folder or file cannot be written.
    public func write(to folder: URL, progress: (GenerationSummary) -> Void = { _ in }) throws -> GenerationSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        var summary = GenerationSummary()
        var folders: Set<String> = []
        var cache = RenderCache(pool: pool)
        try forEachGenerated { profile, generated in
            let meeting = generated.meeting
            let file = Self.file(for: generated, of: profile, cache: &cache)
            let url = folder.appendingPathComponent(file.path)
            let parent = url.deletingLastPathComponent()
            if folders.insert(parent.path).inserted {
                do {
                    try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
                } catch {
                    throw GeneratorError("cannot create \(parent.path): \(error.localizedDescription)")
                }
            }
            let data = Data(file.contents.utf8)
            guard FileManager.default.createFile(atPath: url.path, contents: data) else {
                throw GeneratorError("cannot write \(url.path)")
            }
            summary.items += meeting.items.count
            summary.meetings += 1
            summary.bytes += data.count
            if summary.meetings % 250 == 0 { progress(summary) }
        }
        summary.files = summary.meetings
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000_000
        return summary
    }
}
