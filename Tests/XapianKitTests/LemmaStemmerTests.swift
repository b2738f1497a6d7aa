import Testing
import XapianKit

@Suite("Dictionary lemmas from hunspell as Xapian's stemmer")
struct LemmaStemmerTests {
    /// The lemmatiser over Debian's da_DK, weighing readings by `wordCounts` (none by default).
    private static func lemmatiser(wordCounts: String = "") throws -> Stemmer {
        try Stemmer(
            hunspellAffix: "/usr/share/hunspell/da_DK.aff",
            dictionary: "/usr/share/hunspell/da_DK.dic",
            fallback: "danish",
            wordCounts: wordCounts
        )
    }

    /// Words of the minutes and their lemmas: Snowball gives `led` for the first four, `borg` and `bol` for the next.
    static let lemmas: [(word: String, lemma: String)] = [
        ("ledighed", "ledighed"), ("ledelse", "ledelse"), ("ledere", "leder"), ("led", "led"),
        ("borgere", "borger"), ("boliger", "bolig"), ("udvalget", "udvalg"), ("forældre", "forælder"),
        ("anbragte", "anbringe"), ("lokalplanen", "lokalplan"), ("kommunalbestyrelsens", "kommunalbestyrelse"),
        // hunspell also reads these as an imperative (`projektere`, `gruppere`) or by a bare flag (`plane`,
        // `veje`); the noun wins, in the genitive too and at the end of a compound.
        ("projekter", "projekt"), ("grupper", "gruppe"), ("elever", "elev"), ("planen", "plan"),
        ("vejen", "vej"), ("planens", "plan"), ("vejens", "vej"), ("spildevandsplanens", "spildevandsplan"),
        ("spildevandsplanen", "spildevandsplan"),
        // A passive stays a verb; a reading of the word as itself stays first.
        ("føres", "føre"), ("deles", "dele"), ("leder", "leder"),
        // hunspell's lemma of `ældre` is `gammel`, which shares no beginning with it: the word stays.
        ("ældre", "ældre"),
        // An unknown compound takes the lemma of its known ending (hunspell alone gives just `sag`).
        ("jobafklaringsforløbssager", "jobafklaringsforløbssag"),
        // Codes and numbers stay as written: Snowball would give `a201`.
        ("a2011", "a2011"), ("2022", "2022"),
    ]

    @Test(arguments: lemmas)
    func lemma(word: String, lemma: String) throws {
        #expect(try Self.lemmatiser().stem(word) == lemma)
    }

    /// Word counts as the shipped minutes have them, a word, its lemma without counts (nil: as with them) and with.
    ///
    /// Evidence decides between readings of equal standing, ten to one; twice as often is not enough (`ledere`), and
    /// a passive stays a verb however often the other reading occurs (`vises`). A word in -er that is both an agent
    /// noun and a present tense is the verb when the noun's other forms are ten times rarer than the verb's
    /// infinitive and passive (`vurderer`, not `modtager`). A participle's genitive is no passive (`punktets`).
    static let weighed: [(counts: String, word: String, unweighed: String?, weighed: String)] = [
        (planCounts, "planer", "plane", "plan"),
        (planCounts, "spildevandsplaner", nil, "spildevandsplan"),
        (planCounts, "ledere", nil, "leder"),
        (planCounts, "vises", nil, "vise"),
        (verbCounts, "vurderer", "vurderer", "vurdere"),
        (verbCounts, "modtager", nil, "modtager"),
        ("punkt 401\n", "punktets", "punkte", "punkt"),
    ]
    private static let planCounts = "plan 1873\nplane 12\nled 254\nleder 130\nvis 2822\nvise 112\n"
    private static let verbCounts = "vurdere 140\nvurderes 300\nmodtage 277\nmodtages 60\nmodtagere 90\nmodtagerne 40\n"

    @Test(arguments: weighed)
    func wordCountsDecideBetweenReadings(counts: String, word: String, unweighed: String?, weighed: String) throws {
        if let unweighed { #expect(try Self.lemmatiser().stem(word) == unweighed) }
        #expect(try Self.lemmatiser(wordCounts: counts).stem(word) == weighed)
    }

    @Test func unknownWordsFallBackToSnowball() throws {
        let snowball = try Stemmer(language: "danish")
        #expect(snowball.stem("kwxyzet") == "kwxyz")
        #expect(try Self.lemmatiser().stem("kwxyzet") == "kwxyz")
    }

    @Test func refusesAMissingDictionary() {
        #expect(throws: XapianError.self) {
            try Stemmer(hunspellAffix: "/nonexistent.aff", dictionary: "/nonexistent.dic", fallback: "danish")
        }
    }
}
