/// Abbreviations and synonyms common in Danish municipal minutes. A query word in a group also finds the
/// group's other words and phrases; the README lists the groups.
public enum MunicipalThesaurus {
    /// Each group holds words and phrases that mean the same thing, lower case.
    public static let groups: [[String]] = [
        [
            "kb", "kommunalbestyrelse", "kommunalbestyrelsen", "byråd", "byrådet", "borgerrepræsentation",
            "borgerrepræsentationen",
        ],
        ["øu", "økonomiudvalg", "økonomiudvalget"],
        [
            "bu", "buu", "børneudvalg", "børneudvalget", "børne- og ungeudvalget", "børne- og ungdomsudvalget",
            "børne- og familieudvalget",
        ],
        ["tmu", "teknik- og miljøudvalget", "teknik- og miljøudvalg", "klima-, teknik- og miljøudvalget"],
        ["kfu", "kultur- og fritidsudvalget", "kultur- og fritidsudvalg"],
        ["sou", "sundheds- og omsorgsudvalget"],
        ["shu", "social- og handicapudvalget"],
        ["kl", "kommunernes landsforening"],
        ["star", "styrelsen for arbejdsmarked og rekruttering"],
        ["plejehjem", "plejecenter", "plejecentre"],
        ["affald", "renovation"],
    ]

    /// The other members of the groups `word` belongs to, or none.
    public static func synonyms(of word: String) -> [String] {
        let key = word.lowercased()
        return index[key, default: []]
    }

    private static let index: [String: [String]] = {
        var index: [String: [String]] = [:]
        for group in groups {
            for member in group {
                index[member, default: []] += group.filter { $0 != member }
            }
        }
        return index
    }()
}
