import Foundation

/// Splits Danish compound words into the dictionary words they are made of.
///
/// Danish writes compounds as one word (`kontanthjælpsloftet`), so a search for one part (`kontanthjælp`) misses
/// them. The indexer asks ``parts(of:)`` for each distinct word and adds the parts as extra terms.
///
/// A word is split when the whole of it can be covered by dictionary words, each followed by at most one linking
/// letter (`s` as in `kontanthjælp|s|loftet` or `e` as in
/// `børn|e|have`). Of all such covers the one with the fewest parts wins, then the one with fewest linking
/// letters, then the one with the longest last part (Danish compounds are built on their last part: `syge|dagpenge`,
/// not `sygedag|penge`). A part that is a dictionary compound itself is split in turn, so `dagpenge` is a part of
/// `sygedagpengemodtagere`. A word the dictionary holds itself (`udvalg`, `affaldshåndtering`) is split only where
/// Danish word formation allows (see `splitHolds`): parts of at least ``minimumKnownPartLength`` letters (the last
/// may have ``minimumPartLength``) that occur in minutes on their own (``CorpusFrequencies``), and, for an inflected
/// or derived form (`parkering` of `parkere`), only where its base splits too. To keep precision:
/// - a part has at least ``minimumPartLength`` letters, ``minimumNamePartLength`` when the word list holds it only
///   capitalised (a name or an abbreviation), and at most one part of a split is shorter than four letters;
/// - function words, verb particles and words that double as endings (`for`, `ud`, `ned`, `hed`, `ene`…) are
///   never parts;
/// - a dictionary verb plus a passive, past or participle ending (`reserverede`) is not split either;
/// - words with anything but letters (digits, hyphens, apostrophes) are left alone: the term generator splits
///   hyphenated words before they get here, and a word ending in a hyphen (`Beskæftigelses-`) is a truncation.
public struct CompoundSplitter: CompoundParts {
    /// The fewest letters a part may have.
    public static let minimumPartLength = 3
    /// The fewest letters of a part that the word list holds only capitalised: a name or an abbreviation.
    public static let minimumNamePartLength = 4
    /// The fewest letters of each part of a word the dictionary holds itself.
    public static let minimumKnownPartLength = 4
    /// The most letters of a word the splitter looks at; longer words are left alone.
    public static let maximumWordLength = 64
    /// Where Debian's `wdanish` package installs its word list.
    public static let systemWordList = URL(fileURLWithPath: "/usr/share/dict/danish")

    // Parts shorter than this are short; a split may have at most one of them.
    private static let shortPartLength = 4

    /// Every word of the list.
    let words: DictionaryWords
    /// How often each word occurs in minutes: the evidence for splitting dictionary words.
    private let frequencies: [String: Int]
    /// The two-letter words that may begin a compound (``CorpusFrequencies/shortModifiers``).
    let shortModifiers: Set<String>

    /// Loads the dictionary: one word per line (UTF-8), e.g. Debian's wdanish list /usr/share/dict/danish.
    /// Dictionary words are split only into parts that ``CorpusFrequencies`` has seen.
    ///
    /// With `inPlace`, a list sorted in byte order is searched where it lies (``SortedWordFile``) instead of read
    /// into sets: opening it takes milliseconds instead of 0.3 s, looking a word up takes longer. The parts are the
    /// same; a list out of order is read into sets all the same.
    public init(wordList url: URL, inPlace: Bool = false) throws {
        let words =
            if inPlace, let file = try SortedWordFile(url: url) {
                DictionaryWords(file)
            } else {
                DictionaryWords(WordListLines(data: try Data(contentsOf: url)))
            }
        self.init(words: words, frequencies: CorpusFrequencies.counts, shortModifiers: CorpusFrequencies.shortModifiers)
    }

    /// A splitter over the given words, in any case and normalisation form, that splits a word the list holds only
    /// into parts `frequencies` (lower case NFC word → occurrences) has seen; with none it never does. A word may
    /// begin with one of `shortModifiers` (lower case two-letter words, `ny`) as ``modifierParts(of:)`` says.
    public init(words: some Sequence<String>, frequencies: [String: Int] = [:], shortModifiers: Set<String> = []) {
        self.init(words: DictionaryWords(words), frequencies: frequencies, shortModifiers: shortModifiers)
    }

