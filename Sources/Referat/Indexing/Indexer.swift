import Foundation
import Minutes
import XapianKit

/// Indexes minutes files into a referat index: one document per agenda item, unchanged files skipped, changed
/// files' items replaced, deleted files' items removed, commits in batches.
///
/// Worker threads read and analyse files while the calling thread writes to Xapian, so indexing keeps two cores
/// busy; files still go into the index in the order they were found. A first build into an empty index goes
/// further: it writes one shard per core at once and merges them (``ShardedBuild``).
public final class Indexer {
    /// How many agenda items go into one commit. Larger batches cost memory and, past this size, time too:
    /// on 25,511 generated items, 250 took 54 s, 1,000 took 37 s (136 MiB), 2,000 40 s, 8,000 50 s (591 MiB).
    public var batchSize = 1000
    /// How many threads read and analyse files while the calling thread writes: by default one fewer than the
    /// cores, at least one.
    public var workers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
    /// How many shards a first build into an empty index writes at once before merging them: by default one per
    /// core. With 1, or when the index already holds items, all writing goes through one writer.
    public var writers = ProcessInfo.processInfo.activeProcessorCount
    /// Whether a run ends by storing the facet table; a shard about to be merged has no use for one.
    var storesFacetTable = true
    /// Whether the words of the items go into the spelling data all at once when a run ends, instead of item by
    /// item as they are written: the same data at a fraction of the cost, but only for an index that starts
    /// empty, as a shard does.
    var addsSpellingsAtEnd = false
    /// Whether items' words go into the spelling data at all: not for files a sharded build takes out of a shard
    /// and indexes again, whose words the shard added.
    private var addsSpellings = true

    private let path: String
    /// Where the index being written lives: `path`, or during a rebuild the folder beside it that takes its place.
    private var writingPath: String
    private var database: WritableDatabase
    /// The rebuild under way, until the new index has taken the old one's place.
    private var rebuild: IndexRebuild?
    private let analysis: Analysis
    private let compounds: (any CompoundParts)?
    private let loader: MinutesLoader
    private var pendingItems = 0

    /// Opens (creating if needed) the index at `path`; with `rebuild` it starts from empty.
    ///
    /// A rebuild writes the new index beside the old one, which readers go on seeing, unchanged, until the first
    /// ``index(paths:municipality:stop:report:)`` completes and the new one takes its place in one step; one
    /// interrupted or failed leaves the old index as it was.
    ///
    /// An index keeps the ``Analysis`` it was first built with: asking for another one without `rebuild` throws
    /// ``IndexError/analysisMismatch(path:built:requested:)``. `compounds` splits compound words when the analysis
    /// asks for it; by default the splitter over the system's Danish word list (Debian's wdanish), if installed.
    /// An index that may not be written is ``IndexError/notWritable(path:reason:)``, a folder that cannot be
    /// created ``IndexError/cannotCreateFolder(path:reason:)``.
    public init(
        databasePath path: String,
        rebuild: Bool = false,
        analysis: Analysis = .referat,
        compounds: (any CompoundParts)? = SystemCompoundParts(),
        loader: MinutesLoader = MinutesLoader()
    ) throws {
        try IndexAccess.createFolder(path)
        self.path = path
        self.rebuild = rebuild ? try IndexRebuild(replacing: path) : nil
        writingPath = self.rebuild?.staging ?? path
        database = try IndexAccess.openForWriting(writingPath, mode: rebuild ? .createOrOverwrite : .createOrOpen)
        let built = try database.metadata(forKey: IndexSchema.Metadata.analysis)
        if database.documentCount > 0, Analysis.named(built) != analysis {
            throw IndexError.analysisMismatch(
                path: path,
                built: built.isEmpty ? "baseline" : built,
                requested: analysis
            )
        }
        let schema = try database.metadata(forKey: IndexSchema.Metadata.schemaVersion)
        if database.documentCount > 0, schema != IndexSchema.version {
            throw IndexError.schemaMismatch(path: path, built: schema.isEmpty ? "1" : schema)
        }
        try database.setMetadata(analysis.description, forKey: IndexSchema.Metadata.analysis)
        try database.setMetadata(IndexSchema.version, forKey: IndexSchema.Metadata.schemaVersion)
        // Fail here, not on a worker thread, when the analysis cannot be set up.
        _ = try DanishAnalyzer(analysis)
        self.analysis = analysis
        self.compounds = compounds
        self.loader = loader
    }

