import Foundation
import Minutes

/// The real agenda items that generated items are drawn from, read from a corpus through the project's own readers.
///
/// Items keep their titles, their sections with their headings, and their attachment titles; their case numbers,
/// dates and committees are not used. Sections of kind `.other` are left out (their headings have no fixed
/// meaning), as are items left with no section and items that would not read back exactly from both output
/// formats (in eDoc's plain text, a line of the body that looks like a section heading starts a new section).
public struct SourcePool: Sendable {
    /// One real item, as the generator reuses it.
    public struct Item: Sendable, Hashable {
        /// The title as published, without any `Lukket:` prefix.
        public var title: String
        /// The decision, if the item had one.
        public var decision: Section?
        /// Absent members' lines recorded with the decision.
        public var absent: [Section]
        /// The other sections in their order (summary, recommendation, presentation, …).
        public var body: [Section]
        /// Attachment titles.
        public var attachments: [String]

        /// The agenda item this source item becomes at a meeting; with `decision`, that decision replaces its own
        /// and the members absent at the original meeting are left out.
        public func agendaItem(
            number: String,
            caseNumber: String,
            isClosed: Bool,
            decision: Section? = nil,
            attachments: [String]? = nil
        ) -> AgendaItem {
            let opening = decision.map { [$0] } ?? self.decision.map { [$0] + absent } ?? []
            return AgendaItem(
                number: number,
                title: title,
                caseNumber: caseNumber,
                isClosed: isClosed,
                sections: opening + body,
                attachments: attachments ?? self.attachments
            )
        }
    }

    /// The items, in a fixed order (by file path, then by position in the file).
    public let items: [Item]
    /// Every attachment title in the pool, for items that list none of their own.
    public let attachmentTitles: [String]
    /// One-line decisions from the pool, for cases that return to a later meeting with a new decision.
    public let decisions: [Section]
    /// Indices into `decisions` of those that recommend (*anbefales*), as the finance committee decides on cases
    /// going on to the council; all of them if none does.
    public let recommendingDecisions: [Int]
    /// Indices into `decisions` of those that approve (*godkendt*) without recommending, as the council decides;
    /// all of them if none does.
    public let approvingDecisions: [Int]

    /// Creates a pool of `items`; it must not be empty.
    public init(items: [Item]) {
        self.items = items
        attachmentTitles = items.flatMap(\.attachments)
        // One-line decisions, which read back the same whichever item they are put under.
        let decisions = items.compactMap(\.decision).filter { !$0.text.contains("\n") && $0.text.count <= 300 }
        let recommending = decisions.indices.filter { decisions[$0].text.lowercased().contains("anbefal") }
        let approving = decisions.indices.filter {
            let text = decisions[$0].text.lowercased()
            return text.contains("godkend") && !text.contains("anbefal")
        }
        self.decisions = decisions
        recommendingDecisions = recommending.isEmpty ? Array(decisions.indices) : recommending
        approvingDecisions = approving.isEmpty ? Array(decisions.indices) : approving
    }

    /// Reads every file under `folder` that the project's readers accept; files they reject are skipped.
    ///
    /// - Throws: `GeneratorError` when the folder cannot be listed or holds no usable item.
    public static func load(from folder: URL) throws -> SourcePool {
        let loader = MinutesLoader()
        var items: [Item] = []
        for file in try files(under: folder) {
            guard let meeting = try? loader.load(fileAt: file) else { continue }
            items += meeting.items.compactMap(Self.item).filter { RoundTrip.survives($0, loader: loader) }
        }
        guard !items.isEmpty else {
            throw GeneratorError("no agenda items with text found under \(folder.path)")
        }
        return SourcePool(items: items)
    }

    /// The pool item made from a real `item`, or `nil` when it has no usable section.
    public static func item(_ item: AgendaItem) -> Item? {
        let title = item.title.trimmingCharacters(in: .whitespacesAndNewlines)
        let kept = item.sections.filter { $0.kind != .other && !$0.text.isEmpty && !$0.heading.isEmpty }
        let decision = kept.first { $0.kind == .decision }
        let body = kept.filter { $0.kind != .decision && $0.kind != .absent && $0.kind != .attachments }
        guard !title.isEmpty, decision != nil || !body.isEmpty else { return nil }
        return Item(
            title: title,
            decision: decision,
            absent: decision == nil ? [] : kept.filter { $0.kind == .absent },
            body: body,
            attachments: item.attachments.filter { !$0.isEmpty }
        )
    }

    // Sorted paths, so that the pool, and with it the corpus, never depends on the order the file system lists.
    private static func files(under folder: URL) throws -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { throw GeneratorError("cannot list \(folder.path)") }
        var files: [URL] = []
        for case let url as URL in enumerator
        where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            files.append(url)
        }
        guard !files.isEmpty else { throw GeneratorError("no files under \(folder.path)") }
        return files.sorted { $0.path < $1.path }
    }
}
