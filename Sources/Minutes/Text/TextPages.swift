import Foundation

/// Splits extracted text into lines and removes what the page layout, not the minutes, put there.
enum TextPages {
    /// The lines of `text` without page numbers and running headers or footers, with markdown hard line breaks
    /// (a line ending in two spaces, as extraction marks a wrapped line) joined to the next line.
    static func lines(of text: String) -> [String] {
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        let repeated = runningLines(of: pages)
        var lines: [String] = []
        for page in pages {
            let edges = edgeIndices(of: page)
            for (index, line) in page.enumerated() {
                let plain = TextLine.plain(line)
                if pageNumber.matches(plain) { continue }
                if edges.contains(index), repeated.contains(pageKey(plain)) { continue }
                lines.append(line)
            }
            // Keep a page break from gluing the last line of one page to the first of the next.
            lines.append("")
        }
        return joinHardBreaks(lines)
    }

    // Lines within the top and bottom few non-blank lines of a page, where running headers and footers sit.
    private static func edgeIndices(of page: [String]) -> Set<Int> {
        let filled = page.indices.filter { !TextLine.isBlank(page[$0]) }
        return Set(filled.prefix(6) + filled.suffix(3))
    }

    // Only a document of several pages has running headers; a line counts as one when it (with its numbers
    // masked, so `Side 3` and `Side 4` agree) is on the edge of most pages.
    private static func runningLines(of pages: [[String]]) -> Set<String> {
        guard pages.count >= 3 else { return [] }
        var counts: [String: Int] = [:]
        for page in pages {
            // A section or item heading that happens to open several pages is content, not a running header.
            let edges = edgeIndices(of: page).filter { SectionHeading.find(in: page[$0]) == nil }
            let keys = Set(edges.map { pageKey(TextLine.plain(page[$0])) })
            for key in keys where !key.isEmpty { counts[key, default: 0] += 1 }
        }
        let needed = max(3, (pages.count * 3 + 4) / 5)
        return Set(counts.filter { $0.value >= needed }.keys)
    }

    private static func pageKey(_ plain: String) -> String {
        digits.replacing(in: plain, with: "#").lowercased()
    }

    private static func joinHardBreaks(_ lines: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < lines.count {
            var line = lines[index]
            while line.hasSuffix("  "), !TextLine.isBlank(line), index + 1 < lines.count,
                continues(lines[index + 1])
            {
                index += 1
                line =
                    line.trimmingCharacters(in: .whitespaces) + " " + lines[index].trimmingCharacters(in: .whitespaces)
                    + (lines[index].hasSuffix("  ") ? "  " : "")
            }
            result.append(line)
            index += 1
        }
        return result
    }

    // A hard break joins only to plain text, never to a line that starts a heading or a labelled field.
    private static func continues(_ next: String) -> Bool {
        let trimmed = next.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && !trimmed.hasPrefix("#") && !trimmed.hasPrefix("**") && !trimmed.hasPrefix("__")
    }

    private static let pageNumber = Pattern(#"^(?:side|page)\s+\d+(?:\s*(?:af|of|/)\s*\d+)?$"#)
    private static let digits = Pattern(#"\d+"#)
}
