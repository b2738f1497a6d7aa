import Foundation
import Minutes
import XapianKit

/// Indexes minutes files into a referat index: one document per agenda item, unchanged files skipped, changed
/// files' items replaced, deleted files' items removed, commits in batches.
public final class Indexer {
    /// How many agenda items go into one commit. Xapian is much faster with large batches; a few thousand items
    /// keep memory small.
    public var batchSize = 2000

    private let database: WritableDatabase
    private let loader: MinutesLoader
    private let builder: ItemDocumentBuilder
    private var pendingItems = 0

    /// Opens (creating if needed) the index at `path`; with `rebuild` it starts from empty.
    ///
    /// An index keeps the ``Analysis`` it was first built with: asking for another one without `rebuild` throws
    /// ``IndexError/analysisMismatch(path:built:requested:)``. `compounds` splits compound words when the analysis
    /// asks for it; by default the splitter over the system's Danish word list (Debian's wdanish), if installed.
    public init(
        databasePath path: String,
        rebuild: Bool = false,
        analysis: Analysis = .referat,
        compounds: (any CompoundParts)? = CompoundSplitter.systemDefault(),
        loader: MinutesLoader = MinutesLoader()
    ) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        database = try WritableDatabase(path: path, mode: rebuild ? .createOrOverwrite : .createOrOpen)
        let built = try database.metadata(forKey: IndexSchema.Metadata.analysis)
        if database.documentCount > 0, Analysis.named(built) != analysis {
            throw IndexError.analysisMismatch(
                path: path,
                built: built.isEmpty ? "baseline" : built,
                requested: analysis
            )
        }
        try database.setMetadata(analysis.description, forKey: IndexSchema.Metadata.analysis)
        self.loader = loader
        builder = ItemDocumentBuilder(
            analyzer: try DanishAnalyzer(analysis),
            compounds: compounds,
            spellingDatabase: database
        )
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
        let (files, missing) = SourceFiles.find(in: paths)
        for path in missing {
            summary.failures.append(.init(path: path, reason: "no such file or folder"))
            report(.failed(path: path, reason: "no such file or folder"))
        }
        summary.files = files.count
        try database.setMetadata(IndexSchema.version, forKey: IndexSchema.Metadata.schemaVersion)

        for (offset, path) in files.enumerated() {
            if stop?.isRequested == true {
                summary.interrupted = true
                break
            }
            report(.reading(path: path, index: offset + 1, total: files.count))
            do {
                try index(file: path, municipality: municipality, summary: &summary, report: report)
            } catch let error as MinutesError {
                summary.failures.append(.init(path: path, reason: error.reason))
                report(.failed(path: path, reason: error.reason))
            }
        }
        if !summary.interrupted {
            summary.removedFiles = try removeVanishedFiles(under: paths, keeping: Set(files.map(SourceFiles.absolute)))
        }
        try database.commit()
        summary.documentCount = database.documentCount
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    private func index(
        file path: String,
        municipality: String?,
        summary: inout IndexSummary,
        report: (IndexEvent) -> Void
    ) throws {
        let absolute = SourceFiles.absolute(path)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw MinutesError(path: path, reason: Self.readFailure(error))
        }
        let hash = ContentHash.of(data)
        let key = IndexSchema.Metadata.sourcePrefix + absolute
        if try database.metadata(forKey: key) == hash {
            summary.unchangedFiles += 1
            return
        }
        let meeting = try loader.load(data, from: URL(fileURLWithPath: path), municipality: municipality)
        if meeting.municipality == nil {
            report(.warning(path: path, message: "no municipality found; indexed without one (use --municipality)"))
        }
        let sourceTerm = Self.sourceTerm(forAbsolutePath: absolute)
        // Items the file no longer has must go, so drop all of its items before adding what it has now.
        try database.deleteDocuments(withTerm: sourceTerm)
        for item in meeting.items {
            let document = try builder.document(for: item, of: meeting, source: path, sourceTerm: sourceTerm)
            try database.replaceDocument(
                document,
                uniqueTerm: IndexSchema.Prefix.id + ItemID.make(meeting: meeting, item: item)
            )
        }
        // Recorded in the same commit as the items, so a crash never marks a file done whose items were lost.
        try database.setMetadata(hash, forKey: key)
        summary.indexedFiles += 1
        summary.meetings += 1
        summary.items += meeting.items.count
        summary.bytes += data.count
        pendingItems += meeting.items.count
        if pendingItems >= batchSize {
            try database.commit()
            pendingItems = 0
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
            // Xapian deletes a metadata entry when it is set to the empty string.
            try database.setMetadata("", forKey: key)
            removed += 1
        }
        return removed
    }

    /// The boolean term tagging every item read from the file at `path`.
    static func sourceTerm(forAbsolutePath path: String) -> String {
        IndexSchema.Prefix.source + ContentHash.of(path)
    }

    private static func readFailure(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        switch nsError.code {
        case NSFileReadNoPermissionError: return "permission denied"
        case NSFileReadNoSuchFileError: return "no such file"
        default: return "cannot be read (\(nsError.localizedDescription))"
        }
    }
}

@available(*, unavailable)
extension Indexer: Sendable {}
