/// Which of referat's Danish search improvements an index and its searches use.
///
/// An index records the analysis it was built with (``IndexSchema/Metadata/analysis``) and searches follow it,
/// so the evaluation can compare referat with plain Xapian Danish stemming on the same items.
public struct Analysis: Sendable, Hashable, CustomStringConvertible {
    /// Stem words to their dictionary lemmas (hunspell's Danish dictionary) instead of Snowball's stems, which merge
    /// unrelated words (`ledighed`, `ledelse` and `leder` all become `led`).
    public var lemmas: Bool
    /// Index the parts of compound words (`kontanthjælpsloftet` → `kontanthjælp`, `loftet`) as weightless terms.
    public var compounds: Bool
    /// Let `aa`/`å`, `ae`/`æ`, `oe`/`ø` spellings of a query word find each other.
    public var folding: Bool
    /// Expand abbreviations and synonyms common in minutes (`KB`, `ØU`, `byråd`, …).
    public var thesaurus: Bool
    /// Let phrases match inflected forms (each phrase word widened to its indexed forms); exact phrases rank first.
    public var inflectedPhrases: Bool
    /// Count title and decision words more than body words.
    public var fieldWeights: Bool

    /// Everything on: what `referat index` builds.
    public static let referat = Analysis(
        lemmas: true,
        compounds: true,
        folding: true,
        thesaurus: true,
        inflectedPhrases: true,
        fieldWeights: true
    )

    /// Plain Xapian Danish stemming, as Omega and most council search sites use it.
    public static let baseline = Analysis(
        lemmas: false,
        compounds: false,
        folding: false,
        thesaurus: false,
        inflectedPhrases: false,
        fieldWeights: false
    )

    /// `referat` or `baseline`: the name stored in an index.
    public var description: String { self == .baseline ? "baseline" : "referat" }

    /// The analysis stored under `name`; an index written before analyses were recorded used the baseline.
    public static func named(_ name: String) -> Analysis? {
        switch name {
        case "referat": .referat
        case "baseline", "": .baseline
        default: nil
        }
    }
}
