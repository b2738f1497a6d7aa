/// What one sentence of a decision says about votes.
enum SentenceVotes: Equatable {
    /// No vote and no party's position: "Godkendt.", "Byrådet godkendte Økonomiudvalgets indstilling."
    case silent
    /// A count with no parties: "Med stemmerne 17 for og 2 imod godkendte byrådet …".
    case tally
    /// A party's position that is not a vote: "(Ø) følger administrationens indstilling.", "Ø ønsker sagen sendt i
    /// byrådet."
    case statement
    /// Parties placed on sides.
    case votes([VoteSide: [String]])
    /// A vote is mentioned but its parties or side cannot be read.
    case ambiguous

    // Verb phrases, longer first where one begins another; matched as words, in any case.
    private static let verbs = Pattern(
        #"\b(?:(stemte|stemmer)\s+(?:i\s*)?mod|(?:kunne|kan)\s+ikke\s+tiltræde|ikke\s+(?:kunne|kan)\s+tiltræde"#
            + #"|(stemte|stemmer)\s+(for|ja)\b|(undl[oa]d(?:er)?|udlod)(?:\s+at\s+(?:stemme|tage\s+stilling))?"#
            + #"|(tog|tager|har\s+taget)\s+forbehold)\b"#
    )
    // The verbs a majority takes a decision with ("Et flertal bestående af A, V og C godkendte …").
    private static let majorityVerbs = Pattern(#"\b(?:godkend\w*|anbefal\w*|besluttede|beslutter|vedtog|tiltr\w*)\b"#)
    // A label before the list: "For stemte:", "Imod stemte (Ø)", "For administrationens indstilling stemte:".
    private static let label = Pattern(
        #"^(for|imod)\b([^()]{0,60}?)\bstemte\b(?:\s+stemte\b)?\s*:?\s*(.*)$|^stemte\s+(for|imod)\s*:\s*(.*)$"#
    )
    private static let count = Pattern(
        #"\bmed\s+(?:stemmerne|stemmer)\s+(?:\d+|ingen)\s+for\b(?:\s*(?:og\s+)?(?:\d+|ingen)\s+imod\b)?(?:\s+for\b)?"#
            + #"|\bmed\s+\d+\s+stemmer\s+for\b(?:\s*(?:og\s+)?(?:\d+|ingen)\s+imod\b)?"#
    )
    private static let voteWord = Pattern(
        #"\b(?:stemte|stemmer|stemme|stemmerne|flertal(?:let)?|mindretal(?:let)?|undl[oa]d\w*|udlod|forbehold)\b"#
    )
    private static let numbering = Pattern(
        #"^(?:ad\s+)?\d+[a-z]?\s*[.)]?(?:\s*[-–]\s*\d+[a-z]?\s*[.)]?)?(?:\s+|$)"#
    )
    private static let clauseBoundary = Pattern(#"^.*(?:\s(?:idet|men|mens|hvor|dog|da)\s|[:;]\s*)"#)
    private static let group = Pattern(
        #"^(?:(?:et|og)\s+)?(flertal|mindretal)(?:let|et)?\s*(?:bestående\s+af|af|:)?\s*"#
    )
    private static let listEnd = Pattern(
        #"\s+(?:med|idet|da|fordi|for så vidt|hvor|men|til|vedr\.?|på|i)\s.*$|\s+med$"#
    )
    private static let partyLead = Pattern(
        #"^(?:\(\s*[\p{Lu}]{1,2}(?:-?\d)?\s*\)|[ABCDFKMOQVÆØÅ](?=[\s,])|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,4}\s+\([\p{Lu}]{1,2}(?:-?\d)?\))"#,
        caseInsensitive: false
    )

    /// Reads one sentence.
    init(_ sentence: String) {
        var text = Self.numbering.replacing(in: sentence, with: "")
        var counted = false
        if Self.count.matches(text) {
            counted = true
            text = Self.count.replacing(in: text, with: " ")
        }
        if let labelled = Self.labelled(text) {
            self = labelled
        } else if let read = Self.subjectFirst(text) {
            self = read
        } else if Self.voteWord.matches(text) {
            self = .ambiguous
        } else if counted {
            self = .tally
        } else {
            self = Self.startsWithParty(text) ? .statement : .silent
        }
    }

    /// A sentence that opens with its side and lists the parties after it: "For stemte: (V), (A) og (C)."
    private static func labelled(_ text: String) -> SentenceVotes? {
        guard let match = label.firstMatch(in: text) else { return nil }
        guard let word = match.groups[0] ?? match.groups[3], let rest = match.groups[2] ?? match.groups[4] else {
            return .ambiguous
        }
        let side: VoteSide = word.lowercased() == "for" ? .inFavour : .against
        var list = listEnd.replacing(in: String(rest), with: "").trimmingWhitespace()
        while let last = list.last, last == "." || last == "," || last == ":" { list.removeLast() }
        // "For stemte:" with nobody after it names no party on that side.
        if list.isEmpty { return .silent }
        guard let parties = PartyList.parties(in: list), !voteWord.matches(list) else { return .ambiguous }
        return .votes([side: parties])
    }

    /// A sentence whose parties come before each verb: "(Ø) og (F) stemte imod.", "A stemmer for, V og D stemmer
    /// imod og C undlader.", "Et flertal bestående af A, V og C godkendte …"; nil when it has no vote verb.
    private static func subjectFirst(_ text: String) -> SentenceVotes? {
        var found = verbs.matches(in: text).map { ($0.range, side(of: text[$0.range])) }
        let lowered = text.lowercased()
        if found.isEmpty, lowered.contains("flertal") {
            found = majorityVerbs.firstMatch(in: text).map { [($0.range, Optional(VoteSide.inFavour))] } ?? []
        }
        guard !found.isEmpty else { return nil }
        var sides: [VoteSide: [String]] = [:]
        var start = text.startIndex
        for (range, verbSide) in found {
            guard var side = verbSide, let (parties, group) = subject(String(text[start..<range.lowerBound])) else {
                return .ambiguous
            }
            if group == "mindretal" && side == .inFavour { return .ambiguous }
            if group == "flertal" && side == .abstained { return .ambiguous }
            side = group == "mindretal" && side != .abstained ? .against : side
            sides[side, default: []] += parties
            start = range.upperBound
        }
        return .votes(sides)
    }

    /// The side a verb phrase puts its subject on.
    private static func side(of verb: Substring) -> VoteSide? {
        let verb = verb.lowercased()
        if verb.contains("forbehold") || verb.hasPrefix("undl") || verb.hasPrefix("udl") { return .abstained }
        if verb.contains("mod") || verb.contains("tiltræde") { return .against }
        if verb.hasSuffix("for") || verb.hasSuffix("ja") { return .inFavour }
        return majorityVerbs.matches(verb) ? .inFavour : nil
    }

    /// The parties before a verb and whether they were a majority or minority, or nil when they cannot be read.
    private static func subject(_ raw: String) -> ([String], String?)? {
        var text = clauseBoundary.replacing(in: raw, with: "").trimmingWhitespace()
        while let first = text.first, first == "," || first == "." || first == ";" {
            text = String(text.dropFirst()).trimmingWhitespace()
        }
        text = numbering.replacing(in: text, with: "")
        for conjunction in ["og ", "at "] where text.lowercased().hasPrefix(conjunction) {
            text = String(text.dropFirst(conjunction.count))
        }
        var kind: String?
        if let match = group.firstMatch(in: text), let word = match.groups[0] {
            kind = word.lowercased()
            text = String(text[match.range.upperBound...])
        }
        while let last = text.last, last == "," || last == ":" || last.isWhitespace { text.removeLast() }
        if let parties = PartyList.parties(in: text) { return (parties, kind) }
        // "Godkendt, (F) undlod at stemme": the list is the longest run of items at the end that all read as parties,
        // unless what comes before it looks like another member whose party is not given.
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        for cut in 1..<max(pieces.count, 1) {
            let tail = pieces[cut...].joined(separator: ", ")
            if let parties = PartyList.parties(in: tail) {
                return PartyList.isPersonName(pieces[cut - 1]) ? nil : (parties, kind)
            }
        }
        return nil
    }

    /// Whether a sentence opens with a party or a member with a party letter, as a party's statement does.
    private static func startsWithParty(_ text: String) -> Bool {
        if partyLead.matches(text) { return true }
        let words = text.split(separator: " ")
        guard !words.isEmpty else { return false }
        for length in (1...min(4, words.count)).reversed() {
            let name = words.prefix(length).joined(separator: " ")
            if name.count > 2, DanishParty.letter(for: name) != nil { return true }
        }
        return false
    }
}
