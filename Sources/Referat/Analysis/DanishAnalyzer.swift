import XapianKit

/// The text analysis referat uses on both sides of the index: Danish stemming and stop words.
///
/// Owns Xapian handles, so each thread or task makes its own.
public final class DanishAnalyzer {
    /// The Danish Snowball stemmer.
    public let stemmer: Stemmer
    /// Snowball's Danish stop words.
    public let stopper: Stopper
    /// Which improvements are on.
    public let analysis: Analysis
    /// How words are stemmed in the index and in queries.
    public let strategy: StemmingStrategy

    /// Creates the analyzer for `analysis`.
    public init(_ analysis: Analysis = .referat) throws {
        self.analysis = analysis
        strategy = analysis.inflectedPhrases ? .someFullPositions : .some
        stemmer = try Stemmer(language: IndexSchema.language)
        stopper = Stopper(words: DanishStopWords.all)
    }

    /// A term generator with this analysis.
    ///
    /// It gets no stopper: Xapian's term generator then leaves stop words out of the stemmed terms, so a
    /// phrase such as `"lokalplan for området"` could never match. Stop words are dropped from queries only.
    public func makeTermGenerator() -> TermGenerator {
        TermGenerator(stemmer: stemmer, stopper: nil, strategy: strategy)
    }
}

@available(*, unavailable)
extension DanishAnalyzer: Sendable {}