    private init(words: DictionaryWords, frequencies: [String: Int], shortModifiers: Set<String>) {
        self.words = words
        self.frequencies = frequencies
        self.shortModifiers = shortModifiers
    }

    /// The splitter over ``systemWordList`` when that file exists, else nil; loaded once per process.
    public static func systemDefault() -> CompoundSplitter? {
        system
    }

    private static let system: CompoundSplitter? = try? CompoundSplitter(wordList: systemWordList)

    /// The splitter over ``systemWordList`` searched in place (``init(wordList:inPlace:)``), for a process that
    /// splits few words, such as one search; nil when the file does not exist. Opened once per process.
    public static func systemInPlace() -> CompoundSplitter? {
        systemSearchedInPlace
    }

    private static let systemSearchedInPlace: CompoundSplitter? = try? CompoundSplitter(
        wordList: systemWordList,
        inPlace: true
    )

    /// The number of distinct lower-case words in the dictionary.
    public var wordCount: Int {
        words.count
    }

    /// Whether `word` (any case) is in the dictionary as it is.
    public func contains(_ word: String) -> Bool {
        words.contains(Self.nfc(word).lowercasedQuickly())
    }

    /// The searchable parts of `word` (any case; returns lower case), or [] when it is not a compound.
    ///
    /// The parts are the constituents in order, then each run of two or more neighbouring constituents that is
    /// not the whole word, shortest runs first. A linking letter is dropped at the end of a part but kept inside
    /// a run: `jobafklaringsforløbssager` gives `job`, `afklaring`, `forløb`, `sager`, `jobafklaring`,
    /// `afklaringsforløb`, `forløbssager`, `jobafklaringsforløb`, `afklaringsforløbssager`.
    ///
    /// [] when the word is shorter than two parts, holds anything but letters, has no full split into dictionary
    /// words, or is in the dictionary and its split does not hold (`splitHolds`).
    public func parts(of word: String) -> [String] {
        guard let key = Self.lowerCaseLetters(word), !isInflected(key) else { return [] }
        let known = words.contains(key)
        let bytes = Array(key.utf8)
        // offsets[i] is where letter i starts in `bytes`; offsets[n] is the end.
        var offsets = [0]
        offsets.reserveCapacity(bytes.count + 1)
        for scalar in key.unicodeScalars {
            offsets.append(offsets[offsets.count - 1] + UTF8.width(scalar))
        }
        let count = offsets.count - 1
        guard count >= 2 * Self.minimumPartLength, count <= Self.maximumWordLength else { return [] }
        let text = Letters(bytes: bytes, offsets: offsets)
        // A word with a cover by longer parts that does not hold (`nyresten` is `nyre` + `sten`) is not read as a
        // modifier plus a word either.
        guard let constituents = bestSplit(of: text) else { return modifierParts(of: key) }
        if known, !splitHolds(constituents, of: key, in: text) { return [] }
        return Self.runs(of: constituents.flatMap { refined($0, in: text) }, in: text)
    }

    /// `constituent`, or the parts it splits into when it is a dictionary compound itself, as a dictionary word
    /// splits: `sygedagpengemodtagere` is `sygedagpenge` + `modtagere`, and `sygedagpenge` is `syge` + `dagpenge`,
    /// so a search for `dagpenge` finds it.
    private func refined(_ constituent: Constituent, in text: Letters) -> [Constituent] {
        let start = text.offsets[constituent.start]
        let bytes = Array(text.bytes[start..<text.offsets[constituent.stemEnd]])
        let offsets = text.offsets[constituent.start...constituent.stemEnd].map { $0 - start }
        let inner = Letters(bytes: bytes, offsets: offsets)
        let word = String(decoding: bytes, as: UTF8.self)
        guard inner.count >= 2 * Self.minimumKnownPartLength, words.contains(word), let parts = bestSplit(of: inner),
            parts.count > 1, splitHolds(parts, of: word, in: inner)
        else { return [constituent] }
        return parts.enumerated().map { index, part in
            Constituent(
                start: part.start + constituent.start,
                stemEnd: part.stemEnd + constituent.start,
                end: index == parts.count - 1 ? constituent.end : part.end + constituent.start
            )
        }
    }

