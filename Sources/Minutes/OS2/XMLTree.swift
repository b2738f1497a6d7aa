import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small read-only element tree of an XML document, built with Foundation's `XMLParser`.
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
            let text = current?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
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
    static func parse(_ data: Data) throws(Failure) -> Element {
        switch build(data) {
        case .success(let root):
            return root
        case .failure(let failure):
            let cleaned = withoutForbiddenCharacters(data)
            guard cleaned != data, case .success(let root) = build(cleaned) else { throw failure }
            return root
        }
    }

    /// The root element name of the XML text `text` (after any declaration, comments and doctype), read
    /// without parsing the document, so that readers can recognise their format cheaply.
    static func rootName(of text: String) -> String? {
        var rest = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        while rest.hasPrefix("<?") || rest.hasPrefix("<!") {
            let terminator = rest.hasPrefix("<!--") ? "-->" : ">"
            guard let end = rest.range(of: terminator) else { return nil }
            rest = rest[end.upperBound...].drop { $0.isWhitespace }
        }
        guard rest.hasPrefix("<") else { return nil }
        let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        return name.isEmpty ? nil : String(name)
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

    // `&#12;` or `&#x0C;` naming a forbidden control character: the length of the reference, else nil.
    private static func forbiddenReferenceLength(in bytes: [UInt8], at start: Int) -> Int? {
        guard start + 3 < bytes.count, bytes[start + 1] == UInt8(ascii: "#") else { return nil }
        var index = start + 2
        let hex = bytes[index] == UInt8(ascii: "x") || bytes[index] == UInt8(ascii: "X")
        if hex { index += 1 }
        var digits = ""
        while index < bytes.count, index - start < 12, bytes[index] != UInt8(ascii: ";") {
            digits.append(Character(Unicode.Scalar(bytes[index])))
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ";"),
            let value = UInt32(digits, radix: hex ? 16 : 10)
        else { return nil }
        let forbidden = value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D
        return forbidden ? index - start + 1 : nil
    }

    private static func build(_ data: Data) -> Result<Element, Failure> {
        let parser = XMLParser(data: data)
        let builder = TreeBuilder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        if parser.parse(), let root = builder.root {
            return .success(root)
        }
        let message = parser.parserError.map { Self.describe($0) } ?? "not well-formed"
        return .failure(Failure(reason: "not well-formed XML (\(message), line \(parser.lineNumber))"))
    }

    // The codes are libxml2's (XML_ERR_…), which Darwin's NSXMLParser shares; swift-corelibs-foundation's
    // `XMLParser.ErrorCode` cases are off by one from them, so the numbers are matched directly.
    private static func describe(_ error: any Error) -> String {
        let code = (error as NSError).code
        switch code {
        case 4: return "empty document"
        case 5: return "document ends too early"
        case 9: return "invalid character"
        case 73, 76: return "mismatched tags"
        default: return "parser error \(code)"
        }
    }
}

// XMLParser reports events to a class delegate; the builder lives only for one parse on one thread.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack: [XMLTree.Element] = []
    var root: XMLTree.Element?

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        stack.append(XMLTree.Element(name: elementName, attributes: attributeDict))
    }

    func parser(
        _ parser: XMLParser,
        didEndElement elementName: String,
        namespaceURI: String?,
        qualifiedName qName: String?
    ) {
        guard let element = stack.popLast() else { return }
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].children.append(element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }
}
