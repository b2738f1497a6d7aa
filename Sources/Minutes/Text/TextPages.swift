import Foundation

/// Splits extracted text into lines and removes what the page layout, not the minutes, put there.
enum TextPages {
    /// The lines of `text` without page numbers and running headers or footers, with markdown hard line breaks
    /// (a line ending in two spaces, as extraction marks a wrapped line) joined to the next line.
    static func lines(of text: String) -> [Line] {
        let pages = pages(of: text)
        let repeated = runningLines(of: pages)
        var lines: [Line] = []
        for page in pages {
            let edges = edgeIndices(of: page)
            for (index, line) in page.enumerated() {
                if isPageNumber(line.plain) { continue }
                if edges.contains(index), repeated.contains(pageKey(line.plain)) { continue }
                lines.append(line)
            }
            // Keep a page break from gluing the last line of one page to the first of the next.
            lines.append(Line(""))
        }
        return joinHardBreaks(lines)
    }

    // The lines of each form-feed separated page. Form feed and line feed always end a character, so splitting
    // the UTF-8 bytes splits at the same places as splitting the characters, without finding character boundaries.
    private static func pages(of text: String) -> [[Line]] {
        var pages: [[Line]] = []
        var page: [Line] = []
        var start = text.utf8.startIndex
        for index in text.utf8.indices where text.utf8[index] == 0x0A || text.utf8[index] == 0x0C {
            page.append(Line(String(text[start..<index])))
            if text.utf8[index] == 0x0C {
                pages.append(page)
                page = []
            }
            start = text.utf8.index(after: index)
        }
        page.append(Line(String(text[start...])))
        pages.append(page)
        return pages
    }

    // Lines within the top and bottom few non-blank lines of a page, where running headers and footers sit.
    private static func edgeIndices(of page: [Line]) -> Set<Int> {
        let filled = page.indices.filter { !page[$0].isBlank }
        return Set(filled.prefix(6) + filled.suffix(3))
    }

    // Only a document of several pages has running headers; a line counts as one when it (with its numbers
    // masked, so `Side 3` and `Side 4` agree) is on the edge of most pages.
    private static func runningLines(of pages: [[Line]]) -> Set<String> {
        guard pages.count >= 3 else { return [] }
        var counts: [String: Int] = [:]
        for page in pages {
            // A section or item heading that happens to open several pages is content, not a running header.
            let edges = edgeIndices(of: page).filter { SectionHeading.find(in: page[$0]) == nil }
            let keys = Set(edges.map { pageKey(page[$0].plain) })
            for key in keys where !key.isEmpty { counts[key, default: 0] += 1 }
        }
        let needed = max(3, (pages.count * 3 + 4) / 5)
        return Set(counts.filter { $0.value >= needed }.keys)
    }

    // `Side 3`, `Page 2 of 9`. Only a line starting with s or p (or ſ, which matches s) can be one.
    private static func isPageNumber(_ plain: String) -> Bool {
        guard let first = plain.unicodeScalars.first, "sSpPſ".unicodeScalars.contains(first) else { return false }
        return pageNumber.matches(plain)
    }

    private static func pageKey(_ plain: String) -> String {
        digits.replacing(in: plain, with: "#").lowercased()
    }

    private static func joinHardBreaks(_ lines: [Line]) -> [Line] {
        var result: [Line] = []
        var index = 0
        while index < lines.count {
            var line = lines[index]
            while line.raw.utf8.last == 0x20, line.raw.hasSuffix("  "), !line.isBlank, index + 1 < lines.count,
                continues(lines[index + 1].raw)
            {
                index += 1
                let next = lines[index].raw
                line = Line(
                    line.raw.trimmingCharacters(in: .whitespaces) + " " + next.trimmingCharacters(in: .whitespaces)
                        + (next.hasSuffix("  ") ? "  " : "")
                )
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

    private static let pageNumber = Pattern(
        #"^(?:side|page)\s+\d+(?:\s*(?:af|of|/)\s*\d+)?$"#,
        requiring: ["side", "page"]
    )
    private static let digits = Pattern(#"\d+"#)
}
