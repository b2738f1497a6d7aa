/// An item's municipality, committee and meeting year as one value, kept in ``IndexSchema/Slot/facets``.
///
/// A search counts all three facets from this one value: Xapian reads each value slot of every match
/// separately, and reading one slot instead of three is most of what exact facet counts cost.
public struct FacetKey: Sendable, Hashable {
    /// The municipality as printed, or empty when unknown.
    public var municipality: String
    /// The committee as printed.
    public var committee: String
    /// The meeting year, `YYYY`.
    public var year: String

    // A control character: it never occurs in a printed name.
    private static let separator = "\u{1F}"

    /// Creates the key of an item.
    public init(municipality: String, committee: String, year: String) {
        self.municipality = municipality
        self.committee = committee
        self.year = year
    }

    /// Reads a value written by ``value``; nil when it is not one.
    public init?(value: String) {
        let parts = value.split(separator: Self.separator, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        self.init(municipality: String(parts[0]), committee: String(parts[1]), year: String(parts[2]))
    }

    /// The value stored in the slot.
    public var value: String {
        municipality + Self.separator + committee + Self.separator + year
    }
}
