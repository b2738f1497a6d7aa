/// How the parties voted on one item's decision.
///
/// Each list holds party letters (`A`, `V`, `Ø`, or a local list's code such as `UP`), sorted and distinct. A
/// party is on at most one side. Parties that took a reservation (*tog forbehold*) are counted with those that
/// abstained: they neither supported nor opposed the decision when it was taken.
public struct PartyVotes: Sendable, Hashable, Codable {
    /// Parties recorded as voting for (*for stemte*, *stemte for*, the majority in *et flertal bestående af*).
    public var inFavour: [String]
    /// Parties recorded as voting against (*imod stemte*, *stemte imod*, *kunne ikke tiltræde*).
    public var against: [String]
    /// Parties recorded as abstaining (*undlod at stemme*, *undlod at tage stilling*, *tog forbehold*).
    public var abstained: [String]
    /// Whether the decision was taken with no dissent recorded (*Godkendt.*, *Anbefales.*); the lists are then empty.
    public var unanimous: Bool

    /// Creates a record of votes; the lists are kept as given.
    public init(inFavour: [String] = [], against: [String] = [], abstained: [String] = [], unanimous: Bool = false) {
        self.inFavour = inFavour
        self.against = against
        self.abstained = abstained
        self.unanimous = unanimous
    }

    /// Whether any party is named on any side.
    public var namesParties: Bool { !inFavour.isEmpty || !against.isEmpty || !abstained.isEmpty }
}
