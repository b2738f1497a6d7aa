import Foundation
import Referat

/// An Atom 1.0 feed of a search's newest items, as the feed template renders it: one entry per item, newest
/// meeting first, each with a stable id made from the item's id.
struct FeedView: Sendable {
    /// One item.
    struct Entry: Sendable {
        let id: String
        let title: String
        let updated: String
        let href: String
        let originalHref: String?
        let summary: String
        let categories: [String]
    }

    let id: String
    let title: String
    let subtitle: String
    let updated: String
    let selfHref: String
    let pageHref: String
    let entries: [Entry]

    /// The naming authority of every `tag:` id (RFC 4151); entry ids depend on nothing else but the item id, so
    /// they stay the same across runs, servers and re-indexing.
    static let tagAuthority = "tag:referat,2024:"

    /// The feed of `hits` (newest first) for `search`, its links absolute under `base` (`http://host:port`).
    init(search: WebSearch, hits: [SearchHit], base: String, limits: WebLimits) {
        let parameters = Links.feed(search, limits: limits).dropFirst("/feed.atom".count)
        id = Self.tagAuthority + "feed" + parameters
        let words = search.query.trimmingCharacters(in: .whitespaces)
        title = words.isEmpty ? "referat: nye punkter" : "referat: \(words)"
        subtitle = Self.describe(search)
        selfHref = base + Links.feed(search, limits: limits)
        var page = search
        page.page = 1
        pageHref = base + Links.search(page, limits: limits)
        entries = hits.map { hit in
            Entry(
                id: Self.tagAuthority + "punkt/" + hit.id,
                title: hit.title,
                updated: Self.timestamp(hit.date),
                href: base + Links.item(hit.id),
                originalHref: hit.url.flatMap { Links.isSafeExternal($0) ? $0 : nil },
                summary: Self.summary(of: hit),
                categories: [hit.municipality, hit.committee].compactMap { $0 }
            )
        }
        updated = hits.map(\.date).max().map(Self.timestamp) ?? Self.timestamp("1970-01-01")
    }

    /// A meeting day as an RFC 3339 time: the start of the day in UTC.
    static func timestamp(_ date: String) -> String {
        date + "T00:00:00Z"
    }

    private static func summary(of hit: SearchHit) -> String {
        var parts = [hit.municipality, hit.committee, DanishFormat.date(hit.date), "punkt \(hit.item)"].compactMap {
            $0
        }
        if let caseNumber = hit.caseNumber { parts.append("sag \(caseNumber)") }
        var text = parts.joined(separator: " · ")
        if let decision = hit.decision { text += "\nBeslutning: " + decision }
        return text
    }

    private static func describe(_ search: WebSearch) -> String {
        var parts: [String] = []
        for field in WebSearch.filterFields {
            guard let values = search.filters[field] else { continue }
            parts.append("\(field.danishLabel): \(values.joined(separator: ", "))")
        }
        if let from = search.from { parts.append("fra \(from)") }
        if let to = search.to { parts.append("til \(to)") }
        return parts.isEmpty ? "Nyeste punkter først" : "Nyeste punkter først; " + parts.joined(separator: "; ")
    }
}
