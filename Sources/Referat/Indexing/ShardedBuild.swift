import Foundation
import Minutes
import XapianKit

/// Builds a new index on several cores at once: each thread indexes a share of the files into a shard of its
/// own, then the shards are merged into one index by Xapian's compaction.
///
/// Xapian allows one writer per index, and its write path is most of what indexing costs, so one index keeps
/// one core busy writing however many prepare documents for it; shards lift that limit for a first build.
/// Shares are consecutive runs of the files. Item ids can only clash between meetings of one committee on one
/// day (``MeetingRegister``): the files of such meetings in later shards are taken out of their shards and
/// indexed one by one into the merged index, so the outcome is the one of indexing on one core.
struct ShardedBuild {
    /// How many shards are written at once.
    var shares: Int
    var batchSize: Int
    var analysis: Analysis
    var compounds: (any CompoundParts)?
    var loader: MinutesLoader

    /// Indexes `files` into new shards under `staging`, reporting as it goes and adding what was done to
    /// `summary`; returns the shards' paths, in file order, and the files left to index one by one into the merged
    /// shards. The shards are complete when it returns.
    func build(
        _ files: [String],
        municipality: String?,
        staging: String,
        stop: StopRequest?,
        summary: inout IndexSummary,
        report: (IndexEvent) -> Void
    ) throws -> (shards: [String], redo: [String]) {
        let slices = Self.split(files, into: shares)
        let shards = slices.indices.map { "\(staging)/shard-\($0)" }
        let relay = EventRelay(senders: slices.count)
        let outcomes = Outcomes(count: slices.count)
        let (batchSize, analysis, compounds, loader) = (batchSize, analysis, compounds, loader)
        for (share, slice) in slices.enumerated() {
            let thread = Thread { [shards] in
                defer { relay.finish() }
                outcomes.set(share) {
                    let indexer = try Indexer(
                        databasePath: shards[share],
                        analysis: analysis,
                        compounds: compounds,
                        loader: loader
                    )
                    indexer.batchSize = batchSize
                    indexer.writers = 1
                    indexer.storesFacetTable = false
                    indexer.addsSpellingsAtEnd = true
                    return try indexer.index(paths: slice, municipality: municipality, stop: stop) { relay.send($0) }
                }
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        var reading = 0
        while let events = relay.take() {
            for event in events {
                guard case .reading(let path, _, _) = event else {
                    report(event)
                    continue
                }
                reading += 1
                report(.reading(path: path, index: reading, total: files.count))
            }
        }
        for outcome in try outcomes.all() {
            summary.indexedFiles += outcome.indexedFiles
            summary.unchangedFiles += outcome.unchangedFiles
            summary.failures += outcome.failures
            summary.meetings += outcome.meetings
            summary.items += outcome.items
            summary.repeatedItems += outcome.repeatedItems
            summary.repeatedNumbers += outcome.repeatedNumbers
            summary.cutItems += outcome.cutItems
            summary.collisions += outcome.collisions
            summary.bytes += outcome.bytes
            summary.interrupted = summary.interrupted || outcome.interrupted
        }
        let redo = try Self.takeOutMeetingsRecordedEarlier(from: shards)
        for path in redo {
            summary.indexedFiles -= 1
            summary.meetings -= 1
            summary.items -= path.items
            summary.bytes -= ((try? FileManager.default.attributesOfItem(atPath: path.source)[.size]) as? Int) ?? 0
        }
        return (shards, redo.map(\.source))
    }

    /// Splits `files` into `count` consecutive runs of about equal bytes.
    static func split(_ files: [String], into count: Int) -> [[String]] {
        let sizes = files.map { ((try? FileManager.default.attributesOfItem(atPath: $0)[.size]) as? Int) ?? 0 }
        let total = max(1, sizes.reduce(0, +))
        var slices: [[String]] = [[]]
        var sum = 0
        for (file, size) in zip(files, sizes) {
            if sum >= total * slices.count / count, slices.count < count, !slices[slices.count - 1].isEmpty {
                slices.append([])
            }
            slices[slices.count - 1].append(file)
            sum += size
        }
        return slices
    }

    /// Takes out of each shard the files of meetings recorded under a committee and day an earlier shard also
    /// has: their items, their content hash and their meeting record. Returns those files with their item counts.
    private static func takeOutMeetingsRecordedEarlier(
        from shards: [String]
    ) throws -> [(source: String, items: Int)] {
        var recorded = Set<String>()
        var takenOut: [(source: String, items: Int)] = []
        for shard in shards {
            let database = try WritableDatabase(path: shard, mode: .open)
            for key in try database.metadataKeys(withPrefix: IndexSchema.Metadata.meetingPrefix) {
                guard !recorded.insert(key).inserted else { continue }
                for meeting in IndexedMeeting.list(from: try database.metadata(forKey: key)) {
                    let term = Indexer.sourceTerm(forAbsolutePath: meeting.source)
                    takenOut.append((meeting.source, try database.termFrequency(term)))
                    try database.deleteDocuments(withTerm: term)
                    try database.setMetadata("", forKey: IndexSchema.Metadata.sourcePrefix + meeting.source)
                    try database.setMetadata("", forKey: IndexSchema.Metadata.meetingOfPrefix + meeting.source)
                }
                try database.setMetadata("", forKey: key)
            }
            try database.commit()
            try database.close()
        }
        return takenOut
    }
}

/// What each share's thread ended with, kept until the reporting thread collects them.
private final class Outcomes: @unchecked Sendable {
    // Read and written only while holding `lock`.
    private let lock = NSLock()
    private var results: [Result<IndexSummary, any Error>?]

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ body: () throws -> IndexSummary) {
        let result = Result { try body() }
        lock.withLock { results[index] = result }
    }

    /// Every share's summary, in order; throws the first share's error if any failed.
    func all() throws -> [IndexSummary] {
        try lock.withLock { results }.map { result in
            guard let result else { throw IndexError.shareUnfinished }
            return try result.get()
        }
    }
}
