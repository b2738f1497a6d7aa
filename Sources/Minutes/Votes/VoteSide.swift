/// The side a party took in a vote.
enum VoteSide: Sendable, Hashable {
    /// Voted for the decision.
    case inFavour
    /// Voted against it.
    case against
    /// Abstained or took a reservation.
    case abstained
}
