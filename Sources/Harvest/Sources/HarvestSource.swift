import Foundation

/// One site to harvest, as a line of the sources file names it.
public struct HarvestSource: Sendable, Hashable {
    /// The kinds of publishing site referat can harvest.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A FirstAgenda Publication site (`dagsordener.<kommune>.dk`), backed by its JSON API.
        case firstagenda
    }

    /// The municipality as it is officially named, e.g. `Greve Kommune`.
    public var municipality: String
    /// The site's address without a trailing slash, e.g. `https://dagsordener.greve.dk`.
    public var baseURL: URL
    /// What software publishes there.
    public var kind: Kind
    /// The folder under the corpus the site's files go to, e.g. `greve`: built by referat from the municipality's
    /// name, so it never holds a path separator.
    public var folder: String

    /// A source for `municipality` at `baseURL`; the folder is the municipality's name as a slug without
    /// `Kommune` (`Greve Kommune` → `greve`, `Høje-Taastrup Kommune` → `hoeje-taastrup`).
    public init(municipality: String, baseURL: URL, kind: Kind = .firstagenda) {
        self.municipality = municipality
        self.baseURL = baseURL
        self.kind = kind
        var name = municipality
        for suffix in [" Regionskommune", " Kommune"] where name.lowercased().hasSuffix(suffix.lowercased()) {
            name = String(name.dropLast(suffix.count))
        }
        let slug = FileNames.slug(name)
        folder = slug.isEmpty ? "site" : slug
    }

    /// The site's host and port, which requests are paced per.
    public var host: String {
        let host = baseURL.host ?? ""
        return baseURL.port.map { "\(host):\($0)" } ?? host
    }

    /// The address of `path` (which starts with `/`) on the site.
    func url(_ path: String) -> String {
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return base + path
    }
}