    /// Whether a dictionary word's split is one of Danish word formation rather than a chance cover by words.
    ///
    /// - Every part has at least ``minimumKnownPartLength`` letters and occurs in minutes on its own
    ///   (``CorpusFrequencies``, with its common inflections): `forel` + `ægges` and `tran` + `sport` are covers by
    ///   words no council writes about.
    /// - Where the word is an inflected or derived form of another dictionary word, its base (`parkering` of
    ///   `parkere`, `vandring` of `vandre`, `generelle` of `generel`, `politikerne` of `politiker`), the base splits
    ///   at the same place into a dictionary word: `parkere` is not `park` + `ere`, so `parkering` is not `park` +
    ///   `ring`, while `klagesager` (base `klagesag`, `klage` + `sag`) splits. A word that is its first part plus an
    ///   ending is a derivation, not a compound.
    private func splitHolds(_ constituents: [Constituent], of word: String, in text: Letters) -> Bool {
        guard let last = constituents.last else { return false }
        for part in constituents {
            // A short last part (`vandløb`, `kulturhus`) is tolerated: the base check below and the corpus keep
            // chance covers out, and a short first part (`bil` + `leder` in `billeder`) is the usual false split.
            let shortest = part.start == last.start ? Self.minimumPartLength : Self.minimumKnownPartLength
            guard part.stemEnd - part.start >= shortest else { return false }
            let range = text.offsets[part.start]..<text.offsets[part.stemEnd]
            let word = String(decoding: text.bytes[range], as: UTF8.self)
            guard family(word) > 0 || (part.start != last.start && isStemPlusE(word)) else { return false }
        }
        let boundary = text.offsets[last.start]
        for base in bases(of: text.bytes) {
            guard base.count > boundary else { return false }
            let tail = String(decoding: base[boundary...], as: UTF8.self)
            // Two letters: a base's last part may be shorter than the word's (`landsby` of `landsbyen`).
            if tail.unicodeScalars.count < 2 || !words.contains(tail) || NonParts.all.contains(tail) {
                return false
            }
        }
        return true
    }

    /// The dictionary words that `word` (UTF-8) is an inflected or derived form of: the word less one of
    /// ``baseEndings``, with or without an `e`, or with a doubled consonant undone.
    func bases(of word: [UInt8]) -> [[UInt8]] {
        var found: [[UInt8]] = []
        for ending in Self.baseEndings
        where word.count > ending.count && word.suffix(ending.count).elementsEqual(ending) {
            let stem = Array(word.dropLast(ending.count))
            var bases = [stem, stem + [UInt8(ascii: "e")]]
            // A doubled consonant before the ending belongs to it: `skatter` of `skat`, `modellen` of `model`.
            if stem.count > 2, stem[stem.count - 1] == stem[stem.count - 2], stem[stem.count - 1] < 0x80 {
                bases.append(Array(stem.dropLast()))
            }
            for base in bases where base != word && words.contains(String(decoding: base, as: UTF8.self)) {
                found.append(base)
            }
        }
        return found
    }

    /// Whether `part` is a dictionary word of ``minimumKnownPartLength`` letters or more that occurs in minutes,
    /// plus an `e`: a first part is often a verb's infinitive (`spilde` in `spildevand`, `bygge` in `byggeaffald`)
    /// or a stem with a linking `e`, and minutes then use the stem (`spild`) rather than the infinitive.
    private func isStemPlusE(_ part: String) -> Bool {
        guard part.hasSuffix("e") else { return false }
        let stem = String(part.dropLast())
        return stem.count >= Self.minimumKnownPartLength && words.contains(stem) && !NonParts.all.contains(stem)
            && family(stem) > 0
    }

    // Inflectional endings, and derivational ones with their inflections, that a base takes (with or without its
    // final `e`), as UTF-8: every word split is matched against them.
    private static let baseEndings =
        (["e", "r", "s", "t", "er", "en", "et", "es", "ne", "le", "te", "ere", "ene", "ens", "ets", "ede", "erne"]
        + ["ernes", "lig", "lige", "ligt", "isk", "iske"]
        + ["ing", "ning", "else", "hed"].flatMap { suffix in
            ["", "en", "ens", "er", "erne", "ernes", "s"].map { suffix + $0 }
        }).map { Array($0.utf8) }

    /// How often `word` occurs with its common inflections (`affald`, `affaldet`, `affalds`, …).
    func family(_ word: String) -> Int {
        Self.inflectionEndings.reduce(frequencies[word, default: 0]) { $0 + frequencies[word + $1, default: 0] }
    }

