/// Danish party letters (*partibogstaver*) and the names they stand for.
public enum DanishParty {
    /// The letters of the parties registered nationally; only these are read when printed bare, outside parentheses.
    static let nationalLetters: Set<String> = ["A", "B", "C", "D", "F", "I", "K", "M", "O", "Q", "V", "Æ", "Ø", "Å"]

    // Names as minutes print them, lower-cased; a leading "det"/"de" is dropped before lookup.
    private static let names = NameTable<String>([
        "socialdemokratiet": "A", "socialdemokraterne": "A", "socialdemokratisk parti": "A",
        "radikale venstre": "B", "radikale": "B", "de radikale": "B",
        "konservative folkeparti": "C", "konservative": "C", "det konservative folkeparti": "C",
        "nye borgerlige": "D",
        "sf": "F", "socialistisk folkeparti": "F", "sf - socialistisk folkeparti": "F",
        "liberal alliance": "I",
        "kristendemokraterne": "K", "kristeligt folkeparti": "K",
        "moderaterne": "M",
        "dansk folkeparti": "O",
        "frie grønne": "Q", "frie grønne, danmarks nye venstrefløjsparti": "Q",
        "venstre": "V", "venstre, danmarks liberale parti": "V",
        "enhedslisten": "Ø", "enhedslisten - de rød-grønne": "Ø", "enhedslisten – de rød-grønne": "Ø",
        "alternativet": "Å",
        "danmarksdemokraterne": "Æ", "danmarksdemokraterne - inger støjberg": "Æ",
        "slesvigsk parti": "S",
    ])

    /// The party letter for a letter as printed (`(Ø)`, `ø`, `V`, `(UP)`) or a party name (`Socialdemokratiet` → `A`,
    /// `Enhedslisten` → `Ø`, `Det Konservative Folkeparti` → `C`, `SF` → `F`), or nil.
    ///
    /// A national letter is read in any case. Any other code of one or two upper-case letters is read as a local
    /// list's letter (`(UP)`, `(L)`), with a member number after it dropped (`(UP-1)` → `UP`).
    public static func letter(for text: String) -> String? {
        var code = Substring(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        if code.hasPrefix("(") && code.hasSuffix(")") { code = code.dropFirst().dropLast() }
        code = code.drop { $0 == " " }
        while code.last == " " { code = code.dropLast() }
        guard !code.isEmpty else { return nil }
        if let letter = names[code] { return letter }
        for article in ["det ", "de "] where code.lowercased().hasPrefix(article) {
            if let letter = names[code.dropFirst(article.count)] { return letter }
        }
        return listCode(code)
    }

    /// A code of one or two letters, with an optional member number (`UP-1`, `UP2`), as a party letter.
    private static func listCode(_ code: Substring) -> String? {
        var letters = code
        while let last = letters.last, last.isNumber { letters = letters.dropLast() }
        if letters.count < code.count, letters.last == "-" || letters.last == " " { letters = letters.dropLast() }
        guard (1...2).contains(letters.count), letters.allSatisfy(\.isLetter) else { return nil }
        let upper = letters.uppercased()
        if nationalLetters.contains(upper) { return upper }
        return letters.allSatisfy(\.isUppercase) ? upper : nil
    }
}
