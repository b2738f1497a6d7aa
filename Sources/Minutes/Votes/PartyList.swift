/// Reads a list of parties as minutes name them in a vote: `(V), (A) og Liselott Blixt (UP)`, `A, V og C`,
/// `Enhedslisten`, `Mehmet Zeki Dogru (Ø)`.
///
/// Every item must be a party: a letter in parentheses, a national letter printed bare, a party name, or a
/// member's name followed by a letter in parentheses. Anything else (a name with no letter, "Udvalget") makes the
/// list unreadable, so a vote is never attributed on a guess.
enum PartyList {
    private static let separator = Pattern(#"\s*[,;&]\s*(?:og\s+|samt\s+)?|\s+(?:og|samt)\s+"#)
    private static let code = Pattern(#"^(\(\s*)?([\p{L}]{1,2}(?:\s?-?\s?\d)?)(\s*\))?$"#, caseInsensitive: false)
    private static let member = Pattern(
        #"^([\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|von|van|de)){0,5})\s+(?:fra\s+)?\(([^()]{1,6})\)$"#,
        caseInsensitive: false
    )
    private static let personName = Pattern(
        #"^[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,4}$"#,
        caseInsensitive: false
    )

    /// The party letters of `text`, in order, or nil unless every item is a party.
    static func parties(in text: String) -> [String]? {
        let items = separator.split(text).map { $0.trimmingWhitespace() }.map { item in
            item.last == "." ? String(item.dropLast()) : item
        }
        guard !items.isEmpty, !items.contains(where: \.isEmpty) else { return nil }
        var letters: [String] = []
        for item in items {
            guard let letter = party(item) else { return nil }
            letters.append(letter)
        }
        return letters
    }

    /// The letter of one item, or nil.
    static func party(_ item: String) -> String? {
        if let match = code.firstMatch(in: item), let printed = match.groups[1] {
            let parenthesised = match.groups[0] != nil || match.groups[2] != nil
            // Printed bare, only a national letter is a party: "I" and "EU" are ordinary words too.
            if !parenthesised {
                return DanishParty.nationalLetters.contains(String(printed)) && printed != "I" ? String(printed) : nil
            }
            return printed.first?.isUppercase == true ? DanishParty.letter(for: String(printed)) : nil
        }
        if let match = member.firstMatch(in: item), let printed = match.groups[1] {
            return DanishParty.letter(for: String(printed))
        }
        // A party name, but not a bare code: codes were decided above.
        guard item.count > 2 else { return nil }
        return DanishParty.letter(for: item)
    }

    /// Whether `text` reads as a person's name alone (two to five capitalised words), e.g. `Liselott Blixt`.
    static func isPersonName(_ text: String) -> Bool {
        personName.matches(text)
    }
}
