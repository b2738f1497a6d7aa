import Foundation

/// Reads what a person sees from the server's HTML: the hits, the facet counts, links and texts, by the
/// markup the templates write.
struct PageScraper {
    let html: String

    /// The item ids of the hits, in order.
    var hitIDs: [String] {
        matches(#"<li class="hit[^"]*">\s*<h3>(?:<span class="number">[^<]*</span> )?<a href="/punkt/([^"]+)""#).map {
            decodePath($0[0])
        }
    }

    /// The facet counts by Danish heading, then value; `1.234` read as 1234.
    var facets: [String: [String: Int]] {
        var facets: [String: [String: Int]] = [:]
        let sections = html.components(separatedBy: #"<section class="facet">"#).dropFirst()
        for section in sections {
            guard let heading = Self.first(#"<h2>([^<]*)</h2>"#, in: section)?[0] else { continue }
            let values = Self.all(
                #"<span class="value">(?:✓ )?([^<]*)</span> <span class="count">([0-9.]+)</span>"#,
                in: section
            )
            facets[unescape(heading)] = Dictionary(
                values.map { (unescape($0[0]), Int($0[1].replacingOccurrences(of: ".", with: "")) ?? -1) },
                uniquingKeysWith: +
            )
        }
        return facets
    }

    /// The target of the facet link for `value` under `heading`.
    func facetHref(_ heading: String, _ value: String) -> String? {
        let sections = html.components(separatedBy: #"<section class="facet">"#).dropFirst()
        guard let section = sections.first(where: { $0.contains("<h2>\(heading)</h2>") }) else { return nil }
        for match in Self.all(#"<a href="([^"]*)"[^>]*><span class="value">(?:✓ )?([^<]*)</span>"#, in: section)
        where unescape(match[1]) == value {
            return unescape(match[0])
        }
        return nil
    }

    /// The total of the summary line, `12 punkter fundet`.
    var total: Int? {
        (Self.first(#"class="summary"[^>]*>([0-9.]+) punkt"#, in: html)?[0]).flatMap {
            Int($0.replacingOccurrences(of: ".", with: ""))
        }
    }

    /// The capture groups of every match of `pattern`.
    func matches(_ pattern: String) -> [[String]] {
        Self.all(pattern, in: html)
    }

    /// HTML's five escapes undone.
    func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    private func decodePath(_ text: String) -> String {
        unescape(text).removingPercentEncoding ?? text
    }

    static func first(_ pattern: String, in text: String) -> [String]? {
        all(pattern, in: text).first
    }

    static func all(_ pattern: String, in text: String) -> [[String]] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).map { match in
            (1..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }
}
