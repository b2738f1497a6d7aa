/// The one description of a referat index: every field's terms, value slot, query names and facet, the free-text
/// prefixes, and the metadata keys, for the writer, the query builder, facet counting, the renderers and outside
/// tools (`quest`, `xapian-delve`, Omega), following Omega's conventions where it has one.
public enum IndexSchema {
    // MARK: Fields with exact values

    /// The stable item id, e.g. `Qhaderslev-kommune/beskaeftigelse-og-borgerserviceudvalget/2022-09-15/88`.
    public static let id = Field(key: "id", noun: "item id", label: "Id", danishLabel: "Id", prefix: "Q") { [$0.id] }

    /// The municipality, `XMhaderslev kommune`; slot 1 holds it as written.
    public static let municipality = Field(
        key: "municipality",
        noun: "municipality",
        label: "Municipalities",
        danishLabel: "Kommuner",
        prefix: "XM",
        slot: 1,
        queryNames: ["kommune", "municipality"],
        normalization: .name,
        matching: .partial,
        isFacet: true
    ) { $0.municipality.map { [$0] } ?? [] }

    /// The committee, `XUudvalget for beskæftigelse`; slot 2 holds it as written.
    public static let committee = Field(
        key: "committee",
        noun: "committee",
        label: "Committees",
        danishLabel: "Udvalg",
        prefix: "XU",
        slot: 2,
        queryNames: ["udvalg", "committee"],
        normalization: .name,
        matching: .partial,
        isFacet: true
    ) { [$0.committee] }

    /// The meeting year, Omega style: `Y2022`; slot 3 holds it.
    public static let year = Field(
        key: "year",
        noun: "year",
        label: "Years",
        danishLabel: "År",
        prefix: "Y",
        slot: 3,
        queryNames: ["år", "year"],
        isFacet: true
    ) { [String($0.date.prefix(4))] }

    /// The meeting day, Omega style: `D20220915`; slot 0 holds it as `YYYYMMDD` for sorting and date ranges.
    public static let date = Field(
        key: "date",
        noun: "date",
        label: "Dates",
        danishLabel: "Datoer",
        prefix: "D",
        slot: 0,
        queryNames: ["dato", "date"],
        matching: .dateRange
    ) { [$0.date.filter { $0 != "-" }] }

    /// The meeting day, `YYYY-MM-DD`, that ``date``'s slot value (`YYYYMMDD`) holds; nil for any other value.
    public static func day(inDateSlotValue value: String) -> String? {
        let digits = Array(value.utf8)
        guard digits.count == 8 else { return nil }
        return [digits[0..<4], digits[4..<6], digits[6..<8]].map { String(decoding: $0, as: UTF8.self) }
            .joined(separator: "-")
    }

    /// The meeting month, Omega style: `M202209`.
    public static let month = Field(key: "month", noun: "month", label: "Months", danishLabel: "Måneder", prefix: "M") {
        [String($0.date.filter { $0 != "-" }.prefix(6))]
    }

    /// The case number, lower case without spaces: `XC21/24526`; slot 4 holds it as printed.
    public static let caseNumber = Field(
        key: "case",
        noun: "case number",
        label: "Cases",
        danishLabel: "Sager",
        prefix: "XC",
        slot: 4,
        queryNames: ["sag", "case"],
        normalization: .code
    ) { $0.caseNumber.map { [$0] } ?? [] }

    /// Open or closed agenda: `XSopen`, `XSclosed`.
    public static let status = Field(
        key: "status",
        noun: "agenda status",
        label: "Agenda",
        danishLabel: "Dagsorden",
        prefix: "XS"
    ) {
        [$0.closed ? Status.closed : Status.open]
    }

    /// The members absent for the item, names without party: `XAmarc genning`; slot 5 holds them.
    public static let absent = Field(
        key: "absent",
        noun: "absent member",
        label: "Absent",
        danishLabel: "Fraværende",
        prefix: "XA",
        slot: 5,
        queryNames: ["fraværende", "absent"],
        normalization: .name,
        matching: .partial,
        isMultiValued: true,
        isFacet: true
    ) { $0.absent }

    /// The parties that voted for the decision, by letter: `XVFa`; slot 6 holds them.
    public static let votedFor = Field(
        key: "for",
        noun: "party voting for",
        label: "Voted for",
        danishLabel: "Stemte for",
        prefix: "XVF",
        slot: 6,
        queryNames: ["for"],
        normalization: .party,
        isMultiValued: true,
        isFacet: true
    ) { $0.votes?.inFavour ?? [] }

    /// The parties that voted against the decision: `XVIø`; slot 7 holds them.
    public static let votedAgainst = Field(
        key: "against",
        noun: "party voting against",
        label: "Voted against",
        danishLabel: "Stemte imod",
        prefix: "XVI",
        slot: 7,
        queryNames: ["imod", "against"],
        normalization: .party,
        isMultiValued: true,
        isFacet: true
    ) { $0.votes?.against ?? [] }

    /// The parties that abstained or reserved their position: `XVUf`; slot 8 holds them.
    public static let abstained = Field(
        key: "abstained",
        noun: "party abstaining",
        label: "Abstained",
        danishLabel: "Undlod at stemme",
        prefix: "XVU",
        slot: 8,
        queryNames: ["undlod", "abstained"],
        normalization: .party,
        isMultiValued: true,
        isFacet: true
    ) { $0.votes?.abstained ?? [] }

