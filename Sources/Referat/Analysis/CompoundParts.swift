/// Finds the searchable parts of compound words, for ``Analysis/compounds``.
public protocol CompoundParts: Sendable {
    /// The parts of `word` a reader might search for, lower case; empty when it is not a compound.
    func parts(of word: String) -> [String]
}
