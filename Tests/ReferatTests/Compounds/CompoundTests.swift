import Foundation
import Referat
import Testing

@Suite struct CompoundTests {
    /// Compounds from the Greve minutes and the parts a search must reach them by.
    static let compounds: [(word: String, parts: Set<String>)] = [
        ("kontanthjælpsloftet", ["kontanthjælp", "loftet"]),
        ("sygedagpengeindsatsen", ["sygedagpenge", "indsatsen"]),
        ("Ukraineindsatsen", ["ukraine", "indsatsen"]),
        ("Jobafklaringsforløbssager", ["jobafklaring", "forløb", "sager", "job", "afklaring"]),
        ("skolestruktur", ["skole", "struktur"]),
        ("dagtilbudsområdet", ["dagtilbud", "tilbud", "området", "tilbudsområdet"]),
        ("vejadgang", ["vej", "adgang"]),
        ("styringsdialogmøderne", ["styring", "dialog", "møderne", "styringsdialog", "dialogmøderne"]),
        ("affaldshåndteringsplan", ["affaldshåndtering", "plan"]),
        ("solnedgangsklausul", ["solnedgang", "klausul"]),
        ("fodboldmål", ["fodbold", "mål"]),
        ("handicaprådet", ["handicap", "rådet"]),
        ("kommunegrænser", ["kommune", "grænser"]),
        ("genopretningspulje", ["genopretning", "pulje"]),
        ("trafikregulering", ["trafik", "regulering"]),
        ("budgettilpasninger", ["budget", "tilpasninger"]),
        ("omkostningsberegning", ["omkostning", "beregning"]),
        ("kvalitetsrapporterne", ["kvalitet", "rapporterne"]),
        // Dictionary words, split because their parts are more frequent in minutes than they are.
        ("affaldshåndtering", ["affald", "håndtering"]),
        ("kontanthjælpsmodtager", ["kontanthjælp", "modtager"]),
        ("folkebibliotek", ["folke", "bibliotek"]),
        ("byggeaffald", ["bygge", "affald"]),
        ("ældreområdet", ["ældre", "området"]),
        // A two-letter modifier or a directional particle before a word minutes use far more often on its own.
        ("nybyggeri", ["byggeri"]),
        ("nybyggeriet", ["byggeriet"]),
        ("byudvikling", ["udvikling"]),
        ("fravalg", ["valg"]),
        ("tilvalget", ["valget"]),
        ("tilflytning", ["flytning"]),
        // A first part that minutes use without its final `e`: a verb's infinitive or a linking `e`.
        ("spildevand", ["spilde", "vand"]),
        ("spildevandsrensning", ["vand", "rensning", "spildevand"]),
        ("tegnestuen", ["tegne", "stuen"]),
    ]

    /// Words of the Greve minutes that must stay whole: words that only look like compounds, dictionary words the
    /// evidence keeps whole, names, numbers, truncations, and verb forms the list lacks.
    static let wholeWords = [
        "udvalget", "udvalg", "forslag", "forældre", "indvandrer", "indvandrere", "arbejde",
        "ledighed", "beslutning", "indstilling", "forløb", "indsatsen", "Krongaard", "greve", "2022", "covid-19",
        "Beskæftigelses-", "reserverede", "oplevedes", "synlighed", "henleder", "",
        // Frequent words with a modifier or particle that the rest is not clearly more frequent than, and verbs.
        "byrådet", "byrådets", "tilbud", "tilbuddet", "tilsyn", "tilstand", "tilskud", "fravær", "nyhed",
        "tiltræder", "frataget", "frafalder",
    ]

    private static func system() throws -> CompoundSplitter {
        try #require(CompoundSplitter.systemDefault(), "install Debian's wdanish for /usr/share/dict/danish")
    }

    @Test(arguments: compounds)
    func splitsCompound(word: String, parts: Set<String>) throws {
        let found = try Self.system().parts(of: word)
        #expect(parts.isSubset(of: found), "\(word) → \(found)")
    }

    @Test(arguments: wholeWords)
    func keepsWordWhole(word: String) throws {
        #expect(try Self.system().parts(of: word) == [])
    }

