import CXapian

/// Which terms a ``TermGenerator`` or ``QueryParser`` produces from words (`stem_strategy`).
///
/// Index and query with the same strategy and stemmer.
public enum StemmingStrategy: Sendable {
    /// Unstemmed terms only (`STEM_NONE`).
    case none
    /// Unstemmed terms with positions plus `Z`-prefixed stems without positions (`STEM_SOME`); phrases match only
    /// the exact inflection.
    case some
    /// Stemmed terms only, no `Z` prefix (`STEM_ALL`).
    case all
    /// Stemmed terms only, with the `Z` prefix (`STEM_ALL_Z`).
    case allZ
    /// Like `.some`, but stems also get positions, so phrases match any inflection (`STEM_SOME_FULL_POS`; larger
    /// index).
    case someFullPositions

    var cValue: cx_stem_strategy {
        switch self {
        case .none: CX_STEM_NONE
        case .some: CX_STEM_SOME
        case .all: CX_STEM_ALL
        case .allZ: CX_STEM_ALL_Z
        case .someFullPositions: CX_STEM_SOME_FULL_POS
        }
    }
}
