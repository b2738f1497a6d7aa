/// Names of committees and municipalities as they are normally written, for names published in capitals.
enum NameCase {
    /// `name` as normally written when it is published in capitals, else `name` unchanged.
    ///
    /// `FORRETNINGSUDVALGET` → `Forretningsudvalget`, `HADERSLEV KOMMUNE` → `Haderslev Kommune`,
    /// `KLIMA-, TEKNIK- OG MILJØUDVALGET` → `Klima-, Teknik- og Miljøudvalget`, `UDVALGET FOR BESKÆFTIGELSE` →
    /// `Udvalget for Beskæftigelse`, `KMB IT-UDVALGET` → `KMB IT-udvalget`: each word capitalised except the small
    /// words that join a name, the part after a hyphen inside a word in lower case, and abbreviations (no vowel,
    /// or a known one such as `IT`) kept. Names with any lower-case letter, and short ones such as `ØU`, are kept.
    static func normal(_ name: String) -> String {
        guard !name.contains(where: \.isLowercase), isShouted(name) else { return name }
        var words: [String] = []
        for (position, word) in name.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            let parts = word.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { index, part in
                cased(String(part), first: index == 0, openingName: position == 0)
            }
            words.append(parts.joined(separator: "-"))
        }
        return words.joined(separator: " ")
    }

    // A word of four or more letters in capitals: `ØU` or `KB` alone is an abbreviation, not a name in capitals.
    private static func isShouted(_ name: String) -> Bool {
        name.split { !$0.isLetter }.contains { $0.count >= 4 }
    }

    private static func cased(_ part: String, first: Bool, openingName: Bool) -> String {
        let letters = part.filter(\.isLetter)
        guard !letters.isEmpty else { return part }
        if isAbbreviation(letters) { return part }
        let lower = part.lowercased()
        if !first || (!openingName && joiningWords.contains(lower)) { return lower }
        guard let initial = lower.firstIndex(where: \.isLetter) else { return lower }
        return lower[..<initial] + lower[initial...initial].uppercased() + lower[lower.index(after: initial)...]
    }

    private static func isAbbreviation(_ letters: String) -> Bool {
        abbreviations.contains(letters)
            || (letters.count <= 4 && !letters.lowercased().contains { vowels.contains($0) })
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "æ", "ø", "å"]
    private static let abbreviations: Set<String> = [
        "IT", "EU", "ØU", "KKR", "MED", "HMU", "LBR", "FU", "BR", "KB", "ØK",
    ]
    private static let joiningWords: Set<String> = [
        "og", "for", "i", "af", "til", "med", "om", "på", "ved", "under", "samt", "vedr", "vedr.", "de", "den", "det",
    ]
}
