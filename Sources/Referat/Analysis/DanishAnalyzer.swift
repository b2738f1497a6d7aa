import XapianKit

/// The text analysis referat uses on both sides of the index: Danish lemmas (or Snowball stems) and stop words.
///
/// Owns Xapian handles, so each thread or task makes its own.
public final class DanishAnalyzer {
    /// Danish dictionary lemmas with Snowball for unknown words (``Analysis/lemmas``), else Snowball's stems.
    public let stemmer: Stemmer
    /// Snowball's Danish stop words.
    public let stopper: Stopper
    /// Which improvements are on.
    public let analysis: Analysis
    /// How words are stemmed in the index and in queries: Omega's way, positions on the words as written only.
    ///
    /// Inflected phrases (``Analysis/inflectedPhrases``) widen each phrase word to its indexed forms at query
    /// time instead of keeping a second position list per stem, which would nearly double the index.
    public let strategy: StemmingStrategy = .some

    /// Where Debian's `hunspell-da` installs the dictionary the lemmas come from.
    public static let hunspellDictionary = (
        affix: "/usr/share/hunspell/da_DK.aff", words: "/usr/share/hunspell/da_DK.dic"
    )

    /// Creates the analyzer for `analysis`; throws when lemmas are asked for and the dictionary is not installed.
    public init(_ analysis: Analysis = .referat) throws {
        self.analysis = analysis
        stemmer =
            analysis.lemmas
            ? try Stemmer(
                hunspellAffix: Self.hunspellDictionary.affix,
                dictionary: Self.hunspellDictionary.words,
                fallback: IndexSchema.language,
                wordCounts: CorpusFrequencies.table
            ) : try Stemmer(language: IndexSchema.language)
        stopper = Stopper(words: DanishStopWords.all)
    }

    /// A term generator with this analysis.
    ///
    /// It gets no stopper: Xapian's term generator would then leave stop words out of the stemmed terms, yet the
    /// query parser searches those when a query is nothing but stop words (`for og`). Stop words are dropped
    /// from queries only.
    public func makeTermGenerator() -> TermGenerator {
        TermGenerator(stemmer: stemmer, stopper: nil, strategy: strategy, rememberedStems: Self.rememberedStems)
    }

    /// A term generator writing only the `Z`-prefixed stems, for words that are searched only stemmed.
    public func makeStemTermGenerator() -> TermGenerator {
        TermGenerator(stemmer: stemmer, stopper: nil, strategy: .allZ, rememberedStems: Self.rememberedStems)
    }

    // Stemming was a fifth of building a document's terms. Minutes reuse a small vocabulary: 28,530 distinct words
    // in 25,000 generated items. About 5 MB per generator at this bound.
    private static let rememberedStems = 50_000
}

@available(*, unavailable)
extension DanishAnalyzer: Sendable {}
