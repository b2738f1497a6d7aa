import Foundation
import Minutes

/// The text of an item's attachments, as `referat harvest` keeps it beside the minutes: `.bilag/<id>.txt` in the
/// folder of the minutes file, `<id>` the last part of the attachment's address.
enum AttachmentTexts {
    /// The name of the hidden folder, beside a minutes file, holding its attachments.
    static let folder = ".bilag"

    /// The attachments of `item`, read from minutes at `source`, that have a text file: title and text, in order.
    static func of(_ item: AgendaItem, source: URL) -> [(name: String, text: String)] {
        guard !item.attachmentURLs.isEmpty else { return [] }
        let directory = source.deletingLastPathComponent().appendingPathComponent(folder, isDirectory: true)
        var texts: [(name: String, text: String)] = []
        for (index, address) in item.attachmentURLs.enumerated() where index < item.attachments.count {
            guard let id = address.flatMap(documentID) else { continue }
            let file = directory.appendingPathComponent("\(id).txt")
            guard let text = try? String(contentsOf: file, encoding: .utf8),
                text.contains(where: { !$0.isWhitespace })
            else { continue }
            texts.append((item.attachments[index], text))
        }
        return texts
    }

    // `https://dagsordener.greve.dk/vis/pdf/bilag/3f67e8c0-…` → `3f67e8c0-…`; only hex digits and dashes, so the
    // name stays inside the folder.
    private static func documentID(_ address: String) -> String? {
        guard let last = address.split(separator: "/").last?.lowercased(), last.count == 36,
            last.allSatisfy({ $0 == "-" || ($0.isHexDigit && $0.isASCII) })
        else { return nil }
        return last
    }
}
