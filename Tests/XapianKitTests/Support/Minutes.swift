import Foundation
import XapianKit

/// One agenda item from a set of Danish council minutes, as a test fixture.
struct MinuteItem {
    var id: String
    var caseNumber: String
    var committee: String
    var date: String  // YYYYMMDD
    var title: String
    var text: String
}

/// The index layout the tests use, mirroring what the referat indexer will write.
enum Schema {
    static let dateSlot: UInt32 = 0
    static let committeeSlot: UInt32 = 1
    static let stopWords = ["og", "for", "til", "i", "om", "på", "at", "med", "blev"]

    static func uniqueTerm(_ id: String) -> String { "Q" + id }
    static func caseTerm(_ caseNumber: String) -> String {
        "XC" + caseNumber.lowercased().filter { !$0.isWhitespace }
    }
    static func committeeTerm(_ committee: String) -> String {
        let separators = { (character: Character) in
            character.isWhitespace || character.unicodeScalars.first?.properties.generalCategory == .dashPunctuation
        }
        return "XU" + committee.lowercased().split(whereSeparator: separators).joined(separator: " ")
    }
    /// `START..END` over the date slot, each end digits with optional dashes (`2022`, `2022-06`, `2022-06-30`), the
    /// start padded with 0s and the end with 9s so that a partial end takes in the whole year or month; an end may
    /// repeat the field (`..dato:2023`) or be left out. Just enough date handling to test ranges in Xapian.
    static func dateRange(_ value: String) throws(FieldValueError) -> Query {
        let ends = value.components(separatedBy: "..")
        guard ends.count == 2 else { throw FieldValueError("not a range: \(value)") }
        var bounds: [String] = []
        for (end, padding) in zip(ends, ["0", "9"]) {
            let digits = end.drop { $0 != ":" && !$0.isNumber }.drop { $0 == ":" }.filter { $0 != "-" }
            guard digits.allSatisfy(\.isNumber), digits.count <= 8 else { throw FieldValueError("not a date: \(end)") }
            bounds.append(digits.padding(toLength: 8, withPad: padding, startingAt: 0))
        }
        return .valueRange(slot: dateSlot, from: bounds[0], to: bounds[1])
    }
}

/// Real-world-shaped agenda items from Danish municipal committees.
let sampleItems = [
    MinuteItem(
        id: "aarhus-2022-09-15-4",
        caseNumber: "21/24526",
        committee: "Beskæftigelse- og Borgerserviceudvalget",
        date: "20220915",
        title: "Kontanthjælpsmodtagere i aktivering",
        text: "Udvalget drøftede indsatsen for kontanthjælpsmodtagere og besluttede at styrke virksomhedspraktikken."
    ),
    MinuteItem(
        id: "aarhus-2022-03-01-7",
        caseNumber: "22/1043",
        committee: "Teknik- og Miljøudvalget",
        date: "20220301",
        title: "Lokalplan for boliger ved havnen",
        text: "Forslag til lokalplanen for boligområdet ved havnen blev godkendt til offentlig høring i otte uger."
    ),
    MinuteItem(
        id: "aarhus-2022-11-10-2",
        caseNumber: "21/24526",
        committee: "Beskæftigelse- og Borgerserviceudvalget",
        date: "20221110",
        title: "Opfølgning på udvalgets beslutning",
        text: "Udvalgets beslutning om kontanthjælp blev fulgt op, og forvaltningen orienterede om status."
    ),
    MinuteItem(
        id: "aarhus-2023-01-25-1",
        caseNumber: "S23-0500",
        committee: "Økonomiudvalget",
        date: "20230125",
        title: "Budget 2023",
        text: "Økonomiudvalget godkendte budgettet for 2023 med tillægsbevillinger til skoleområdet."
    ),
    MinuteItem(
        id: "aarhus-2022-06-30-3",
        caseNumber: "22/7001",
        committee: "Børne- og Skoleudvalget",
        date: "20220630",
        title: "Skolestruktur",
        text: "Børne- og Skoleudvalget drøftede skolestrukturen og kapaciteten på skolerne i midtbyen."
    ),
]

/// Writes `items` into the index at `path` the way the indexer will: stemmed title and text, boolean filter terms,
/// the date and committee in value slots, the id as data, spelling data from the text (fed by the term generator, or
/// with `spellingFromDocuments` from each finished document), the generator remembering `rememberedStems` stems.
func writeIndex(
    at path: String,
    items: [MinuteItem],
    strategy: StemmingStrategy = .some,
    mode: WritableDatabase.OpenMode = .createOrOverwrite,
    spellingFromDocuments: Bool = false,
    rememberedStems: Int = 0
) throws {
    let database = try WritableDatabase(path: path, mode: mode)
    let generator = TermGenerator(
        stemmer: try Stemmer(language: "danish"),
        stopper: Stopper(words: Schema.stopWords),
        strategy: strategy,
        rememberedStems: rememberedStems
    )
    if !spellingFromDocuments { generator.enableSpelling(into: database) }
    for item in items {
        let document = Document()
        generator.setDocument(document)
        generator.index(item.title, prefix: "S")
        generator.increaseTermPosition()
        generator.index(item.title)
        generator.increaseTermPosition()
        generator.index(item.text)
        document.addBooleanTerm(Schema.uniqueTerm(item.id))
        document.addBooleanTerm(Schema.caseTerm(item.caseNumber))
        document.addBooleanTerm(Schema.committeeTerm(item.committee))
        document.addBooleanTerm("Y" + item.date.prefix(4))
        document.setValue(item.date, slot: Schema.dateSlot)
        document.setValue(item.committee, slot: Schema.committeeSlot)
        document.data = item.id
        if spellingFromDocuments { try database.addSpellings(of: document) }
        try database.replaceDocument(document, uniqueTerm: Schema.uniqueTerm(item.id))
    }
    try database.commit()
    try database.close()
}

/// A query parser configured like the search side of referat.
func makeParser(database: Database?, strategy: StemmingStrategy = .some) throws -> QueryParser {
    let parser = QueryParser()
    parser.stemmer = try Stemmer(language: "danish")
    parser.stemmingStrategy = strategy
    parser.stopper = Stopper(words: Schema.stopWords)
    parser.defaultOperator = .and
    parser.database = database
    parser.addPrefix("titel", "S")
    parser.addField("sag", boolean: true) { .term(Schema.caseTerm($0)) }
    parser.addField("udvalg", boolean: true) { .term(Schema.committeeTerm($0)) }
    parser.addField("dato", boolean: true) { value throws(FieldValueError) in try Schema.dateRange(value) }
    return parser
}

/// The ids (document data) of every match of `query`, in result order.
func matchingIDs(_ query: Query, in database: Database) throws -> [String] {
    let enquire = Enquire(database: database)
    enquire.setQuery(query)
    let page = try enquire.mset(offset: 0, limit: 100, checkAtLeast: database.documentCount)
    return try (0..<page.count).map { try page.hit(at: $0).data }
}

/// The ids of every match of `text` parsed by `parser`, sorted so that tests do not depend on weights.
func matchingIDs(_ text: String, parser: QueryParser, in database: Database) throws -> [String] {
    try matchingIDs(parser.parse(text), in: database).sorted()
}
