import Foundation

/// Reads minutes files from disk into meetings, choosing the reader by content.
public struct MinutesLoader: Sendable {
    /// The readers used when none are given, most specific first.
    public static let defaultReaders: [any MinutesReader] = [
        PdfReader(),
        EDocReader(),
        AcadreReader(),
        SBSYSReader(),
        FirstAgendaReader(),
        TextMinutesReader(),
    ]

    /// The readers tried in order; the first whose `canRead` accepts a document parses it.
    public var readers: [any MinutesReader]

    /// Creates a loader with `readers`.
    public init(readers: [any MinutesReader] = MinutesLoader.defaultReaders) {
        self.readers = readers
    }

    /// Reads and parses one file, then resolves its municipality.
    ///
    /// Whatever the format, sections that hold only a placeholder (`Tomt indhold`) are dropped, and a committee
    /// or municipality published in capitals (`FORRETNINGSUDVALGET`) is written as normally (`Forretningsudvalget`).
    ///
    /// The municipality is `municipality` if given (as its official name when the directory knows it), else
    /// the one the document names, else the one its folder name or the first `_`- or `-`-separated token of
    /// its file name stands for, else `nil`.
    ///
    /// - Throws: `MinutesError` naming the path and the reason, e.g. `empty file`, `not text (binary data)`,
    ///   `not valid UTF-8 text`, `permission denied`, `no agenda items found`, `no meeting date found`,
    ///   `implausible meeting date 0000-01-01 (expected 1970–2027)` (see ``MeetingDateRange``).
    public func load(fileAt url: URL, municipality: String? = nil) throws -> Meeting {
        try load(try Self.contents(of: url), from: url, municipality: municipality)
    }

    /// Parses bytes already read from `url`, then resolves the municipality as ``load(fileAt:municipality:)`` does.
    public func load(_ data: Data, from url: URL, municipality: String? = nil) throws -> Meeting {
        let source = SourceDocument(url: url, data: data)
        guard !source.data.isEmpty else { throw source.error("empty file") }
        guard let reader = readers.first(where: { $0.canRead(source) }) else {
            _ = try source.decodedText()
            throw source.error("not a recognised minutes format")
        }
        var meeting = MeetingTidying.tidied(try reader.read(source))
        if let problem = MeetingDateRange.problem(with: meeting.date) { throw source.error(problem) }
        if let municipality {
            meeting.municipality = MunicipalityDirectory.match(municipality) ?? municipality
        } else if meeting.municipality == nil {
            meeting.municipality = Self.municipality(forPath: url)
        }
        return meeting
    }

    /// The municipality a file's folder or file name stands for, e.g. `…/haderslev/x.txt` → `Haderslev Kommune`.
    public static func municipality(forPath url: URL) -> String? {
        let folder = url.deletingLastPathComponent().lastPathComponent
        if let found = MunicipalityDirectory.match(folder) { return found }
        let name = url.deletingPathExtension().lastPathComponent
        for separator in ["_", "-"] {
            if let token = name.split(separator: Character(separator)).first,
                let found = MunicipalityDirectory.match(String(token))
            {
                return found
            }
        }
        return nil
    }

    private static func contents(of url: URL) throws -> Data {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MinutesError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw MinutesError(path: path, reason: "is a directory") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw MinutesError(path: path, reason: "permission denied")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw MinutesError(path: path, reason: "cannot be read (\(error.localizedDescription))")
        }
    }
}
