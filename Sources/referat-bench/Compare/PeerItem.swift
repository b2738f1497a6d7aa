import Foundation
import Minutes
import Referat

/// One agenda item as the peers receive it: the fields of referat's schema, already extracted from the minutes.
struct PeerItem: Sendable, Hashable {
    /// referat's stable item id.
    var id: String
    /// The municipality as printed, or empty.
    var municipality: String
    /// The committee as printed.
    var committee: String
    /// The meeting date, `YYYYMMDD`.
    var date: String
    /// The case number as printed, or empty.
    var caseNumber: String
    /// The item number as printed.
    var item: String
    /// Whether the item is on the closed agenda.
    var closed: Bool
    /// The title.
    var title: String
    /// The decision section, or empty.
    var decision: String
    /// The recommendation section, or empty.
    var recommendation: String
    /// The item's sections after the title, with their headings.
    var body: String

    /// The bytes of item text every engine indexes: title and body.
    var textBytes: Int { title.utf8.count + body.utf8.count }

    /// Reads every file under `folder` with referat's readers, keeping the last of items with the same id as the
    /// index does; files that are not minutes are counted, not read.
    static func read(folder: String) -> (items: [PeerItem], files: Int, failed: Int) {
        let loader = MinutesLoader()
        var items: [PeerItem] = []
        var position: [String: Int] = [:]
        var files = 0
        var failed = 0
        for path in Self.files(under: folder) {
            files += 1
            guard let meeting = try? loader.load(fileAt: URL(fileURLWithPath: path)) else {
                failed += 1
                continue
            }
            for agendaItem in meeting.items {
                let stored = StoredItem(meeting: meeting, item: agendaItem, source: path)
                let item = PeerItem(
                    id: stored.id,
                    municipality: stored.municipality ?? "",
                    committee: stored.committee,
                    date: meeting.date.compact,
                    caseNumber: stored.caseNumber ?? "",
                    item: stored.item,
                    closed: stored.closed,
                    title: stored.title,
                    decision: stored.decision ?? "",
                    recommendation: agendaItem.recommendation ?? "",
                    body: stored.text
                )
                if let index = position[item.id] {
                    items[index] = item
                } else {
                    position[item.id] = items.count
                    items.append(item)
                }
            }
        }
        return (items, files, failed)
    }

    /// Regular files under `folder`, hidden ones skipped, in a stable order.
    private static func files(under folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard
            let walker = FileManager.default.enumerator(
                at: root,
                includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles]
            )
        else { return [] }
        var found: [String] = []
        for case let url as URL in walker
        where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            found.append(url.path)
        }
        return found.sorted()
    }
}
