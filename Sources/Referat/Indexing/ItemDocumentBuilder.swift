import Foundation
import Minutes
import XapianKit

/// Turns one agenda item into one Xapian document laid out as ``IndexSchema`` says.
final class ItemDocumentBuilder {
    private let termGenerator: TermGenerator
    private let encoder: JSONEncoder

    /// Creates a builder that adds spelling data to `database` as it indexes.
    init(analyzer: DanishAnalyzer, spellingDatabase: WritableDatabase?) {
        termGenerator = analyzer.makeTermGenerator()
        if let spellingDatabase { termGenerator.enableSpelling(into: spellingDatabase) }
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// The document for `item` of `meeting`, tagged with `sourceTerm` so a changed file's items can be removed.
    func document(for item: AgendaItem, of meeting: Meeting, source: String, sourceTerm: String) throws -> Document {
        let stored = StoredItem(meeting: meeting, item: item, source: source)
        let document = Document()
        termGenerator.setDocument(document)

        // The title counts twice in the free text so a word in it outweighs the same word in the body.
        termGenerator.index(item.title, wdf: 2)
        termGenerator.index(item.title, prefix: IndexSchema.Prefix.title)
        termGenerator.increaseTermPosition()
        if let decision = stored.decision {
            termGenerator.index(decision, prefix: IndexSchema.Prefix.decision)
        }
        if let recommendation = stored.recommendation {
            termGenerator.index(recommendation, prefix: IndexSchema.Prefix.recommendation)
        }
        termGenerator.index(stored.text)

        document.addBooleanTerm(IndexSchema.Prefix.id + stored.id)
        if let municipality = meeting.municipality {
            document.addBooleanTerm(IndexSchema.Prefix.municipality + BooleanTerm.name(municipality))
        }
        document.addBooleanTerm(IndexSchema.Prefix.committee + BooleanTerm.name(meeting.committee))
        if let caseNumber = item.caseNumber {
            document.addBooleanTerm(IndexSchema.Prefix.caseNumber + BooleanTerm.code(caseNumber))
        }
        let date = meeting.date.compact
        document.addBooleanTerm(IndexSchema.Prefix.day + date)
        document.addBooleanTerm(IndexSchema.Prefix.month + date.prefix(6))
        document.addBooleanTerm(IndexSchema.Prefix.year + date.prefix(4))
        document.addBooleanTerm(
            IndexSchema.Prefix.status + (item.isClosed ? IndexSchema.Status.closed : IndexSchema.Status.open)
        )
        for name in stored.absent {
            document.addBooleanTerm(IndexSchema.Prefix.absent + BooleanTerm.name(name))
        }
        for kind in Set(item.sections.map(\.kind)) {
            document.addBooleanTerm(IndexSchema.Prefix.section + kind.rawValue)
        }
        document.addBooleanTerm(sourceTerm)

        document.setValue(date, slot: IndexSchema.Slot.date)
        document.setValue(meeting.municipality ?? "", slot: IndexSchema.Slot.municipality)
        document.setValue(meeting.committee, slot: IndexSchema.Slot.committee)
        document.setValue(String(date.prefix(4)), slot: IndexSchema.Slot.year)
        document.setValue(item.caseNumber ?? "", slot: IndexSchema.Slot.caseNumber)
        document.data = String(decoding: try encoder.encode(stored), as: UTF8.self)
        return document
    }
}

@available(*, unavailable)
extension ItemDocumentBuilder: Sendable {}
