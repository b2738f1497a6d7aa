/// The field names a query may use, in Danish, and the index prefixes behind them.
public enum SearchFields {
    /// `titel:` words in the title.
    public static let title = "titel"
    /// `beslutning:` words in the decision.
    public static let decision = "beslutning"
    /// `indstilling:` words in the recommendation.
    public static let recommendation = "indstilling"
    /// `udvalg:` the committee, whole name in any case.
    public static let committee = "udvalg"
    /// `kommune:` the municipality, whole name in any case.
    public static let municipality = "kommune"
    /// `sag:` the case number.
    public static let caseNumber = "sag"
    /// `år:` the meeting year.
    public static let year = "år"
    /// `dato:` a range of meeting dates, `dato:2022-01-01..2022-12-31` (years and months allowed).
    public static let date = "dato"
    /// `fraværende:` a member absent for the item.
    public static let absent = "fraværende"
    /// `del:` a word as part of a compound (`del:kontanthjælp` finds `kontanthjælpsloftet`), at lower weight.
    public static let compoundPart = "del"
}
