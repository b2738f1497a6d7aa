import Foundation

/// The sections of one FirstAgenda agenda item, read from the headings and paragraphs of its HTML body.
///
/// FirstAgenda prints the decision first (under `Beslutning`, or with no heading at all on closed items and in
/// some templates), then a `Fremstilling` heading that wraps the case presentation, whose own headings
/// (`Sagsprocedure`, `Resume`, `Indstilling`, `Sagsbeskrivelse`, …) are the real sections, and last
/// `Sagens forløb`. Headings are classified with the shared Danish vocabulary (`SectionHeading`).
struct FirstAgendaBody {
    /// The sections in order; none has empty text. Text before the first heading is the decision.
    private(set) var sections: [Section] = []

    /// Members named in `Fraværende:` or `Afbud:` lines, each once.
    var absent: [String] {
        NameList.names(in: sections.filter { $0.kind == .absent }.map(\.text).joined(separator: "\n"))
    }

    /// Splits `blocks` into sections.
    ///
    /// A recognised heading starts a section, as does a paragraph that is nothing but a known section name.
    /// A heading followed directly by another heading (the `Fremstilling` wrapper, an empty `<h2>`) gives no
    /// section. Any other heading is a sub-heading: it stays in the text of the recognised section it is in,
    /// or starts a section of kind `.other` when there is none. A `Fraværende: …` or `Afbud: …` line of a
    /// decision becomes an `.absent` section after it (in `Sagens forløb` such lines are about earlier meetings
    /// and stay text). A first paragraph that repeats `title` is dropped.
    init(blocks: [HTMLText.Block], title: String) {
        var heading = ""
        var kind = Section.Kind.decision
        var paragraphs: [String] = []
        var absentees: [Section] = []
        var started = false

        func close() {
            let text = paragraphs.joined(separator: "\n\n")
            if !text.isEmpty { sections.append(Section(heading: heading, kind: kind, text: text)) }
            sections += absentees
            paragraphs = []
            absentees = []
        }

        for (index, block) in blocks.enumerated() {
            if let found = Self.sectionHeading(block) {
                close()
                (heading, kind, started) = (found.heading, found.kind, true)
                if let inline = found.inlineText { paragraphs.append(inline) }
            } else if block.isHeading {
                guard index + 1 < blocks.count, !blocks[index + 1].isHeading else { continue }
                if started && kind != .other {
                    paragraphs.append(block.text)
                } else {
                    close()
                    (heading, kind, started) = (block.text, .other, true)
                }
            } else if !started, sections.isEmpty, paragraphs.isEmpty, Self.repeats(title, in: block.text) {
                continue
            } else {
                var kept: [String] = []
                // Split by byte: walking every body a `Character` at a time was most of finding its sections.
                for line in block.text.utf8.split(separator: UInt8(ascii: "\n")).map({ String(Substring($0)) }) {
                    if kind == .decision, let (label, names) = Self.absenceLine(line) {
                        absentees.append(Section(heading: label, kind: .absent, text: names))
                    } else {
                        kept.append(line)
                    }
                }
                if !kept.isEmpty { paragraphs.append(kept.joined(separator: "\n")) }
            }
        }
        close()
    }

    // Some templates print the title again above the decision, its lines wrapped where the title has spaces.
    private static func repeats(_ title: String, in text: String) -> Bool {
        text.utf8.count == title.utf8.count && text.replacingOccurrences(of: "\n", with: " ") == title
    }

    // `Fraværende: Bjarke Abel, Linda Heegaard` → (`Fraværende`, the names): a label the shared vocabulary files
    // under `.absent`, a colon and text. A dictionary look-up, as it runs on every line of every item.
    private static func absenceLine(_ line: String) -> (label: String, names: String)? {
        guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")),
            TextLine.isShort(line[..<colon], atMost: 40)
        else { return nil }
        let label = TextLine.trimming(line[..<colon], where: TextLine.isSpace)
        let names = TextLine.trimming(line[line.index(after: colon)...], where: TextLine.isSpace)
        guard !names.isEmpty, SectionHeading.kind(ofName: label) == .absent else { return nil }
        return (label, names)
    }

    // A heading the shared vocabulary knows, or a one-line paragraph that is exactly a known section name
    // (some templates set `Sagsprocedure` in bold instead of as a heading).
    private static func sectionHeading(_ block: HTMLText.Block) -> SectionHeading.Found? {
        if block.isHeading { return SectionHeading.find(in: block.text) }
        guard block.text.utf8.count <= 80, !block.text.utf8.contains(UInt8(ascii: "\n")) else { return nil }
        let name = TextLine.trimming(block.text) { $0 == ":" || $0 == "." || $0 == " " }
        guard let kind = SectionHeading.kind(ofName: name) else { return nil }
        return SectionHeading.Found(heading: name, kind: kind, inlineText: nil)
    }
}
