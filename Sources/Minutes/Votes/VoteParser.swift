/// Reads how the parties voted from the text of a decision (*Beslutning*).
///
/// A decision is read sentence by sentence. Votes are read only where a vote is recorded: a label with a list
/// (*For stemte: (V), (A) …*, *Imod stemte (Ø)*), parties before a vote verb (*(Ø) og (F) stemte imod*,
/// *A stemmer for*, *F undlod at stemme*, *O tog forbehold*, *Ø kunne ikke tiltræde*), or a majority or minority
/// named with its parties (*Et flertal bestående af A, V og C godkendte …*). Parties are letters in parentheses,
/// national letters printed bare, party names, or members with their letter (*Liselott Blixt (UP)* counts as `UP`).
///
/// Nothing is guessed: a vote whose parties or side cannot be read, a party on two sides, a count of votes with no
/// parties, or a party's position that is no vote all give nil.
public enum VoteParser {
    private static let mention = Pattern(
        #"\b(?:stemte|stemmer|stemme|stemmerne|afstemning\w*|flertal\w*|mindretal\w*|undl[oa]d\w*|udlod|imod"#
            + #"|forbehold|tiltræde)\b"#
    )
    // A verdict that settles the item; a decision with one of these and no dissent recorded is unanimous.
    private static let verdict = Pattern(
        #"\b(?:godkend\w*|anbefal\w*|tiltr[åæ]\w*|vedtag\w*|vedtog|til\s+efterretning|besluttede|beslutter"#
            + #"|bevilge\w*|indstiller)\b"#
    )
    // An item put off or handed back has no decision to vote on.
    private static let deferred = Pattern(
        #"\b(?:udsat|udsættes|udsatte|udskudt|udskydes|tilbage\s*sendt|sendt\w*\s+(?:\w+\s+){0,3}tilbage"#
            + #"|sende\w*\s+(?:\w+\s+){0,3}tilbage|ikke\s+frigivet)\b"#
    )

    /// The votes recorded in a decision text, or nil when the text records none or is ambiguous.
    ///
    /// A decision with a verdict (*Godkendt.*, *Anbefales.*, *Tiltrådt.*, *Orienteringen blev taget til
    /// efterretning.*, also *Anbefales ikke.*) and no party named against it, abstaining or taking a position is
    /// `unanimous`. A decision that is put off (*Udsat*) or sent back (*Sendt tilbage*) records no vote: nil.
    public static func votes(in decision: String) -> PartyVotes? {
        let sentences = DecisionSentences(decision).sentences
        var sides: [VoteSide: Set<String>] = [:]
        var voted = false
        var unsettled = false
        for sentence in sentences {
            switch SentenceVotes(sentence) {
            case .ambiguous:
                return nil
            case .votes(let found):
                voted = true
                for (side, parties) in found { sides[side, default: []].formUnion(parties) }
            case .tally, .statement:
                unsettled = true
            case .silent:
                break
            }
        }
        if voted {
            let inFavour = sides[.inFavour] ?? []
            let against = sides[.against] ?? []
            let abstained = sides[.abstained] ?? []
            guard inFavour.isDisjoint(with: against), inFavour.isDisjoint(with: abstained),
                against.isDisjoint(with: abstained), !(inFavour.isEmpty && against.isEmpty && abstained.isEmpty)
            else { return nil }
            return PartyVotes(inFavour: inFavour.sorted(), against: against.sorted(), abstained: abstained.sorted())
        }
        guard !unsettled, sentences.contains(where: { verdict.matches($0) }),
            !sentences.contains(where: { deferred.matches($0) })
        else { return nil }
        return PartyVotes(unanimous: true)
    }

    /// Whether the text mentions a vote at all (*stemte*, *stemmer*, *flertal*, *undlod*, *imod*, *forbehold*,
    /// *kunne ikke tiltræde* …), for measuring how many decisions the parser could read.
    public static func mentionsVote(_ decision: String) -> Bool {
        mention.matches(decision)
    }
}
