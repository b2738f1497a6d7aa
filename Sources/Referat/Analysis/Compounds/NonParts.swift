/// Dictionary words that a compound splitter never takes as a part, even though the word list holds them.
///
/// Each group is a kind of false split seen on the Greve minutes when the word was allowed:
/// function words and verb particles are prefixes (`udvalget` is not `ud` + `valget`, `henleder` not `hen` +
/// `leder`), and the suffix words are endings (`synlighed` is not `syn` + `lighed`, `krydsene` not `kryds` + `ene`).
enum NonParts {
    /// The words, lower case NFC.
    static let all: Set<String> = Set(functionWords + particles + suffixes)

    /// Pronouns, conjunctions, prepositions and auxiliaries of three letters or more.
    private static let functionWords = [
        "alle", "alt", "andre", "anden", "andet", "bare", "blev", "blive", "bliver", "dem", "den", "denne", "der",
        "deres", "det", "dette", "dig", "din", "disse", "dog", "end", "efter", "eller", "for", "fra", "før", "han",
        "hans", "har", "havde", "hende", "hendes", "her", "hos", "hun", "hvad", "hvem", "hvis", "hvor", "igen",
        "ikke", "inden", "ingen", "jeg", "kan", "kun", "kunne", "man", "med", "meget", "men", "mere", "mest", "mig",
        "min", "mine", "mit", "mod", "når", "noget", "nogle", "også", "over", "samt", "selv", "sig", "sin", "sine",
        "sit", "skal", "skulle", "som", "til", "uden", "under", "var", "ved", "vil", "ville", "vor", "være", "været",
    ]

    /// Verb particles and bound prefixes that begin derived words rather than compounds.
    private static let particles = [
        "bag", "frem", "gen", "hen", "ind", "mini", "mis", "ned", "sam", "ud", "und",
        // Adverbs that make lexicalised verbs and participles: `ovenstående`, `gennemføre`, `foreslå`.
        "oven", "neden", "gennem", "fore", "forud", "fremad", "sammen",
    ]

    /// Words that are also derivational or inflectional endings.
    private static let suffixes = [
        "el", "er", "re", "ne", "bar", "ide", "ler", "len", "mal", "mel", "ter", "else", "ende", "endes", "ene", "ens",
        "ere", "erne", "ers", "ets", "hed", "heden", "heder", "hedens",
        "ion", "isk", "lig", "lige", "lighed", "ligheden", "ligheder", "ligt", "ning", "sat", "sen", "ser", "set",
        "skab", "ske", "vis",
    ]
}
