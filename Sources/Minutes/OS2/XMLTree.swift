import Foundation

/// A small read-only element tree of an XML document, built with libxml2 (loaded on first use, see `XMLTreeReader`).
///
/// Publishing systems export whole meetings as XML files of a few hundred kilobytes, so a tree is simpler
/// than event handling and cheap enough. Only elements, attributes and character data (CDATA included) are kept.
struct XMLTree {
    /// One element: its name, attributes, child elements and the character data directly inside it.
    struct Element {
        /// The element name as written, e.g. `MeetingAgendaItem`.
        var name: String
        /// The attributes by name.
        var attributes: [String: String] = [:]
        /// The child elements in document order.
        var children: [Element] = []
        /// The character data directly inside this element (not inside its children), CDATA included.
        var text = ""

        /// The first child element named `name`.
        func child(_ name: String) -> Element? {
            children.first { $0.name == name }
        }

        /// Every child element named `name`.
        func children(_ name: String) -> [Element] {
            children.filter { $0.name == name }
        }

        /// The element at the end of `path` (child names), if each step exists.
        func descendant(_ path: String...) -> Element? {
            var current: Element? = self
            for step in path { current = current?.child(step) }
            return current
        }

        /// The trimmed text of the child element at the end of `path`, or `nil` when missing or empty.
        func value(_ path: String...) -> String? {
            var current: Element? = self
            for step in path { current = current?.child(step) }
            // Not `trimmingCharacters(in:)`: bridging a whole item's text to `NSString` cost as much as reading the item.
            let text = current.map { TextLine.trimming($0.text, where: TextLine.isSpaceOrNewline) } ?? ""
            return text.isEmpty ? nil : text
        }
    }

    /// Why the bytes are not a usable XML document.
    struct Failure: Error, Equatable {
        /// One line saying what the parser rejected, and where.
        var reason: String
    }

    /// The root element of the document `source`, or a `MinutesError` naming the file and what the parser rejected.
    static func parse(_ source: SourceDocument) throws(MinutesError) -> Element {
        do {
            return try parse(source.data)
        } catch {
            throw source.error(error.reason)
        }
    }

    /// The root element of `data`.
    ///
    /// When a strict parse fails, the document is parsed again without the characters XML 1.0 forbids
    /// (C0 controls other than tab, line feed and carriage return, raw or as character references): real exports
    /// carry form feeds and other stray controls copied from word processors, and dropping them loses nothing.
    /// When that parse fails too, its failure is the one reported: the first error of the strict parse may be
    /// a dropped character, not what is wrong with the document.
    static func parse(_ data: Data) throws(Failure) -> Element {
        switch build(data) {
        case .success(let root):
            return root
        case .failure(let failure):
            let cleaned = withoutForbiddenCharacters(data)
            guard cleaned != data else { throw failure }
            return try build(cleaned).get()
        }
    }

    /// The root element name of the XML text `text` (after any declaration, comments and doctype, internal
    /// subset included), read without parsing the document, so that readers can recognise their format cheaply.
    static func rootName(of text: String) -> String? {
        var rest = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        while rest.hasPrefix("<?") || rest.hasPrefix("<!") {
            guard let end = endOfProlog(rest) else { return nil }
            rest = rest[end...].drop { $0.isWhitespace }
        }
        guard rest.hasPrefix("<") else { return nil }
        let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        return name.isEmpty ? nil : String(name)
    }

    // Where the declaration, comment or doctype that `text` starts with ends. A doctype's internal subset
    // (`<!DOCTYPE r [ <!ELEMENT r ANY> ]>`) holds declarations of its own, each ending in `>`, and quoted
    // literals and comments that may hold `>`, `[` or `]`.
    private static func endOfProlog(_ text: Substring) -> Substring.Index? {
        if text.hasPrefix("<!--") { return text.range(of: "-->")?.upperBound }
        if text.hasPrefix("<?") { return text.range(of: "?>")?.upperBound }
        var quote: Character?
        var depth = 0
        var index = text.index(text.startIndex, offsetBy: 2)
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "<", text[index...].hasPrefix("<!--") {
                guard let end = text[index...].range(of: "-->") else { return nil }
                index = end.upperBound
                continue
            } else if character == "[" {
                depth += 1
            } else if character == "]" {
                depth = max(0, depth - 1)
            } else if character == ">", depth == 0 {
                return text.index(after: index)
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// `data` without the C0 control characters XML 1.0 forbids, raw bytes or character references such as
    /// `&#xC;`. Works on UTF-8 and single-byte encodings, whose control characters are single bytes.
    static func withoutForbiddenCharacters(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return data }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "&"), let length = forbiddenReferenceLength(in: bytes, at: index) {
                index += length
                continue
            }
            result.append(byte)
            index += 1
        }
        return Data(result)
    }

    // `&#12;` or `&#x0C;` naming a forbidden control character: the length of the reference, else nil. An XML
    // reference is an HTML one that ends in `;`, so the HTML reader of references reads its number.
    private static func forbiddenReferenceLength(in bytes: [UInt8], at start: Int) -> Int? {
        guard let (value, length) = HTMLEntities.codePoint(in: bytes, at: start),
            bytes[start + length - 1] == UInt8(ascii: ";")
        else { return nil }
        let forbidden = value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D
        return forbidden ? length : nil
    }

    private static func build(_ data: Data) -> Result<Element, Failure> {
        switch XMLTreeReader.read(data) {
        case .root(let root):
            return .success(root)
        case .notWellFormed(let code, let line, let cutShort):
            let description = cutShort ? "document ends too early" : describe(code)
            return .failure(Failure(reason: "not well-formed XML (\(description), line \(line))"))
        case .unavailable(let reason):
            return .failure(Failure(reason: reason))
        }
    }

    // The codes are libxml2's (XML_ERR_…); 0 when libxml2 named no error.
    private static func describe(_ code: Int) -> String {
        switch code {
        case 0: return "not well-formed"
        case 4: return "empty document"
        case 5: return "document ends too early"
        case 9: return "invalid character"
        case 73, 76: return "mismatched tags"
        // libxml2 stops an entity whose expansion grows far beyond the document (a "billion laughs" bomb).
        case 89: return "entity expansion too large"
        default: return "parser error \(code)"
        }
    }
}