    @Test func listsConstituentsThenRuns() throws {
        #expect(
            try Self.system().parts(of: "jobafklaringsforløbssager") == [
                "job", "afklaring", "forløb", "sager", "jobafklaring", "afklaringsforløb", "forløbssager",
                "jobafklaringsforløb", "afklaringsforløbssager",
            ]
        )
    }

    @Test func systemDefaultIsTheDebianList() throws {
        let splitter = try Self.system()
        #expect(splitter.wordCount > 300_000)
        #expect(splitter.contains("Ukraine"))
        #expect(splitter.contains("ukraine"))
        #expect(!splitter.contains("kontanthjælpsloftet"))
    }

    @Test func dropsLinkingS() {
        let splitter = CompoundSplitter(words: ["kontanthjælp", "loft", "loftet"])
        #expect(splitter.parts(of: "kontanthjælpsloftet") == ["kontanthjælp", "loftet"])
    }

    @Test func readsGenitiveFormAsStemAndLinkingS() {
        let splitter = CompoundSplitter(words: ["forløb", "forløbs", "sager", "ager"])
        #expect(splitter.parts(of: "forløbssager") == ["forløb", "sager"])
    }

    @Test func dropsLinkingE() {
        let splitter = CompoundSplitter(words: ["børn", "have"])
        #expect(splitter.parts(of: "børnehave") == ["børn", "have"])
    }

    @Test func prefersWordEndingInEOverLinkingE() {
        let splitter = CompoundSplitter(words: ["syg", "syge", "dagpenge"])
        #expect(splitter.parts(of: "sygedagpenge") == ["syge", "dagpenge"])
    }

    @Test func choosesFewestParts() {
        let splitter = CompoundSplitter(words: ["syge", "dag", "penge", "dagpenge", "indsats"])
        #expect(
            splitter.parts(of: "sygedagpengeindsats") == [
                "syge", "dagpenge", "indsats", "sygedagpenge", "dagpengeindsats",
            ]
        )
    }

    @Test func prefersLongerLastPartAmongEqualSplits() {
        let splitter = CompoundSplitter(words: ["syge", "sygedag", "penge", "dagpenge"])
        #expect(splitter.parts(of: "sygedagpenge") == ["syge", "dagpenge"])
    }

    @Test func keepsDictionaryWordsWholeWithoutEvidence() {
        #expect(CompoundSplitter(words: ["skole", "klasse"]).parts(of: "Skoleklasse") == ["skole", "klasse"])
        #expect(CompoundSplitter(words: ["skole", "klasse", "Skoleklasse"]).parts(of: "skoleklasse") == [])
    }

    @Test func splitsDictionaryWordsWhosePartsOccurInMinutes() {
        let words = ["skole", "klasse", "skoleklasse"]
        let seen = CompoundSplitter(words: words, frequencies: ["skole": 3, "klasse": 3])
        #expect(seen.parts(of: "skoleklasse") == ["skole", "klasse"])
        let unseen = CompoundSplitter(words: words, frequencies: ["skole": 3])
        #expect(unseen.parts(of: "skoleklasse") == [])
    }

    @Test func splitsAnInflectedOrDerivedDictionaryWordOnlyWhereItsBaseSplits() {
        let words = ["park", "ring", "parkere", "parkering", "klage", "sag", "sager", "klagesag", "klagesager"]
        let splitter = CompoundSplitter(words: words, frequencies: ["park": 3, "ring": 3, "klage": 3, "sager": 3])
        // `parkering` is `parkere` + `ing`, and `parkere` is not `park` + a word.
        #expect(splitter.parts(of: "parkering") == [])
        #expect(splitter.parts(of: "klagesager") == ["klage", "sager"])
    }

    @Test func splitsTheDictionaryCompoundsInsideACompound() {
        let words = ["syge", "dagpenge", "sygedagpenge", "modtagere"]
        let splitter = CompoundSplitter(words: words, frequencies: ["syge": 3, "dagpenge": 3])
        #expect(
            splitter.parts(of: "sygedagpengemodtagere") == [
                "syge", "dagpenge", "modtagere", "sygedagpenge", "dagpengemodtagere",
            ]
        )
    }

    @Test func splitsATwoLetterModifierOnlyBeforeAWordClearlyMoreFrequentAlone() {
        let words = ["ny", "byggeri", "nybyggeri", "bygger", "nybygger"]
        let frequencies = ["byggeri": 10, "nybyggeri": 2, "bygger": 10, "nybygger": 3]
        let splitter = CompoundSplitter(words: words, frequencies: frequencies, shortModifiers: ["ny"])
        #expect(splitter.parts(of: "nybyggeri") == ["byggeri"])
        #expect(splitter.parts(of: "nybygger") == [])
        #expect(CompoundSplitter(words: words, frequencies: frequencies).parts(of: "nybyggeri") == [])
    }

    @Test func splitsADirectionalParticleOnlyWhereTheOtherOneAlsoPrecedesTheRest() {
        let words = ["valg", "valget", "tilvalg", "fravalg", "flytning", "tilflytning", "sende", "sender", "tilsende"]
        let frequencies = [
            "valg": 100, "valget": 20, "tilvalg": 3, "fravalg": 3, "flytning": 100, "tilflytning": 3, "sende": 100,
            "sender": 100, "frasende": 3,
        ]
        let splitter = CompoundSplitter(words: words, frequencies: frequencies)
        #expect(splitter.parts(of: "tilvalg") == ["valg"])
        #expect(splitter.parts(of: "fravalget") == ["valget"])
        // No `fraflytning` in minutes, and a verb stays whole.
        #expect(splitter.parts(of: "tilflytning") == [])
        #expect(splitter.parts(of: "tilsender") == [])
    }

    @Test func takesAFirstPartEndingInEByItsStem() {
        let words = ["spild", "spilde", "vand", "spildevand"]
        let splitter = CompoundSplitter(words: words, frequencies: ["spild": 3, "vand": 3])
        #expect(splitter.parts(of: "spildevand") == ["spilde", "vand"])
        #expect(CompoundSplitter(words: words, frequencies: ["vand": 3]).parts(of: "spildevand") == [])
    }

    @Test func neverTakesFunctionWordsParticlesOrEndingsAsParts() {
        let splitter = CompoundSplitter(words: ["for", "slag", "hen", "leder", "syn", "lighed", "kryds", "ene"])
        #expect(splitter.parts(of: "forslag") == [])
        #expect(splitter.parts(of: "henleder") == [])
        #expect(splitter.parts(of: "synlighed") == [])
        #expect(splitter.parts(of: "krydsene") == [])
    }

    @Test func allowsAtMostOneShortPart() {
        let splitter = CompoundSplitter(words: ["kog", "ræs", "forening", "job", "afklaring"])
        #expect(splitter.parts(of: "kogræsforening") == [])
        #expect(splitter.parts(of: "jobafklaring") == ["job", "afklaring"])
    }

    @Test func needsFourLettersOfANamePart() {
        let splitter = CompoundSplitter(words: ["Lea", "ser", "Ukraine", "indsats", "plan"])
        #expect(splitter.parts(of: "leaplan") == [])
        #expect(splitter.parts(of: "ukraineindsats") == ["ukraine", "indsats"])
    }

    @Test func normalisesCaseAndComposition() {
        let splitter = CompoundSplitter(words: ["idé", "skitser"])
        #expect(splitter.parts(of: "IDE\u{301}SKITSER") == ["idé", "skitser"])
    }

    @Test func leavesShortAndNonLetterWordsAlone() {
        let splitter = CompoundSplitter(words: ["abe", "skov", "ab"])
        #expect(splitter.parts(of: "abeskov") == ["abe", "skov"])
        #expect(splitter.parts(of: "abskov") == [])
        #expect(splitter.parts(of: "abe-skov") == [])
        #expect(splitter.parts(of: "abe2skov") == [])
    }

    @Test func loadsAWordListFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("compounds-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("børn\r\nhave\n\nUkraine\n".utf8).write(to: file)
        let splitter = try CompoundSplitter(wordList: file)
        #expect(splitter.wordCount == 3)
        #expect(splitter.parts(of: "børnehave") == ["børn", "have"])
    }

    @Test func failsOnAMissingWordList() {
        #expect(throws: (any Error).self) {
            try CompoundSplitter(wordList: URL(fileURLWithPath: "/nonexistent/danish"))
        }
    }
}