    /// The sections the item has, by kind: `XTdecision`.
    public static let section = Field(
        key: "section",
        noun: "section",
        label: "Sections",
        danishLabel: "Afsnit",
        prefix: "XT"
    ) {
        $0.sections
    }

    /// Every field with exact values, in the order facets are shown.
    public static let fields = [
        id, municipality, committee, year, date, month, caseNumber, status, absent, votedFor, votedAgainst,
        abstained, section,
    ]

    /// The fields searches count, in the order they are shown.
    public static let facets = fields.filter(\.isFacet)

    /// The slots of ``facets``.
    public static let facetSlots = facets.compactMap(\.slot)

    /// The byte between the values of each multi-valued facet's slot.
    static let facetSeparators: [UInt32: UInt8] = Dictionary(
        uniqueKeysWithValues: facets.filter(\.isMultiValued).compactMap { facet in
            facet.slot.map { ($0, Field.valueSeparatorByte) }
        }
    )

    /// The field a query name stands for, e.g. `udvalg` → ``committee``.
    public static func field(named name: String) -> Field? {
        fields.first { $0.queryNames.contains(name) }
    }

    // MARK: Order

    /// The slot holding each item's place in date order (``orderKey(of:)``); apart from the fields' slots.
    public static let orderSlot: UInt32 = 16

    /// Sorts items newest meeting first and, within a meeting, in agenda order (item 9 before item 10), ascending:
    /// the day counted down from 99991231, the municipality and committee, and the item number zero-padded.
    static func orderKey(of item: StoredItem) -> String {
        let day = Int(item.date.filter(\.isNumber)) ?? 0
        let countdown = String(99_999_999 - min(max(day, 0), 99_999_999))
        let number = item.item.prefix { $0.isASCII && $0.isNumber }
        let padded =
            String(repeating: "0", count: max(0, 6 - number.count)) + number + item.item.dropFirst(number.count)
        let meeting = [item.municipality ?? "", item.committee].map(BooleanTerm.name)
        // Line feeds, below every printable character, keep a name that begins another before it.
        return ([String(repeating: "0", count: 8 - countdown.count) + countdown] + meeting + [padded])
            .joined(separator: "\n")
    }

    // MARK: Free text

    /// Title words (also indexed unprefixed).
    public static let title = TextField(prefix: "S", queryNames: ["titel", "title"])
    /// Decision words (also indexed unprefixed).
    public static let decision = TextField(prefix: "XB", queryNames: ["beslutning", "decision"])
    /// Recommendation words (also indexed unprefixed).
    public static let recommendation = TextField(prefix: "XI", queryNames: ["indstilling", "recommendation"])
    /// Words of the attachments' titles (also indexed unprefixed).
    public static let attachment = TextField(prefix: "XE", queryNames: ["bilag", "attachment"])

    /// The fields of free text a query may name.
    public static let textFields = [title, decision, recommendation, attachment]

    /// Parts of compound words, stemmed, without positions: `ZXPkontanthjælp` from `kontanthjælpsloftet`.
    /// `del:kontanthjælp` searches them together with the word itself, at lower weight.
    public static let compoundPart = TextField(prefix: "XP", queryNames: ["del", "part"])

    /// Parts of the title's compound words, stemmed, without positions: `ZXHkunstgræs` from "Kunstgræsbane".
    /// `titel:word` is searched as `titeldel:word`, the title word or a part of one, as plain words are as `del:`.
    public static let titlePart = TextField(prefix: "XH", queryNames: ["titeldel", "titlepart"])

    /// The source file an item came from, as a hash of its absolute path: `XF0123456789abcdef`.
    public static let sourcePrefix = "XF"

    // MARK: Values and metadata

    /// Status term values.
    public enum Status {
        /// An item on the open agenda.
        public static let open = "open"
        /// An item on the closed agenda.
        public static let closed = "closed"
    }

    /// Metadata keys.
    public enum Metadata {
        /// Prefix of the key recording a source file's content hash: `source:/abs/path` → hex hash.
        public static let sourcePrefix = "source:"
        /// The schema version this index was written with.
        public static let schemaVersion = "referat:schema"
        /// The ``Analysis`` this index was written with: `referat` or `baseline`.
        public static let analysis = "referat:analysis"
        /// Every item's facet values (``facetSlots``) as one table, so searches count facets without reading
        /// values; written at the end of each indexing run and compaction, ignored once the index has moved on.
        public static let facetTable = "referat:facets"
        /// Prefix of the key listing the meetings indexed under one municipality, committee and day
        /// (``ItemID/meetingPart(of:)``): `meeting:greve/byraad/2022-01-14` → JSON (`IndexedMeeting`).
        public static let meetingPrefix = "meeting:"
        /// Prefix of the key naming the meeting entry a source file's items are under: `meeting-of:/abs/path` →
        /// the ``meetingPrefix`` key.
        public static let meetingOfPrefix = "meeting-of:"
    }

    /// The schema version written to ``Metadata/schemaVersion``; bump when terms or values change meaning.
    public static let version = "7"

    /// The stemmer language for all free text.
    public static let language = "danish"
}