    static let inflectionEndings = ["e", "en", "er", "et", "ets", "ens", "ene", "erne", "ernes", "es", "s"]

    /// Whether `word` is a dictionary verb form plus an ending the list lacks (`reserverede`, `oplevedes`,
    /// `realiserede`): such a word is not a compound, and splitting it gives nonsense (`reserve` + `rede`).
    private func isInflected(_ word: String) -> Bool {
        let bytes = word.utf8
        for ending in Self.inflections where bytes.count - ending.utf8.count >= Self.shortPartLength {
            guard word.hasSuffix(ending) else { continue }
            if words.contains(String(decoding: bytes.dropLast(ending.utf8.count), as: UTF8.self)) { return true }
        }
        return false
    }

    // Verb endings (passive, past, participle). Noun endings are left out on purpose: stripping them would keep
    // `skoleklasser` whole because the list holds `skoleklasse`, losing far more good splits than bad.
    private static let inflections = ["es", "ede", "edes", "ende"]

    /// The constituents of the best full split of `text`, or nil when there is none.
    private func bestSplit(of text: Letters) -> [Constituent]? {
        let count = text.count
        var best = Table(count: count)
        for start in stride(from: count - 1, through: 0, by: -1) {
            let longestEnd = min(count, start + Self.maximumWordLength)
            for end in stride(from: longestEnd, through: start + Self.minimumPartLength, by: -1) {
                addSplits(from: start, to: end, in: text, best: &best)
            }
        }
        guard best[1, 0] != nil else { return nil }
        var constituents: [Constituent] = []
        var start = 0
        var allowance = 1
        while start < count, let choice = best[allowance, start] {
            constituents.append(Constituent(start: start, stemEnd: choice.stemEnd, end: choice.next))
            if choice.stemEnd - start < Self.shortPartLength { allowance = 0 }
            start = choice.next
        }
        return constituents
    }

    /// Records in `best` the splits of letters start..<count whose first part is letters start..<end: as the
    /// final part, or followed by the best split of the rest with or without a linking letter between.
    private func addSplits(from start: Int, to end: Int, in text: Letters, best: inout Table) {
        let count = text.count
        if end == count {
            if start > 0, isPart(start, end, in: text) {
                consider(start: start, stemEnd: end, next: end, links: 0, best: &best)
            }
            return
        }
        let linked =
            end + 1 < count && (text.letter(at: end, is: "s") || text.letter(at: end, is: "e"))
            && best[1, end + 1] != nil
        // Hash the candidate only when the rest can be split; most candidates stop here.
        guard best[1, end] != nil || linked, isPart(start, end, in: text) else { return }
        // A part ending in `s` whose stem is a part too (`kontanthjælps`) is the stem plus a linking `s`, and a
        // linking letter never follows another.
        if end - start > Self.minimumPartLength, text.letter(at: end - 1, is: "s"), isPart(start, end - 1, in: text) {
            if best[1, end] != nil {
                consider(start: start, stemEnd: end - 1, next: end, links: 1, best: &best)
            }
            return
        }
        if best[1, end] != nil {
            consider(start: start, stemEnd: end, next: end, links: 0, best: &best)
        }
        if linked {
            consider(start: start, stemEnd: end, next: end + 1, links: 1, best: &best)
        }
    }

    /// Records in `best` the split that begins with letters start..<stemEnd and goes on at `next`, where it
    /// beats the one there.
    private func consider(start: Int, stemEnd: Int, next: Int, links: Int, best: inout Table) {
        let short = stemEnd - start < Self.shortPartLength
        for allowance in 0...1 {
            let restAllowance = short ? allowance - 1 : allowance
            guard restAllowance >= 0, let rest = best[restAllowance, next] else { continue }
            let choice = Choice(parts: rest.parts + 1, links: rest.links + links, stemEnd: stemEnd, next: next)
            if let current = best[allowance, start], !choice.isBetter(than: current) { continue }
            best[allowance, start] = choice
        }
    }

