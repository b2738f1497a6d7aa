import Foundation
import Minutes
import XapianKit

/// Turns one agenda item into one Xapian document laid out as ``IndexSchema`` says.
final class ItemDocumentBuilder {
    private let termGenerator: TermGenerator
    /// Writes compound parts: they are searched only by stem (`del:`), so their words as written would be dead weight.
    private let partGenerator: TermGenerator
    private let analysis: Analysis
    private let compounds: (any CompoundParts)?
    /// The parts of each word split so far: the same words recur from item to item, and splitting is costly.
    private var knownParts: [String: [String]] = [:]

    /// Creates a builder that, when `compounds` is given, indexes the parts of compound words.
    ///
    /// It touches no index: the writer adds each document and its words' spelling data.
    init(analyzer: DanishAnalyzer, compounds: (any CompoundParts)?) {
        termGenerator = analyzer.makeTermGenerator()
        partGenerator = analyzer.makeStemTermGenerator()
        analysis = analyzer.analysis
        self.compounds = analysis.compounds ? compounds : nil
    }

    /// The document for `item` of `meeting`, tagged with `sourceTerm` so a changed file's items can be removed,
    /// with its stored form; `attachments` are the titles and texts of its attachments that have text. The writer
    /// gives it its id (``finish(_:id:)``), which depends on what the index holds.
    func document(
        for item: AgendaItem,
        of meeting: Meeting,
        source: String,
        sourceTerm: String,
        attachments: [(name: String, text: String)] = []
    ) throws -> (stored: StoredItem, document: Document) {
        var stored = StoredItem(meeting: meeting, item: item, source: source)
        let document = Document()
        termGenerator.setDocument(document)

        // With compound parts in the index (wdf 1 each), a real word counts twice as much as a part.
        let word = compounds == nil ? 1 : 2
        // With field weights the title counts twice, so a word in it outweighs the same word in the body.
        termGenerator.index(item.title, wdf: (analysis.fieldWeights ? 2 : 1) * word)
        termGenerator.index(item.title, prefix: IndexSchema.title.prefix)
        termGenerator.increaseTermPosition()
        // The committee's name is part of what an item is about: `byråd lokalplan` means the council's.
        termGenerator.index(meeting.committee, wdf: word)
        termGenerator.increaseTermPosition()
        if let decision = stored.decision {
            termGenerator.index(decision, prefix: IndexSchema.decision.prefix)
            // The body holds the decision too; this makes its words count twice.
            if analysis.fieldWeights { termGenerator.indexWithoutPositions(decision, wdf: word) }
        }
        if let recommendation = item.recommendation {
            termGenerator.index(recommendation, prefix: IndexSchema.recommendation.prefix)
        }
        termGenerator.index(stored.text, wdf: word)
        if !item.attachments.isEmpty {
            termGenerator.increaseTermPosition()
            let names = item.attachments.joined(separator: "\n")
            termGenerator.index(names, prefix: IndexSchema.attachment.prefix)
            termGenerator.index(names, wdf: word)
        }
        for attachment in attachments {
            // An attachment's words count once, below the item's own (twice with compound parts), and are found
            // with `bilag:` as its title is.
            termGenerator.increaseTermPosition()
            termGenerator.index(attachment.text, prefix: IndexSchema.attachment.prefix)
            termGenerator.index(attachment.text, wdf: 1)
            stored.attachmentTexts.append(
                StoredItem.AttachmentText(
                    name: attachment.name,
                    text: ItemDocumentBuilder.prefix(of: attachment.text, bytes: StoredItem.attachmentSnippetBytes)
                )
            )
        }
        if let compounds {
            // Parts go under their own prefix without positions; queries weigh them below the word itself.
            let parts = Self.words(in: item.title, stored.text).flatMap { compoundParts(of: $0, splitBy: compounds) }
            let titleParts = Self.words(in: item.title).flatMap { compoundParts(of: $0, splitBy: compounds) }
            partGenerator.setDocument(document)
            for (parts, field) in [(parts, IndexSchema.compoundPart), (titleParts, IndexSchema.titlePart)]
            where !parts.isEmpty {
                partGenerator.indexWithoutPositions(parts.joined(separator: " "), prefix: field.prefix)
            }
        }

        for field in IndexSchema.fields where field != IndexSchema.id {
            let values = field.values(stored)
            for value in values { document.addBooleanTerm(field.term(value)) }
            if let slot = field.slot { document.setValue(field.slotValue(values), slot: slot) }
        }
        document.setValue(IndexSchema.orderKey(of: stored), slot: IndexSchema.orderSlot)
        document.addBooleanTerm(sourceTerm)
        return (stored, document)
    }

    /// Gives `document` of `stored` the id `id`: its id term and its data. Returns the id term.
    static func finish(_ document: Document, stored: StoredItem, id: String) -> String {
        var stored = stored
        stored.id = id
        let term = IndexSchema.id.term(id)
        document.addBooleanTerm(term)
        document.data = stored.documentData()
        return term
    }

    private func compoundParts(of word: String, splitBy compounds: any CompoundParts) -> [String] {
        if let known = knownParts[word] { return known }
        // A bound keeps a long run's memory flat; starting afresh costs only a little re-splitting.
        if knownParts.count >= Self.knownPartsLimit { knownParts.removeAll(keepingCapacity: true) }
        let parts = compounds.parts(of: word)
        knownParts[word] = parts
        return parts
    }

    private static let knownPartsLimit = 100_000

    /// The start of `text`, at most `bytes` bytes of UTF-8, cut between characters.
    static func prefix(of text: String, bytes: Int) -> String {
        guard text.utf8.count > bytes else { return text }
        var prefix = String(decoding: Array(text.utf8.prefix(bytes)), as: UTF8.self)
        // A character cut in two decodes as one replacement character at the end.
        if prefix.last == "\u{FFFD}" { prefix.removeLast() }
        return prefix
    }

    /// The distinct lower-case words of `texts` long enough to be compounds, in no particular order: their parts
    /// are indexed without positions, so the order changes nothing in the index.
    static func words(in texts: String...) -> [String] {
        // Strings, not Substrings: words are short enough to be stored inline, and hash far faster.
        var lowerCase = Set<String>()
        for var text in texts {
            // UTF-8, not Characters: grapheme breaking cost more than building a document.
            text.withUTF8 { bytes in
                var start = 0
                var length = 0
                var index = 0
                while index < bytes.count {
                    let (scalar, width) = UTF8Decoding.scalar(in: bytes, at: index)
                    if isLetter(scalar) {
                        if length == 0 { start = index }
                        length += 1
                    } else {
                        if length >= minimumCompoundLength { lowerCase.insert(lowerCaseWord(bytes, start..<index)) }
                        length = 0
                    }
                    index += width
                }
                if length >= minimumCompoundLength { lowerCase.insert(lowerCaseWord(bytes, start..<index)) }
            }
        }
        return Array(lowerCase)
    }

    private static func lowerCaseWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercasedQuickly()
    }

    /// The fewest letters of a word whose compound parts are indexed.
    static let minimumCompoundLength = 6

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x61...0x7A, 0x41...0x5A: true
        case 0...0x7F: false
        default: scalar.properties.isAlphabetic
        }
    }
}

@available(*, unavailable)
extension ItemDocumentBuilder: Sendable {}
