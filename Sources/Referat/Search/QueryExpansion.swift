/// Other ways to write a query word that should find the same items: `aa`/`å`, `ae`/`æ`, `oe`/`ø` spellings and
/// the municipal thesaurus, as the ``Analysis`` asks.
struct QueryExpansion: Sendable {
    /// Which expansions are on.
    var analysis: Analysis

    /// Every way to search `word`, itself first: with compounds on, each single word as `del:word`, the word alone
    /// or as part of a compound; then its other spellings and synonyms.
    func spellings(of word: String) -> [String] {
        ([word] + alternatives(for: word)).map { form in
            guard analysis.compounds, form.count >= 3, !form.contains(" "), !Self.stopWords.contains(form.lowercased())
            else { return form }
            return IndexSchema.compoundPart.queryNames[0] + ":" + form.lowercased()
        }
    }

    private static let stopWords = Set(DanishStopWords.all)

    /// The alternatives to search for `word` besides itself, lower case, without duplicates.
    func alternatives(for word: String) -> [String] {
        let lower = word.lowercased()
        var result: [String] = []
        if analysis.folding { result += Self.foldingVariants(of: lower) }
        if analysis.thesaurus { result += MunicipalThesaurus.synonyms(of: lower) }
        var seen: Set<String> = [lower]
        return result.filter { seen.insert($0).inserted }
    }

    /// `århus` ↔ `aarhus`, `ældre` ↔ `aeldre`, `børn` ↔ `boern`: the word with every Danish letter spelled out,
    /// or every spelled-out pair written as the Danish letter.
    static func foldingVariants(of word: String) -> [String] {
        var variants: [String] = []
        if word.contains(where: { "æøå".contains($0) }) {
            variants.append(
                word.replacing("æ", with: "ae").replacing("ø", with: "oe").replacing("å", with: "aa")
            )
        }
        if word.contains("aa") || word.contains("ae") || word.contains("oe") {
            variants.append(
                word.replacing("aa", with: "å").replacing("ae", with: "æ").replacing("oe", with: "ø")
            )
        }
        return variants
    }
}