    /// Whether letters start..<end form a word that may be a part.
    private func isPart(_ start: Int, _ end: Int, in text: Letters) -> Bool {
        let length = end - start
        guard length >= Self.minimumPartLength else { return false }
        let range = text.offsets[start]..<text.offsets[end]
        guard range.count <= words.longestWordBytes else { return false }
        let candidate = String(decoding: text.bytes[range], as: UTF8.self)
        guard words.contains(candidate), !NonParts.all.contains(candidate) else { return false }
        return length >= Self.minimumNamePartLength || !words.holdsOnlyCapitalised(candidate)
    }

    /// The constituents' stems, then every run of two or more neighbours short of the whole word.
    private static func runs(of constituents: [Constituent], in text: Letters) -> [String] {
        var parts: [String] = []
        let count = constituents.count
        for length in 1..<count {
            for first in 0...(count - length) {
                let last = constituents[first + length - 1]
                let range = text.offsets[constituents[first].start]..<text.offsets[last.stemEnd]
                let part = String(decoding: text.bytes[range], as: UTF8.self)
                if !parts.contains(part) { parts.append(part) }
            }
        }
        return parts
    }

    /// `word` lower case and NFC, or nil when it holds anything but letters.
    private static func lowerCaseLetters(_ word: String) -> String? {
        if word.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) { return word }
        let lower = nfc(word).lowercasedQuickly()
        return lower.allSatisfy(\.isLetter) ? lower : nil
    }

    // Text whose scalars all lie below the combining marks (U+0300), as most Danish text does, is NFC already,
    // and checking that is far cheaper than normalising.
    static func nfc(_ text: String) -> String {
        text.unicodeScalars.allSatisfy { $0.value < 0x300 } ? text : text.precomposedStringWithCanonicalMapping
    }
}

/// A lower-case word as UTF-8 with the offset of each letter, so parts can be cut out by letter position.
private struct Letters {
    /// The word's UTF-8.
    let bytes: [UInt8]
    /// Where each letter starts in `bytes`, then the end.
    let offsets: [Int]

    /// The number of letters.
    var count: Int { offsets.count - 1 }

    /// Whether letter `index` is the ASCII letter `ascii`.
    func letter(at index: Int, is ascii: Unicode.Scalar) -> Bool {
        offsets[index + 1] - offsets[index] == 1 && bytes[offsets[index]] == UInt8(ascii: ascii)
    }
}

/// The best splits of each tail of a word: `[allowance, start]` is the best split of the letters from `start` to the
/// end with at most `allowance` (0 or 1) short parts.
private struct Table {
    private var choices: [Choice?]
    private let width: Int

    /// An empty table for a word of `count` letters, where only the empty tail is split.
    init(count: Int) {
        width = count + 1
        choices = Array(repeating: nil, count: 2 * width)
        let empty = Choice(parts: 0, links: 0, stemEnd: count, next: count)
        choices[count] = empty
        choices[width + count] = empty
    }

    /// The best split of the letters from `start` with at most `allowance` short parts.
    subscript(allowance: Int, start: Int) -> Choice? {
        get { choices[allowance * width + start] }
        set { choices[allowance * width + start] = newValue }
    }
}

/// One part of a chosen split, in letter positions.
private struct Constituent {
    /// Where the part starts.
    let start: Int
    /// Where the part ends, before any linking letter.
    let stemEnd: Int
    /// Where the next part starts.
    let end: Int
}

/// The best split found so far of the letters from some position to the end.
private struct Choice {
    /// How many parts the split has.
    let parts: Int
    /// How many linking letters it uses.
    let links: Int
    /// Where its first part ends, before any linking letter.
    let stemEnd: Int
    /// Where its second part starts.
    let next: Int

    /// Fewer parts first, then fewer linking letters, then a longer last part: Danish compounds are built on
    /// their last part, so `sygedagpenge` is `syge` + `dagpenge`, not `sygedag` + `penge`.
    func isBetter(than other: Choice) -> Bool {
        if parts != other.parts { return parts < other.parts }
        if links != other.links { return links < other.links }
        return next < other.next
    }
}

/// The lines of a UTF-8 word list, one at a time, without line ends or empty lines: `Data.split` made a `Data`
/// of every line, which cost more than reading the words, and an array of them all held 12 MB more at once.
private struct WordListLines: Sequence, IteratorProtocol {
    let data: Data
    private var start = 0

    init(data: Data) {
        self.data = data
    }

    mutating func next() -> String? {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                defer { start = end + 1 }
                let last = end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
                if last > start {
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<last]), as: UTF8.self)
                }
            }
            return nil
        }
    }
}
