import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// An Atom feed as a feed reader sees it, read with Foundation's XML parser: the feed's id and updated time, and
/// each entry's id, title, link and updated time, in order.
final class AtomParser: NSObject, XMLParserDelegate {
    struct Entry: Equatable {
        var id = ""
        var title = ""
        var link = ""
        var updated = ""
    }

    private(set) var feedID = ""
    private(set) var updated = ""
    private(set) var entries: [Entry] = []
    private var entry: Entry?
    private var text = ""

    /// Parses `data`; `nil` when it is not well-formed XML.
    static func parse(_ data: Data) -> AtomParser? {
        let delegate = AtomParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = true
        return parser.parse() ? delegate : nil
    }

    func parser(
        _ parser: XMLParser,
        didStartElement name: String,
        namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        text = ""
        if name == "entry" { entry = Entry() }
        if name == "link", attributes["rel"] == "alternate", entry != nil { entry?.link = attributes["href"] ?? "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch (name, entry != nil) {
        case ("entry", true):
            if let entry { entries.append(entry) }
            entry = nil
        case ("id", true): entry?.id = text
        case ("title", true): entry?.title = text
        case ("updated", true): entry?.updated = text
        case ("id", false): feedID = text
        case ("updated", false): updated = text
        default: break
        }
    }
}
