import Minutes

/// One thing the index records about every item as exact terms: its description says how the values are
/// normalised, which term prefix and value slot hold them, which query fields and filters find them, and whether
/// searches count them as a facet. ``IndexSchema`` lists every field; indexing, querying, facet counting and the
/// renderers all work from that list.
public struct Field: Sendable, Hashable, CustomStringConvertible {
    /// How values are made comparable, the same way when indexing and when a user types one.
    public enum Normalization: Sendable, Hashable {
        /// The value as written.
        case verbatim
        /// Names of places, committees and people (``BooleanTerm/name(_:)``).
        case name
        /// Codes such as case numbers (``BooleanTerm/code(_:)``).
        case code
        /// Party letters, also typed as party names: `Enhedslisten`, `(Ø)` and `ø` are one party.
        case party
    }

    /// How a filter matches what a user typed.
    public enum Matching: Sendable, Hashable {
        /// The whole value, normalised.
        case exact
        /// The whole value; an abbreviation through the thesaurus (`ØU` → Økonomiudvalget); else every indexed
        /// value whose words the typed words begin (`plan` → Plan- og Tryghedsudvalget). See `NameMatcher`.
        case partial
        /// A day, month or year, or a range of them, over the slot (``DateBound``): `2023-05`, `marts 2023`,
        /// `2022..2023-06`.
        case dateRange
    }

    /// The key in JSON output, facet maps and ``SearchRequest/filters``, e.g. `committee`.
    public let key: String
    /// What one value is, for messages: `committee`, `absent member`.
    public let noun: String
    /// A heading for people, English: `Committees`.
    public let label: String
    /// A heading for people, Danish: `Udvalg`.
    public let danishLabel: String
    /// The boolean term prefix: every value is indexed as prefix + normalised value.
    public let prefix: String
    /// The value slot holding the values as written, or `nil`. A multi-valued field keeps its values sorted and
    /// joined by ``valueSeparator``.
    public let slot: UInt32?
    /// The names `name:value` takes in a query, Danish first; empty for fields no query names.
    public let queryNames: [String]
    /// How values are normalised for terms.
    public let normalization: Normalization
    /// How a filter's value matches.
    public let matching: Matching
    /// Whether an item may have several values.
    public let isMultiValued: Bool
    /// Whether searches count the field's values over all matches (needs a slot).
    public let isFacet: Bool
    /// The values of an item, as written.
    let values: @Sendable (StoredItem) -> [String]

    /// Separates the values of a multi-valued field in its slot: no name or code holds a line feed.
    public static let valueSeparator: Character = "\n"
    /// ``valueSeparator`` as the byte a slot holds.
    static let valueSeparatorByte = UInt8(ascii: "\n")

    init(
        key: String,
        noun: String,
        label: String,
        danishLabel: String,
        prefix: String,
        slot: UInt32? = nil,
        queryNames: [String] = [],
        normalization: Normalization = .verbatim,
        matching: Matching = .exact,
        isMultiValued: Bool = false,
        isFacet: Bool = false,
        values: @escaping @Sendable (StoredItem) -> [String]
    ) {
        precondition(!isFacet || slot != nil, "a facet needs a value slot")
        self.key = key
        self.noun = noun
        self.label = label
        self.danishLabel = danishLabel
        self.prefix = prefix
        self.slot = slot
        self.queryNames = queryNames
        self.normalization = normalization
        self.matching = matching
        self.isMultiValued = isMultiValued
        self.isFacet = isFacet
        self.values = values
    }

    /// `value` normalised as the field says.
    public func normalised(_ value: String) -> String {
        switch normalization {
        case .verbatim: value
        case .name: BooleanTerm.name(value)
        case .code: BooleanTerm.code(value)
        case .party: BooleanTerm.code(DanishParty.letter(for: value) ?? value)
        }
    }

    /// Whether `value` can be a value of this field at all: a party filter takes only a party's letter or name.
    public func accepts(_ value: String) -> Bool {
        normalization != .party || DanishParty.letter(for: value) != nil
    }

    /// What follows the prefix in the term for `value`: the value normalised, and bounded so the term stays
    /// within Xapian's limit (``KeyLength``).
    public func termValue(_ value: String) -> String {
        KeyLength.bounded(normalised(value), toBytes: KeyLength.maximumTermBytes - prefix.utf8.count)
    }

    /// The boolean term for `value`, the same at index and query time however long the value is.
    public func term(_ value: String) -> String {
        prefix + termValue(value)
    }

    /// What the slot holds for `values`: the value itself, or a multi-valued field's values sorted and joined.
    func slotValue(_ values: [String]) -> String {
        guard isMultiValued else { return values.first ?? "" }
        return Set(values).sorted().joined(separator: String(Self.valueSeparator))
    }

    /// The values a slot value holds: the inverse of ``slotValue(_:)``.
    func values(inSlotValue value: String) -> [Substring] {
        guard isMultiValued else { return value.isEmpty ? [] : [Substring(value)] }
        return value.split(separator: Self.valueSeparator)
    }

    public var description: String { key }

    public static func == (lhs: Field, rhs: Field) -> Bool { lhs.key == rhs.key }

    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}
