/// The server's URLs, made in one place so that every page links the same way: `/punkt/<id>`, `/sag/<number>`,
/// `/moede/<id>`, each `/` of an id or case number kept and every other byte outside `A–Z a–z 0–9 - . _ ~`
/// percent-encoded.
enum Links {
    /// The search page for `search`.
    static func search(_ search: WebSearch, limits: WebLimits) -> String {
        with("/", search.parameters(defaultPageSize: limits.defaultPageSize))
    }

    /// The Atom feed of `search`: its parameters without the page.
    static func feed(_ search: WebSearch, limits: WebLimits) -> String {
        with("/feed.atom", firstPage(search).parameters(defaultPageSize: limits.defaultPageSize))
    }

    /// The CSV export of `search`'s whole result.
    static func csv(_ search: WebSearch, limits: WebLimits) -> String {
        with("/eksport.csv", firstPage(search).parameters(defaultPageSize: limits.defaultPageSize))
    }

    /// The JSON API's answer to `search`.
    static func api(_ search: WebSearch, limits: WebLimits) -> String {
        with("/api/v1/search", search.parameters(defaultPageSize: limits.defaultPageSize))
    }

    /// The page of the item with id `id`.
    static func item(_ id: String) -> String { "/punkt/" + path(id) }

    /// The timeline of case `number`.
    static func caseTimeline(_ number: String) -> String { "/sag/" + path(number) }

    /// The agenda of the meeting with id `id`.
    static func meeting(_ id: String) -> String { "/moede/" + path(id) }

    /// `text` for a URL path: each part between slashes percent-encoded.
    static func path(_ text: String) -> String {
        text.split(separator: "/", omittingEmptySubsequences: false).map { QueryString.encode($0) }
            .joined(separator: "/")
    }

    /// The text of the path parts after a route's prefix, decoded and joined by `/`: what ``path(_:)`` encoded.
    static func decodedPath(_ parts: [Substring]) -> String {
        parts.map { QueryString.decode($0, plusIsSpace: false) }.joined(separator: "/")
    }

    /// Whether `url` may be a link's target: only `http` and `https`, so that no `javascript:` or `data:` address
    /// from the minutes becomes a live link.
    static func isSafeExternal(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }

    private static func firstPage(_ search: WebSearch) -> WebSearch {
        var search = search
        search.page = 1
        return search
    }

    private static func with(_ path: String, _ parameters: QueryString) -> String {
        let encoded = parameters.encoded
        return encoded.isEmpty ? path : path + "?" + encoded
    }
}
