import Foundation

/// Turns an HTML fragment into plain text: paragraphs and headings, without markup. Every reader whose source
/// carries HTML (FirstAgenda JSON bodies, SBSYS item fields) reads it with this one converter.
///
/// Block elements (`p`, `div`, `table`, `ul`, …) separate paragraphs; `li`, `tr` and `br` start new lines
/// within one; list items keep a `- ` marker (`1. `, `2. `… in an ordered list, see `ListMarkers`); table cells
/// on a row are separated by a tab. Inline elements (`span`, `em`, `b`, `a`, …) add nothing, so a word that the
/// markup splits (`ud</span><span>valg`) stays one word. Character references are decoded as HTML reads them
/// (see `HTMLEntities`), runs of whitespace (the no-break space included) become one space, soft hyphens and
/// zero-width spaces are dropped, and the text is NFC.
public enum HTMLText {
    /// One block of text: a heading (`h1`–`h6`) or a paragraph.
    public struct Block: Sendable, Hashable {
        /// What the block is.
        public enum Kind: Sendable, Hashable {
            /// A heading of level 1–6.
            case heading(level: Int)
            /// Ordinary text; its lines are separated by `\n`.
            case paragraph
        }

        /// What the block is.
        public var kind: Kind
        /// The text, never empty.
        public var text: String

        /// Creates a block.
        public init(kind: Kind, text: String) {
            self.kind = kind
            self.text = text
        }

        /// Whether the block is a heading.
        public var isHeading: Bool {
            if case .heading = kind { return true }
            return false
        }
    }

    /// How the items of a list are marked.
    public enum ListMarkers: Sendable, Hashable {
        /// `- ` in an unordered list, `1. `, `2. `… in an ordered one.
        case numbered
        /// `- ` in every list, for sources whose ordered lists show letters or numerals that counting would misstate.
        case bullets
    }

    /// The headings and paragraphs of `html` in document order. Empty elements give no block.
    public static func blocks(from html: String, listMarkers: ListMarkers = .numbered) -> [Block] {
        var writer = Writer(listMarkers: listMarkers)
        for token in HTMLTokenizer(html) {
            switch token {
            case .text(let text): writer.append(text)
            case .start(let name): writer.open(name)
            case .end(let name): writer.close(name)
            }
        }
        writer.endParagraph()
        writer.endHeading()
        return writer.blocks
    }

    /// The text of `html`: every block, headings included, separated by a blank line.
    public static func text(from html: String, listMarkers: ListMarkers = .numbered) -> String {
        blocks(from: html, listMarkers: listMarkers).map(\.text).joined(separator: "\n\n")
    }

    static let paragraphElements: Set<String> = [
        "p", "div", "table", "ul", "ol", "dl", "blockquote", "pre", "section", "article", "header", "footer",
        "nav", "aside", "main", "figure", "figcaption", "form", "fieldset", "address", "center", "hr", "caption",
        "body", "html",
    ]
    static let lineElements: Set<String> = ["li", "tr", "dt", "dd"]
    static let cellElements: Set<String> = ["td", "th"]
    static let headingLevels: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]
}

extension HTMLText {
    // Collects text into lines, lines into paragraphs and paragraphs into blocks as the tags arrive. Text is kept
    // as UTF-8 until a block ends: a character at a time, Swift strings cost more than reading the HTML.
    private struct Writer {
        var blocks: [Block] = []
        private var paragraph: [UInt8] = []
        private var line: [UInt8] = []
        private var pendingSpace = false
        private var pendingCell = false
        // The list marker for the next text on a line (`- ` or `3. `), kept until text arrives.
        private var pendingMarker: String?
        private var lists: [(ordered: Bool, count: Int)] = []
        private var heading: (level: Int, text: [UInt8])?
        private var cellDepth = 0
        private var itemDepth = 0
        private let listMarkers: ListMarkers

        init(listMarkers: ListMarkers) {
            self.listMarkers = listMarkers
        }

        mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                // Runs of visible characters are written whole.
                var index = 0
                var runStart = 0
                while index < bytes.count {
                    let (scalar, width) = UTF8Decoding.scalar(in: bytes, at: index)
                    let space = Self.isSpace(scalar)
                    guard space || Self.isInvisible(scalar) else {
                        index += width
                        continue
                    }
                    if runStart < index { write(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                    if space { pendingSpace = true }
                    index += width
                    runStart = index
                }
                if runStart < index { write(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            }
        }

        mutating func open(_ name: String) {
            if let level = HTMLText.headingLevels[name] {
                endHeading()
                endParagraph()
                heading = (level, [])
            } else if name == "br" {
                lineBreak(hard: true)
            } else if HTMLText.cellElements.contains(name) {
                cellDepth += 1
                if !line.isEmpty { pendingCell = true }
            } else if HTMLText.lineElements.contains(name) {
                lineBreak(hard: false)
                if name == "li" {
                    itemDepth += 1
                    let list = lists.last ?? (ordered: false, count: 0)
                    pendingMarker = list.ordered && listMarkers == .numbered ? "\(list.count + 1). " : "- "
                    if !lists.isEmpty { lists[lists.count - 1].count += 1 }
                }
            } else if HTMLText.paragraphElements.contains(name) {
                if name == "ul" || name == "ol" { lists.append((ordered: name == "ol", count: 0)) }
                blockBoundary()
            }
        }

        mutating func close(_ name: String) {
            if HTMLText.headingLevels[name] != nil {
                endHeading()
            } else if HTMLText.cellElements.contains(name) {
                cellDepth = max(0, cellDepth - 1)
                if !line.isEmpty { pendingCell = true }
            } else if HTMLText.lineElements.contains(name) {
                lineBreak(hard: false)
                if name == "li" {
                    pendingMarker = nil
                    itemDepth = max(0, itemDepth - 1)
                }
            } else if HTMLText.paragraphElements.contains(name) {
                if name == "ul" || name == "ol", !lists.isEmpty {
                    lists.removeLast()
                    itemDepth = min(itemDepth, lists.count)
                }
                blockBoundary()
            }
        }

        mutating func endHeading() {
            guard let open = heading else { return }
            heading = nil
            pendingSpace = false
            let text = UnicodeText.nfc(
                TextLine.trimming(String(decoding: open.text, as: UTF8.self), where: TextLine.isSpace)
            )
            if !text.isEmpty { blocks.append(Block(kind: .heading(level: open.level), text: text)) }
        }

        mutating func endParagraph() {
            endLine()
            pendingCell = false
            if !paragraph.isEmpty {
                let text = UnicodeText.nfc(String(decoding: paragraph, as: UTF8.self))
                blocks.append(Block(kind: .paragraph, text: text))
            }
            paragraph = []
        }

        // Inside a heading or a table cell a block element only separates words, inside a list item it ends the
        // line, elsewhere the paragraph.
        private mutating func blockBoundary() {
            if heading != nil || cellDepth > 0 {
                pendingSpace = true
            } else if itemDepth > 0 {
                endLine()
            } else {
                endParagraph()
            }
        }

        // A `br` on an empty line leaves a blank line, which ends the paragraph; `li` and `tr` only end the line.
        private mutating func lineBreak(hard: Bool) {
            if heading != nil {
                pendingSpace = true
            } else if line.isEmpty && hard {
                endParagraph()
            } else {
                endLine()
            }
        }

        private mutating func endLine() {
            pendingSpace = false
            pendingCell = false
            while line.last == Self.space || line.last == Self.tab { line.removeLast() }
            if !line.isEmpty {
                if !paragraph.isEmpty { paragraph.append(Self.lineFeed) }
                paragraph += line
            }
            line.removeAll(keepingCapacity: true)
        }

        private mutating func write(_ run: UnsafeBufferPointer<UInt8>) {
            if heading != nil {
                if pendingSpace, !(heading?.text.isEmpty ?? true) { heading?.text.append(Self.space) }
                heading?.text.append(contentsOf: run)
                pendingSpace = false
                return
            }
            if line.isEmpty, let marker = pendingMarker {
                line = Array(marker.utf8)
                pendingMarker = nil
            } else if pendingCell {
                line.append(Self.tab)
            } else if pendingSpace, !line.isEmpty, line.last != Self.space {
                line.append(Self.space)
            }
            line.append(contentsOf: run)
            pendingSpace = false
            pendingCell = false
        }

        private static let space = UInt8(ascii: " ")
        private static let tab = UInt8(ascii: "\t")
        private static let lineFeed = UInt8(ascii: "\n")

        // ASCII first: this runs on every character of every body.
        private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D: true
            case ..<0x80: false
            default: scalar.properties.isWhitespace
            }
        }

        // Soft hyphens, zero-width spaces and joiners, and byte order marks print nothing.
        private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: true
            default: false
            }
        }
    }
}
