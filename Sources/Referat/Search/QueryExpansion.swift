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

    /// How to search `field:word`, or `nil` for as typed: with compounds on, a title word is searched as
    /// `titeldel:word`, the word or a part of a compound in the title, as plain words are (`titel:kunstgræs` finds
    /// "Kunstgræsbane").
    func fielded(_ field: String, _ word: String) -> String? {
        guard analysis.compounds, IndexSchema.title.queryNames.contains(field.lowercased()),
            word.count >= 3, word.allSatisfy(\.isLetter), !Self.stopWords.contains(word.lowercased())
        else { return nil }
        return IndexSchema.titlePart.queryNames[0] + ":" + word.lowercased()
    }

    /// The alternatives to search for `word` besides itself, lower case, without duplicates.
    func alternatives(for word: String) -> [String] {
        let lower = word.lowercased()
        let folded = analysis.folding ? Self.foldingVariants(of: lower) : []
        var result = folded
        // `byraad` is `byråd` spelled out, so it finds the council's other names too, as `byråd` does.
        if analysis.thesaurus { result += ([lower] + folded).flatMap(MunicipalThesaurus.synonyms) }
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
