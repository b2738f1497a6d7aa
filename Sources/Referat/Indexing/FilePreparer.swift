import Foundation
import Minutes
import XapianKit

/// Reads a source file and turns its items into documents: all of indexing that needs no access to the index,
/// so that worker threads can do it while another thread writes.
///
/// Each worker has its own preparer: the term generator inside is not safe to share.
final class FilePreparer {
    private let loader: MinutesLoader
    private let builder: ItemDocumentBuilder
    private let municipality: String?
    private let indexedHashes: [String: String]

    /// A preparer reading with `loader`, analysing as `analysis` says, naming `municipality` when given, and
    /// treating a file whose hash `indexedHashes` has under its absolute path as unchanged.
    init(
        analysis: Analysis,
        compounds: (any CompoundParts)?,
        loader: MinutesLoader,
        municipality: String?,
        indexedHashes: [String: String]
    ) throws {
        self.loader = loader
        builder = ItemDocumentBuilder(analyzer: try DanishAnalyzer(analysis), compounds: compounds)
        self.municipality = municipality
        self.indexedHashes = indexedHashes
    }

    /// Reads and analyses the file at `path`; whatever goes wrong with it fails this file only.
    func prepare(path: String) -> PreparedFile {
        do {
            return PreparedFile(path: path, outcome: try analyse(path: path))
        } catch let error as MinutesError {
            return PreparedFile(path: path, outcome: .failed(reason: SkipReason.cut(error.reason)))
        } catch {
            return PreparedFile(path: path, outcome: .failed(reason: SkipReason.of(error)))
        }
    }

    /// The most bytes of an absolute path the index can record: its metadata keys hold paths after a prefix.
    static let maximumPathBytes =
        KeyLength.maximumMetadataKeyBytes
        - max(IndexSchema.Metadata.sourcePrefix.utf8.count, IndexSchema.Metadata.meetingOfPrefix.utf8.count)

    private func analyse(path: String) throws -> PreparedFile.Outcome {
        let absolute = SourceFiles.absolute(path)
        guard absolute.utf8.count <= Self.maximumPathBytes else {
            throw MinutesError(
                path: path,
                reason: "its absolute path has \(absolute.utf8.count) bytes; the index records at most "
                    + "\(Self.maximumPathBytes)"
            )
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw MinutesError(path: path, reason: Self.readFailure(error))
        }
        let hash = ContentHash.of(data)
        if indexedHashes[absolute] == hash { return .unchanged }
        var meeting = try loader.load(data, from: URL(fileURLWithPath: path), municipality: municipality)
        var cutItems: [(number: String, bytes: Int)] = []
        for (index, item) in meeting.items.enumerated() {
            guard let cut = ItemTextLimit.cut(item) else { continue }
            meeting.items[index] = cut.item
            cutItems.append((item.number, cut.originalBytes))
        }
        let sourceTerm = Indexer.sourceTerm(forAbsolutePath: absolute)
        let url = URL(fileURLWithPath: path)
        let documents = try meeting.items.map { item in
            try builder.document(
                for: item,
                of: meeting,
                source: absolute,
                sourceTerm: sourceTerm,
                attachments: AttachmentTexts.of(item, source: url)
            )
        }
        return .analysed(
            AnalysedFile(
                hash: hash,
                sourceTerm: sourceTerm,
                wasIndexed: indexedHashes[absolute] != nil,
                documents: documents,
                meetingPart: ItemID.meetingPart(of: meeting),
                meeting: IndexedMeeting(meeting: meeting, source: absolute),
                bytes: data.count,
                lacksMunicipality: meeting.municipality == nil,
                cutItems: cutItems
            )
        )
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
extension FilePreparer: Sendable {}
