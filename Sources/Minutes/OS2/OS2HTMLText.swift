import Foundation

/// Turns the small HTML fragments that OS2dagsorden publishing XML carries in CDATA into plain text.
///
/// Only what those fragments use is handled: paragraphs, line breaks, lists, tables and headings become line
/// and paragraph breaks, list items get a `- ` bullet, inline tags vanish without adding spaces (exports split
/// words across `<span>`s), whitespace collapses as a browser would, and entities are decoded.
// The FirstAgenda JSON reader brings its own HTML converter; the two should become one after both are merged.
enum OS2HTMLText {
    /// The text of `html`, paragraphs separated by blank lines, list items on lines of their own.
    static func text(of html: String) -> String {
        var blocks: [String] = []
        var current = ""
        var pendingBreak = Break.none
        var skipping: String?

        func flush(_ next: Break) {
            let line = TextLine.collapsed(current)
            current = ""
            if !line.isEmpty {
                if !blocks.isEmpty {
                    blocks.append(pendingBreak == .line ? "\n" : "\n\n")
                }
                blocks.append(line)
                pendingBreak = .none
            }
            pendingBreak = max(pendingBreak, next)
        }

        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            current += decodeEntities(String(rest[..<open]))
            guard let close = rest[open...].firstIndex(of: ">") else {
                rest = rest[open...]
                break
            }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let isEnd = tag.hasPrefix("/")
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if let skipped = skipping {
                if isEnd, name == skipped { skipping = nil }
                continue
            }
            if tag.hasPrefix("!") { continue }
            if ["script", "style"].contains(name), !isEnd {
                skipping = name
            } else if name == "br" {
                current += "\n"
                flush(.line)
            } else if name == "li" {
                flush(.line)
                if !isEnd { current = "- " }
            } else if ["tr", "td", "th"].contains(name) {
                if name == "tr" { flush(.line) } else if !isEnd { current += " " }
            } else if blockTags.contains(name) {
                flush(.paragraph)
            }
        }
        current += decodeEntities(String(rest))
        flush(.none)
        return blocks.joined()
    }

    private enum Break: Int, Comparable {
        case none, line, paragraph

        static func < (lhs: Break, rhs: Break) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// `text` with HTML character references (`&aelig;`, `&#39;`, `&#xE6;`) replaced by their characters;
    /// `&nbsp;` becomes an ordinary space. Unknown names are left as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = after
                continue
            }
            let name = String(after[..<semicolon])
            if let decoded = character(forEntity: name) {
                result += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    private static func character(forEntity name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return value == 0xA0 ? " " : String(Character(scalar))
        }
        return entities[name]
    }

    private static let blockTags: Set<String> = [
        "p", "div", "ol", "ul", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "hr",
    ]

    private static let entities: [String: String] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "aelig": "\u{E6}", "AElig": "\u{C6}", "oslash": "\u{F8}", "Oslash": "\u{D8}", "aring": "\u{E5}",
        "Aring": "\u{C5}", "eacute": "\u{E9}", "Eacute": "\u{C9}", "auml": "\u{E4}", "ouml": "\u{F6}",
        "uuml": "\u{FC}", "Auml": "\u{C4}", "Ouml": "\u{D6}", "Uuml": "\u{DC}", "ndash": "\u{2013}",
        "mdash": "\u{2014}", "hellip": "\u{2026}", "laquo": "\u{AB}", "raquo": "\u{BB}", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}", "bdquo": "\u{201E}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "euro": "\u{20AC}",
        "sect": "\u{A7}", "deg": "\u{B0}", "times": "\u{D7}", "shy": "",
    ]
}
