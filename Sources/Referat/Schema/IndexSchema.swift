/// Term prefixes and value slots of a referat index, written down once for the writer, the query builder and
/// outside tools (`quest`, `xapian-delve`, Omega), following Omega's conventions where it has one.
public enum IndexSchema {
    /// Boolean term prefixes. Values are normalised with ``BooleanTerm``.
    public enum Prefix {
        /// The stable item id, e.g. `Qhaderslev-kommune/beskaeftigelse-og-borgerserviceudvalget/2022-09-15/88`.
        public static let id = "Q"
        /// Title words (also indexed unprefixed).
        public static let title = "S"
        /// Decision words (also indexed unprefixed).
        public static let decision = "XB"
        /// Recommendation words (also indexed unprefixed).
        public static let recommendation = "XI"
        /// Parts of compound words, without positions: `ZXPkontanthjælp` from `kontanthjælpsloftet`.
        public static let compoundPart = "XP"
        /// Municipality, lower case: `XMhaderslev kommune`.
        public static let municipality = "XM"
        /// Committee, lower case: `XUudvalget for beskæftigelse`.
        public static let committee = "XU"
        /// Case number, lower case without spaces: `XC21/24526`.
        public static let caseNumber = "XC"
        /// Meeting day, Omega style: `D20220915`.
        public static let day = "D"
        /// Meeting month, Omega style: `M202209`.
        public static let month = "M"
        /// Meeting year, Omega style: `Y2022`.
        public static let year = "Y"
        /// Open or closed agenda: `XSopen`, `XSclosed`.
        public static let status = "XS"
        /// A member absent for the item, lower case: `XAjon krongaard`.
        public static let absent = "XA"
        /// A section the item has, by kind: `XTdecision`.
        public static let section = "XT"
        /// The source file the item came from, as a hash of its path: `XF0123456789abcdef`.
        public static let source = "XF"
    }

    /// Value slots.
    public enum Slot {
        /// Meeting date as `YYYYMMDD`: sorting and date ranges.
        public static let date: UInt32 = 0
        /// Municipality as printed: facet.
        public static let municipality: UInt32 = 1
        /// Committee as printed: facet.
        public static let committee: UInt32 = 2
        /// Meeting year `YYYY`: facet.
        public static let year: UInt32 = 3
        /// Case number as printed.
        public static let caseNumber: UInt32 = 4
        /// The slots every search counts for its facets, in the order they are shown.
        public static let facets = [municipality, committee, year]
    }

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
        /// Every item's facet values (``Slot/facets``) as one table, so searches count facets without reading
        /// values; written at the end of each indexing run and compaction, ignored once the index has moved on.
        public static let facetTable = "referat:facets"
    }

    /// The schema version written to ``Metadata/schemaVersion``; bump when terms or values change meaning.
    public static let version = "2"

    /// The stemmer language for all free text.
    public static let language = "danish"
}
