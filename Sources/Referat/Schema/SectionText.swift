extension StoredItem {
    /// A section of a stored item with its text, found again in the item's ``StoredItem/text`` from its heading.
    public struct SectionText: Sendable, Hashable {
        /// The heading as printed; empty for text before the first heading.
        public var heading: String
        /// The ``Section/Kind`` raw value, or empty for text under no known heading.
        public var kind: String
        /// The section's paragraphs, separated by blank lines.
        public var text: String

        /// The sections of `item` in order, read with its details (``StoredItem/details``): the stored text is
        /// each heading and its text as paragraphs, so a paragraph that is the next heading starts a section.
        public static func split(_ item: StoredItem) -> [SectionText] {
            var sections: [SectionText] = []
            var remaining = item.details.headings[...]
            var current = SectionText(heading: "", kind: "", text: "")
            for paragraph in item.text.components(separatedBy: "\n\n") {
                if let index = remaining.firstIndex(where: { !$0.heading.isEmpty && $0.heading == paragraph }) {
                    if !current.heading.isEmpty || !current.text.isEmpty { sections.append(current) }
                    current = SectionText(heading: paragraph, kind: remaining[index].kind, text: "")
                    remaining = remaining[(index + 1)...]
                } else {
                    current.text += (current.text.isEmpty ? "" : "\n\n") + paragraph
                }
            }
            if !current.heading.isEmpty || !current.text.isEmpty { sections.append(current) }
            return sections
        }
    }
}