    /// Indexes every file under `paths`, naming the municipality `municipality` when given.
    ///
    /// When `stop` is requested it finishes the current file, commits what is done and returns with
    /// ``IndexSummary/interrupted`` set; running again completes the work.
    public func index(
        paths: [String],
        municipality: String? = nil,
        stop: StopRequest? = nil,
        report: (IndexEvent) -> Void = { _ in }
    ) throws -> IndexSummary {
        let start = Date()
        var summary = IndexSummary()
        let found = SourceFiles.find(in: paths)
        let files = found.files
        for failure in found.failures + found.unreadableFiles {
            summary.failures.append(failure)
            report(.failed(path: failure.path, reason: failure.reason))
        }
        for skip in found.skipped {
            summary.skipped.append(skip)
            report(.skipped(path: skip.path, reason: skip.reason))
        }
        summary.files = files.count + found.unreadableFiles.count

        if writers > 1, files.count >= 2 * writers, database.documentCount == 0,
            try database.metadataKeys(withPrefix: IndexSchema.Metadata.sourcePrefix).isEmpty
        {
            try buildInShards(files, municipality: municipality, stop: stop, summary: &summary, report: report)
        } else {
            try indexOneByOne(files, municipality: municipality, stop: stop, summary: &summary, report: report)
            if !summary.interrupted {
                summary.removedFiles = try removeVanishedFiles(
                    under: paths,
                    keeping: Set(files.map(SourceFiles.absolute))
                )
            }
        }
        try database.commit()
        if addsSpellingsAtEnd {
            try database.addSpellingsOfAllTerms()
            try database.commit()
        }
        if storesFacetTable {
            try database.storeFacetTable()
        }
        summary.documentCount = database.documentCount
        if let rebuild {
            try finish(rebuild, interrupted: summary.interrupted)
            if summary.interrupted { summary.documentCount = database.documentCount }
        }
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// Puts the rebuilt index in the old one's place, or when `interrupted` deletes it, keeping the old one; this
    /// indexer then writes to the index at `path`.
    private func finish(_ rebuild: IndexRebuild, interrupted: Bool) throws {
        try database.close()
        if interrupted {
            rebuild.discard()
        } else {
            try rebuild.putInPlace()
        }
        self.rebuild = nil
        writingPath = path
        // Another writer may take the index the moment its lock is let go. This run's work is done either way, so
        // that is no failure; a later run through this indexer then reports the closed handle.
        if let reopened = try? WritableDatabase(path: path, mode: .open) { database = reopened }
    }

    /// Indexes `files` in order through this index's one writer.
    private func indexOneByOne(
        _ files: [String],
        municipality: String?,
        stop: StopRequest?,
        summary: inout IndexSummary,
        report: (IndexEvent) -> Void
    ) throws {
        let work = try prepare(files, municipality: municipality)
        defer { work.finish() }
        for (offset, path) in files.enumerated() {
            if stop?.isRequested == true {
                summary.interrupted = true
                break
            }
            report(.reading(path: path, index: offset + 1, total: files.count))
            guard let prepared = work.next() else { break }
            switch prepared.outcome {
            case .unchanged:
                summary.unchangedFiles += 1
            case .failed(let reason):
                summary.failures.append(.init(path: path, reason: reason))
                report(.failed(path: path, reason: reason))
            case .broken(let error):
                throw error
            case .analysed(let file):
                if file.lacksMunicipality {
                    report(
                        .warning(path: path, message: "no municipality found; indexed without one (use --municipality)")
                    )
                }
                let before = summary
                do {
                    try write(file, from: path, summary: &summary, report: report)
                } catch let failure as FileWriteFailure {
                    summary = before
                    summary.failures.append(.init(path: path, reason: failure.reason))
                    report(.failed(path: path, reason: failure.reason))
                    continue
                }
                pendingItems += file.documents.count
                if pendingItems >= batchSize {
                    try database.commit()
                    pendingItems = 0
                }
            }
        }
    }

    /// Indexes `files` into one shard per share at once, beside the index, then puts the merged shards in the
    /// index's place; the index stays as it was (empty) until the merged copy is complete.
    private func buildInShards(
        _ files: [String],
        municipality: String?,
        stop: StopRequest?,
        summary: inout IndexSummary,
        report: (IndexEvent) -> Void
    ) throws {
        let folder = URL(fileURLWithPath: writingPath).standardizedFileURL
        let parent = folder.deletingLastPathComponent()
        let prefix = ".\(folder.lastPathComponent).building-"
        // This index's write lock is held, so shards left beside it are a killed build's: nothing uses them.
        for stale in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        where stale.hasPrefix(prefix) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(stale))
        }
        let staging = parent.appendingPathComponent(prefix + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: staging) }
        let build = ShardedBuild(
            shares: writers,
            batchSize: batchSize,
            analysis: analysis,
            compounds: compounds,
            loader: loader
        )
        let (shards, redone) = try build.build(
            files,
            municipality: municipality,
            staging: staging,
            stop: stop,
            summary: &summary,
            report: report
        )
        let merged = staging + "/merged"
        report(.merging(shards: shards.count))
        // The empty index stays open, and so locked, until the merged one has taken its place: a writer waiting
        // for the lock would otherwise get it and write to files about to be deleted. With nothing left to
        // commit, closing it afterwards writes nothing, to its moved folder or to the new one at its path.
        try database.commit()
        do {
            let combined = try Database(path: shards[0])
            for shard in shards.dropFirst() { combined.add(try Database(path: shard)) }
            try combined.compact(to: merged)
            try IndexFolder.replace(folder.path, with: merged)
        } catch {
            throw IndexError.mergeFailed(path: path, reason: "\(error)")
        }
        try? database.close()
        database = try WritableDatabase(path: writingPath, mode: .open)
        // Meetings of one committee and day that shards recorded apart go in one by one, as on one core.
        if !redone.isEmpty {
            let order = Dictionary(files.enumerated().map { (SourceFiles.absolute($1), $0) }) { first, _ in first }
            let inOrder = redone.sorted { order[$0, default: 0] < order[$1, default: 0] }
            addsSpellings = false
            defer { addsSpellings = true }
            try indexOneByOne(inOrder, municipality: municipality, stop: stop, summary: &summary) { event in
                if case .reading = event { return }
                report(event)
            }
        }
    }

    /// Starts the worker threads that read and analyse `files` ahead of the writer.
    private func prepare(_ files: [String], municipality: String?) throws -> OrderedWork<PreparedFile> {
        var indexedHashes: [String: String] = [:]
        for key in try database.metadataKeys(withPrefix: IndexSchema.Metadata.sourcePrefix) {
            indexedHashes[String(key.dropFirst(IndexSchema.Metadata.sourcePrefix.count))] =
                try database.metadata(forKey: key)
        }
        let (analysis, compounds, loader) = (analysis, compounds, loader)
        return OrderedWork(count: files.count, workers: workers, capacity: 4 * workers + 4) { [indexedHashes] in
            do {
                let preparer = try FilePreparer(
                    analysis: analysis,
                    compounds: compounds,
                    loader: loader,
                    municipality: municipality,
                    indexedHashes: indexedHashes
                )
                return { preparer.prepare(path: files[$0]) }
            } catch {
                return { PreparedFile(path: files[$0], outcome: .broken(error)) }
            }
        }
    }

    /// Replaces the items indexed from `path` with those of `file`; when that fails, takes out whatever of the
    /// file went in and throws ``FileWriteFailure``, so that the index never holds part of a file.
    private func write(
        _ file: AnalysedFile,
        from path: String,
        summary: inout IndexSummary,
        report: (IndexEvent) -> Void
    ) throws {
        var placement: MeetingRegister.Placement?
        do {
            try add(file, from: path, placement: &placement, summary: &summary, report: report)
        } catch {
            // An error here (the index cannot take it out either) is the index's, not the file's: indexing stops.
            try takeOut(file, sameAs: placement?.sameAs)
            throw FileWriteFailure(reason: SkipReason.of(error))
        }
    }

    /// Adds the items of `file`, read from `path`, in place of those the index holds from it.
    private func add(
        _ file: AnalysedFile,
        from path: String,
        placement: inout MeetingRegister.Placement?,
        summary: inout IndexSummary,
        report: (IndexEvent) -> Void
    ) throws {
        // Items the file no longer has must go, so drop all of its items before adding what it has now.
        if file.wasIndexed { try database.deleteDocuments(withTerm: file.sourceTerm) }
        try MeetingRegister.forget(source: file.meeting.source, in: database)
        let placed = try MeetingRegister.place(file.meeting, under: file.meetingPart, in: database)
        placement = placed
        if let other = placed.besides {
            let collision = IndexSummary.Collision(
                path: path,
                otherSource: other.source,
                ids: ItemID.make(meetingPart: file.meetingPart, key: placed.key, item: "…")
            )
            summary.collisions.append(collision)
            report(.warning(path: path, message: collision.message))
        }
        var used = Set<String>()
        var repeats: [String: Int] = [:]
        for (stored, document) in file.documents {
            let plain = ItemID.make(meetingPart: file.meetingPart, key: placed.key, item: stored.item)
            var id = plain
            // Two items of one meeting with one number (a misprint) are two items all the same.
            var copy = 2
            while !used.insert(id).inserted {
                id = plain + "-\(copy)"
                copy += 1
            }
            if copy > 2 { repeats[stored.item, default: 0] += 1 }
            let uniqueTerm = ItemDocumentBuilder.finish(document, stored: stored, id: id)
            if try database.termFrequency(uniqueTerm) > 0 { summary.repeatedItems += 1 }
            if addsSpellings, !addsSpellingsAtEnd { try database.addSpellings(of: document) }
            try database.replaceDocument(document, uniqueTerm: uniqueTerm)
        }
        // Recorded in the same commit as the items, so a crash never marks a file done whose items were lost.
        try database.setMetadata(file.hash, forKey: IndexSchema.Metadata.sourcePrefix + file.meeting.source)
        for (number, count) in repeats.sorted(by: { $0.key < $1.key }) {
            let shown = SkipReason.cut(number)
            report(
                .warning(
                    path: path,
                    message: "item number \(shown) appears \(count + 1) times; all kept, the repeats with ids "
                        + "ending -2, -3, …"
                )
            )
            summary.repeatedNumbers += count
        }
        for (number, bytes) in file.cutItems {
            report(
                .warning(
                    path: path,
                    message: "item \(SkipReason.cut(number)) has \(ItemTextLimit.mebibytes(bytes)) of text; only the "
                        + "first \(ItemTextLimit.mebibytes(ItemTextLimit.bytes)) is stored and indexed"
                )
            )
        }
        summary.cutItems += file.cutItems.count
        summary.indexedFiles += 1
        summary.meetings += 1
        summary.items += file.documents.count
        summary.bytes += file.bytes
    }

    /// Takes out of the index what writing `file` put in before it failed: its items, its meeting record and its
    /// content hash. A file of the same meeting (`sameAs`) whose items it may have replaced is taken out too and
    /// so read again by the next run.
    private func takeOut(_ file: AnalysedFile, sameAs: IndexedMeeting?) throws {
        try database.deleteDocuments(withTerm: file.sourceTerm)
        try MeetingRegister.forget(source: file.meeting.source, under: file.meetingPart, in: database)
        try database.setMetadata("", forKey: IndexSchema.Metadata.sourcePrefix + file.meeting.source)
        if let same = sameAs {
            try database.deleteDocuments(withTerm: Self.sourceTerm(forAbsolutePath: same.source))
            try database.setMetadata("", forKey: IndexSchema.Metadata.sourcePrefix + same.source)
        }
    }

    /// Removes the items of files indexed before from under `paths` that no longer exist.
    private func removeVanishedFiles(under paths: [String], keeping present: Set<String>) throws -> Int {
        let roots = paths.map(SourceFiles.absolute)
        var removed = 0
        for key in try database.metadataKeys(withPrefix: IndexSchema.Metadata.sourcePrefix) {
            let path = String(key.dropFirst(IndexSchema.Metadata.sourcePrefix.count))
            guard !present.contains(path), roots.contains(where: { path == $0 || path.hasPrefix($0 + "/") }),
                !FileManager.default.fileExists(atPath: path)
            else { continue }
            try database.deleteDocuments(withTerm: Self.sourceTerm(forAbsolutePath: path))
            try MeetingRegister.forget(source: path, in: database)
            // Xapian deletes a metadata entry when it is set to the empty string.
            try database.setMetadata("", forKey: key)
            removed += 1
        }
        return removed
    }

    /// The boolean term tagging every item read from the file at `path`.
    static func sourceTerm(forAbsolutePath path: String) -> String {
        IndexSchema.sourcePrefix + ContentHash.of(path)
    }
}

/// Why one file's items could not be written; the file is skipped and the run goes on.
private struct FileWriteFailure: Error {
    /// One short line.
    var reason: String
}

@available(*, unavailable)
extension Indexer: Sendable {}
