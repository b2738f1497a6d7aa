import Foundation

/// The 98 Danish municipalities (*kommuner*) and 5 regions by their official names.
public enum MunicipalityDirectory {
    /// Every official name: 98 municipalities, then the 5 regions.
    public static let all: [String] = municipalities + regions

    /// The official name that `name` stands for, or `nil`.
    ///
    /// Accepts official names, bare names (`Haderslev`), folder names and slugs (`region-syddanmark`,
    /// `lyngby-taarbaek`) and ASCII spellings of æ, ø and å (`koebenhavn`, `kobenhavn`, `aeroe`, `aarhus`).
    public static func match(_ name: String) -> String? {
        let key = skeleton(name)
        guard !key.isEmpty else { return nil }
        if let official = byKey[key] { return official }
        let words = fold(name).split { !$0.isLetter && !$0.isNumber }
        let trimmed = words.filter { !["kommune", "kommunes", "regionskommune"].contains($0) }
        guard trimmed.count != words.count, !trimmed.isEmpty else { return nil }
        return byKey[skeleton(trimmed.joined())]
    }

    private static let municipalities =
        [
            // Region Hovedstaden
            "Albertslund", "Allerød", "Ballerup", "Brøndby", "Dragør", "Egedal", "Fredensborg", "Frederiksberg",
            "Frederikssund", "Furesø", "Gentofte", "Gladsaxe", "Glostrup", "Gribskov", "Halsnæs", "Helsingør",
            "Herlev", "Hillerød", "Hvidovre", "Høje-Taastrup", "Hørsholm", "Ishøj", "Københavns", "Lyngby-Taarbæk",
            "Rudersdal", "Rødovre", "Tårnby", "Vallensbæk",
            // Region Sjælland
            "Faxe", "Greve", "Guldborgsund", "Holbæk", "Kalundborg", "Køge", "Lejre", "Lolland", "Næstved",
            "Odsherred", "Ringsted", "Roskilde", "Slagelse", "Solrød", "Sorø", "Stevns", "Vordingborg",
            // Region Syddanmark
            "Assens", "Billund", "Esbjerg", "Faaborg-Midtfyn", "Fanø", "Fredericia", "Haderslev", "Kerteminde",
            "Kolding", "Langeland", "Middelfart", "Nordfyns", "Nyborg", "Odense", "Svendborg", "Sønderborg", "Tønder",
            "Varde", "Vejen", "Vejle", "Ærø", "Aabenraa",
            // Region Midtjylland
            "Favrskov", "Hedensted", "Herning", "Holstebro", "Horsens", "Ikast-Brande", "Lemvig", "Norddjurs", "Odder",
            "Randers", "Ringkøbing-Skjern", "Samsø", "Silkeborg", "Skanderborg", "Skive", "Struer", "Syddjurs",
            "Viborg", "Aarhus",
            // Region Nordjylland
            "Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt", "Læsø", "Mariagerfjord", "Morsø", "Rebild",
            "Thisted", "Vesthimmerlands", "Aalborg",
        ].map { "\($0) Kommune" } + ["Bornholms Regionskommune"]

    private static let regions = [
        "Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland", "Region Nordjylland",
    ]

    // Each official name under its full key and its bare name; genitive names (Københavns, Nordfyns,
    // Vesthimmerlands, Bornholms) also without the genitive s. Full names win over bare ones.
    private static let byKey: [String: String] = {
        var keys: [String: String] = [:]
        for official in all {
            let bare = official.replacingOccurrences(of: " Regionskommune", with: "")
                .replacingOccurrences(of: " Kommune", with: "")
                .replacingOccurrences(of: "Region ", with: "")
            var variants = [skeleton(bare)]
            if bare.hasSuffix("s"), !official.hasPrefix("Region ") {
                variants.append(skeleton(String(bare.dropLast())))
            }
            for variant in variants where keys[variant] == nil { keys[variant] = official }
        }
        for official in all { keys[skeleton(official)] = official }
        return keys
    }()

    /// Lower case with æ, ø, å spelt out in ASCII.
    static func fold(_ text: String) -> String {
        var folded = text.lowercased().precomposedStringWithCanonicalMapping
        for (letter, ascii) in [
            ("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), ("ü", "u"), ("ö", "oe"), ("ä", "ae"),
        ] {
            folded = folded.replacingOccurrences(of: letter, with: ascii)
        }
        return folded
    }

    // Letters only, with the ASCII spellings collapsed, so `koebenhavn`, `kobenhavn` and `københavn` agree.
    static func skeleton(_ text: String) -> String {
        var key = String(fold(text).unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII })
        for (pair, single) in [("aa", "a"), ("ae", "a"), ("oe", "o")] {
            key = key.replacingOccurrences(of: pair, with: single)
        }
        return key
    }
}
