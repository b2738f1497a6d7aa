import CLibXML2
import Foundation

/// Builds an `XMLTree.Element` tree by pulling nodes from libxml2's reader (see `CLibXML2`), which loads libxml2
/// the first time a document is parsed.
enum XMLTreeReader {
    /// What one parse gave.
    enum Outcome {
        /// The document is well-formed; its root element.
        case root(XMLTree.Element)
        /// libxml2 rejected the document: its first error's XML_ERR_* code (0 when it gave none) and line, and
        /// whether the bytes ran out inside an unfinished tag (a cut-off document, whatever libxml2 made of that tag).
        case notWellFormed(code: Int, line: Int, cutShort: Bool)
        /// libxml2 could not be loaded or could not start; the message says why.
        case unavailable(String)
    }

    /// The element tree of `data`, elements named as written (namespaces are not processed), entity and character
    /// references replaced, CDATA kept as text. External entities and DTDs are never loaded.
    static func read(_ data: Data) -> Outcome {
        data.withUnsafeBytes { bytes in
            var message: UnsafeMutablePointer<CChar>?
            guard let reader = cxml_reader_new(bytes.baseAddress, bytes.count, &message) else {
                defer { cxml_string_free(message) }
                return .unavailable(message.map { String(cString: $0) } ?? "libxml2 could not start")
            }
            defer { cxml_reader_free(reader) }
            return build(reader, length: bytes.count, endsWithTag: endsWithTag(bytes))
        }
    }

    // The document is `length` bytes long; an error raised where they run out, in a document that does not end
    // with a tag, means the document was cut off.
    private static func build(_ reader: OpaquePointer, length: Int, endsWithTag: Bool) -> Outcome {
        var stack: [XMLTree.Element] = []
        var root: XMLTree.Element?
        while true {
            switch cxml_reader_read(reader) {
            case CXML_READ_NODE:
                break
            case CXML_READ_END:
                guard let root else { return .notWellFormed(code: 0, line: 0, cutShort: false) }
                return .root(root)
            default:
                return .notWellFormed(
                    code: Int(cxml_reader_error_code(reader)),
                    line: Int(cxml_reader_error_line(reader)),
                    cutShort: !endsWithTag && cxml_reader_error_offset(reader) >= length
                )
            }
            switch cxml_reader_node_type(reader) {
            case CXML_NODE_ELEMENT:
                let element = startElement(reader)
                if cxml_reader_is_empty_element(reader) == 1 {
                    close(element, into: &stack, root: &root)
                } else {
                    stack.append(element)
                }
            case CXML_NODE_END_ELEMENT:
                if let element = stack.popLast() { close(element, into: &stack, root: &root) }
            case CXML_NODE_TEXT, CXML_NODE_CDATA, CXML_NODE_WHITESPACE, CXML_NODE_SIGNIFICANT_WHITESPACE:
                if !stack.isEmpty, let value = cxml_reader_value(reader) {
                    stack[stack.count - 1].text += String(cString: value)
                }
            default:
                continue
            }
        }
    }

    // The element the reader is on, with its attributes; the reader is left on the element.
    private static func startElement(_ reader: OpaquePointer) -> XMLTree.Element {
        var element = XMLTree.Element(name: string(cxml_reader_name(reader)))
        while cxml_reader_move_to_next_attribute(reader) == 1 {
            element.attributes[string(cxml_reader_name(reader))] = string(cxml_reader_value(reader))
        }
        cxml_reader_move_to_element(reader)
        return element
    }

    private static func close(
        _ element: XMLTree.Element,
        into stack: inout [XMLTree.Element],
        root: inout XMLTree.Element?
    ) {
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].children.append(element)
        }
    }

    // Whether the last character other than whitespace is `>`, as in every complete document; NUL bytes are
    // skipped too, so that UTF-16 documents are judged by their last character as well.
    private static func endsWithTag(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let last = bytes.last { ![0x00, 0x09, 0x0A, 0x0D, 0x20].contains($0) }
        return last == UInt8(ascii: ">")
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
