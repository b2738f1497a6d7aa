extension CompoundSplitter {
    /// The fewest letters of the rest of a word after a two-letter modifier (`byggeri` in `nybyggeri`).
    public static let minimumModifiedLength = 5
    /// How many times more often the rest of a word must occur in minutes than the whole word, with their common
    /// inflections, for a modifier or a directional particle to split off.
    public static let transparencyFactor = 5

    /// The directional particles that split off a word whose rest also follows the other one, each with that other.
    static let directions = ["til": "fra", "fra": "til"]

    /// The rest of `word` (lower case NFC letters) and its own parts, when the word is a modifier or particle the
    /// splitter otherwise never takes as a part, plus a dictionary word; else [].
    ///
    /// Two kinds of first part are too short or too often lexicalised for ``parts(of:)``'s rules, yet make
    /// transparent compounds that a search for their rest should find:
    /// - a two-letter modifier of ``shortModifiers`` (`ny` in `nybyggeri`, `by` in `byudvikling`), followed by at
    ///   least ``minimumModifiedLength`` letters;
    /// - a directional particle of ``directions`` whose rest also follows the other particle in minutes:
    ///   `tilvalg` and `fravalg` both occur, so `valg` is a free part of each.
    ///
    /// Verbs stay whole: particle verbs are lexicalised far more often than nouns (`tiltræde`, `frafalde`,
    /// `fratage`), and a verb form read as a modifier plus a word is mostly a chance cover (`nysende` is `nyse` +
    /// `nde`, not `ny` + `sende`).
    ///
    /// Either way the rest is a dictionary word that minutes use on their own ``transparencyFactor`` times as
    /// often as the whole word, and a word that is a form of another (`bygerne` of `byge`) splits only where that
    /// one does, as in ``parts(of:)``. A lexicalised word is frequent itself and keeps its meaning apart from its parts:
    /// `byrådet` (`rådet`), `tilbud` (`bud`), `tilsyn` (`syn`) and `udvalg` stay whole.
    func modifierParts(of word: String) -> [String] {
        for (modifier, other) in Self.firstParts(of: word, shortModifiers: shortModifiers) {
            let rest = String(word.dropFirst(modifier.count))
            let shortest = other == nil ? Self.minimumModifiedLength : Self.minimumKnownPartLength
            guard isFreePart(rest, shortest: shortest), family(rest) >= max(1, Self.transparencyFactor * family(word)),
                basesSplit(word, after: modifier, shortest: shortest)
            else { continue }
            if isVerbForm(word) { continue }
            if let other, !followsOther(other, rest) { continue }
            var parts = [rest]
            for part in self.parts(of: rest) where !parts.contains(part) { parts.append(part) }
            return parts
        }
        return []
    }

    /// The modifiers and particles `word` begins with, each with the particle contrasted with it (nil for a
    /// modifier).
    private static func firstParts(of word: String, shortModifiers: Set<String>) -> [(String, String?)] {
        let modifier = String(word.prefix(2))
        var found: [(String, String?)] = []
        if shortModifiers.contains(modifier), !NonParts.all.contains(modifier) { found.append((modifier, nil)) }
        for (particle, other) in directions where word.hasPrefix(particle) { found.append((particle, other)) }
        return found
    }

    /// Whether `part` is a dictionary word of `shortest` letters or more that may be a part.
    private func isFreePart(_ part: String, shortest: Int) -> Bool {
        part.count >= shortest && words.contains(part) && !NonParts.all.contains(part)
    }

    /// Whether every dictionary word that `word` is a form of splits after `modifier` too, into a part of `shortest`
    /// letters or more: `bygerne` is a form of `byge`, not `by` + `gerne`, and `totallet` of `total`, not `to` +
    /// `tallet`.
    private func basesSplit(_ word: String, after modifier: String, shortest: Int) -> Bool {
        let boundary = modifier.utf8.count
        return bases(of: Array(word.utf8)).allSatisfy { base in
            base.count > boundary && isFreePart(String(decoding: base[boundary...], as: UTF8.self), shortest: shortest)
        }
    }

    /// Whether `word` is a form of a dictionary verb: the word less a verb ending, plus `e`, is in the dictionary
    /// (`tiltræder` of `tiltræde`, `frataget` of `fratage`), or it is an infinitive with a present tense
    /// (`frafalde`, `frafalder`).
    private func isVerbForm(_ word: String) -> Bool {
        if word.hasSuffix("e"), words.contains(word + "r") { return true }
        return Self.verbEndings.contains { ending in
            word.hasSuffix(ending) && words.contains(word.dropLast(ending.count) + "e")
        }
    }

    // Present, passive, past and participle endings after the infinitive's `e` is dropped.
    private static let verbEndings = ["er", "es", "ede", "edes", "et", "te", "t", "ende"]

    /// Whether `other` + `rest` occurs in minutes, or `other` + `rest` without an inflectional ending: `fravalget`
    /// is contrasted by `tilvalg`.
    private func followsOther(_ other: String, _ rest: String) -> Bool {
        if family(other + rest) > 0 { return true }
        return Self.inflectionEndings.contains { ending in
            rest.hasSuffix(ending) && family(other + rest.dropLast(ending.count)) > 0
        }
    }
}
