import XapianKit

/// The words of a query, parsed: what an item must match, and the exact phrases that rank it higher.
struct ParsedWords {
    /// What an item must match to be a hit.
    let matching: Query
    /// The query's phrases as typed, without inflection: not needed to match, but an item that has them ranks
    /// above one that has only an inflected form.
    let exactPhrases: Query?

    /// The query that ranks the hits: ``matching``, with ``exactPhrases`` as an optional extra.
    var ranking: Query {
        guard let exactPhrases else { return matching }
        return .combine(.andMaybe, [matching, exactPhrases])
    }
}
