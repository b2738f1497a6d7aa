import Foundation

/// What referat remembers of a site between runs, kept in `<corpus>/<folder>/.harvest.json`.
public struct HarvestState: Codable, Sendable, Equatable {
    /// One meeting held in the corpus.
    public struct Meeting: Codable, Sendable, Equatable {
        /// The committee's name as published.
        public var committee: String
        /// The meeting day, `YYYY-MM-DD`.
        public var date: String
        /// The listing's ``ListedMeeting/version`` when the meeting was fetched.
        public var version: String
        /// The file's name in the site's folder.
        public var file: String
        /// How many agenda items the file holds.
        public var items: Int
        /// Whether every attachment was fetched; if not, the meeting is fetched again next run.
        public var complete: Bool
        /// Whether the committee is marked dissolved.
        public var historic: Bool

        /// A meeting held in file `file`.
        public init(
            committee: String,
            date: String,
            version: String,
            file: String,
            items: Int,
            complete: Bool,
            historic: Bool
        ) {
            self.committee = committee
            self.date = date
            self.version = version
            self.file = file
            self.items = items
            self.complete = complete
            self.historic = historic
        }
    }

    /// The site's address.
    public var site: String
    /// The municipality.
    public var municipality: String
    /// When the last run started, ISO 8601.
    public var lastRun: String?
    /// When the last run that met no error ended, ISO 8601.
    public var lastSuccess: String?
    /// The last run's first error, `nil` when it met none.
    public var lastError: String?
    /// How many meetings the last run found listed; `nil` when it listed none because it failed first.
    public var lastListed: Int?
    /// When a run last wrote a new or changed meeting, ISO 8601.
    public var lastNew: String?
    /// The meetings held, by id.
    public var meetings: [String: Meeting] = [:]

    /// An empty state for `source`.
    public init(source: HarvestSource) {
        site = source.baseURL.absoluteString
        municipality = source.municipality
    }

    /// The state file's name in a site's folder.
    public static let fileName = ".harvest.json"

    /// The state kept in `folder`, or `nil` when there is none or it cannot be read.
    public static func load(from folder: URL) -> HarvestState? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)) else { return nil }
        return try? JSONDecoder().decode(HarvestState.self, from: data)
    }

    /// Writes the state into `folder`, atomically.
    func save(in folder: URL) throws(HarvestError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(self)
        } catch {
            throw .cannotWrite(path: folder.appendingPathComponent(Self.fileName).path, reason: "\(error)")
        }
        try AtomicFile.write(data, to: folder.appendingPathComponent(Self.fileName))
    }

    /// `date` as the state writes it.
    static func stamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
