/// Which indexed names a name typed for a field that matches part of a name (``Field/Matching/partial``) stands
/// for, the same for the options (`--committee plan`) and the query fields (`udvalg:plan`).
///
/// The whole name wins; an abbreviation names its committee through the ``MunicipalThesaurus`` only (`ØU` is
/// Økonomiudvalget, never Miljøudvalget with "øu" inside a word); otherwise every typed word must begin a word of
/// the name (`plan` → Plan- og Tryghedsudvalget, `økonomi` → Økonomiudvalget). With folding on, `oe`, `ae` and
/// `aa` match `ø`, `æ` and `å` as in query words (`oekonomiudvalget` → Økonomiudvalget).
struct NameMatcher: Sendable {
    /// Which expansions are on: folding and the thesaurus.
    var analysis: Analysis

    /// The names among `indexed` (normalised as `field` says) that `typed` matches; empty when none does.
    func matches(_ typed: String, of field: Field, among indexed: [String]) -> [String] {
        let wanted = field.normalised(typed)
        // Indexed names are term values: a very long name is bounded there (``Field/termValue(_:)``).
        let key = fold(field.termValue(typed))
        let exact = indexed.filter { fold($0) == key }
        if !exact.isEmpty { return exact }
        let synonyms = thesaurusNames(for: wanted, of: field)
        if !synonyms.isEmpty {
            return indexed.filter { name in synonyms.contains { contains(words(of: $0), in: name, asPrefixes: false) } }
        }
        let typedWords = words(of: wanted)
        guard !typedWords.isEmpty else { return [] }
        return indexed.filter { contains(typedWords, in: $0, asPrefixes: true) }
    }

    /// `names` ordered from the closest to `typed` to the farthest: most typed words beginning a word of the name
    /// first, then by the edit distance from each typed word to the nearest word (or its beginning) of the name.
    func closest(to typed: String, of field: Field, among names: [String]) -> [String] {
        let typedWords = words(of: field.normalised(typed))
        func closeness(_ name: String) -> (shared: Int, distance: Int) {
            let nameWords = words(of: field.normalised(name))
            var shared = 0
            var distance = 0
            for word in typedWords {
                if nameWords.contains(where: { $0.hasPrefix(word) }) { shared += 1 }
                distance +=
                    nameWords.map {
                        min(Self.editDistance(word, $0), Self.editDistance(word, String($0.prefix(word.count))))
                    }
                    .min() ?? word.count
            }
            return (shared, distance)
        }
        return names.map { ($0, closeness($0)) }
            .sorted { a, b in
                (-a.1.shared, a.1.distance, a.0) < (-b.1.shared, b.1.distance, b.0)
            }
            .map(\.0)
    }

    /// The names the thesaurus gives for `wanted`, under any of its foldings; empty when it is no abbreviation or
    /// synonym the thesaurus knows.
    private func thesaurusNames(for wanted: String, of field: Field) -> [String] {
        guard analysis.thesaurus else { return [] }
        let forms = [wanted] + (analysis.folding ? QueryExpansion.foldingVariants(of: wanted) : [])
        let synonyms = forms.flatMap(MunicipalThesaurus.synonyms)
        return synonyms.isEmpty ? [] : [wanted] + synonyms.map(field.normalised)
    }

    /// Whether every one of `wanted` is a word of `name`, or begins one when `asPrefixes`.
    private func contains(_ wanted: [String], in name: String, asPrefixes: Bool) -> Bool {
        let nameWords = words(of: name)
        return wanted.allSatisfy { word in
            nameWords.contains { asPrefixes ? $0.hasPrefix(word) : $0 == word }
        }
    }

    /// The words of a normalised name, folded: `klima, teknik og miljøudvalget` → klima, teknik, og, miljøudvalget.
    private func words(of name: String) -> [String] {
        fold(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// `name` with `æ`, `ø`, `å` spelled out when folding is on, so both spellings compare equal.
    private func fold(_ name: String) -> String {
        guard analysis.folding else { return name }
        return name.replacing("æ", with: "ae").replacing("ø", with: "oe").replacing("å", with: "aa")
    }

    /// The Levenshtein distance between `a` and `b`, in characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let (a, b) = (Array(a), Array(b))
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
