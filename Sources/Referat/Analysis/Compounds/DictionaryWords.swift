/// The words a ``CompoundSplitter`` looks parts up in, lower case NFC: sets built from a list, or a sorted word list
/// file searched in place (``SortedWordFile``), which answer alike.
struct DictionaryWords: Sendable {
    private enum Storage {
        /// Every word, and the words the list holds only capitalised.
        case sets(all: Set<String>, namesOnly: Set<String>)
        case file(SortedWordFile)
    }

    private let storage: Storage
    /// The UTF-8 length of the longest word, which bounds the parts worth looking up.
    let longestWordBytes: Int

    /// The words of `list`, in any case and normalisation form.
    init(_ list: some Sequence<String>) {
        var all = Set<String>()
        var capitalised = Set<String>()
        var lowerCase = Set<String>()
        var longest = 0
        all.reserveCapacity(list.underestimatedCount)
        for word in list where !word.isEmpty {
            let normal = CompoundSplitter.nfc(word)
            let lower = normal.lowercasedQuickly()
            all.insert(lower)
            if lower == normal {
                lowerCase.insert(lower)
            } else {
                capitalised.insert(lower)
            }
            longest = max(longest, lower.utf8.count)
        }
        storage = .sets(all: all, namesOnly: capitalised.subtracting(lowerCase))
        longestWordBytes = longest
    }

    /// The words of `file`, searched in place.
    init(_ file: SortedWordFile) {
        storage = .file(file)
        longestWordBytes = file.longestLineBytes
    }

    /// Whether the list holds `word` (lower case NFC) in any case.
    func contains(_ word: String) -> Bool {
        switch storage {
        case .sets(let all, _): all.contains(word)
        case .file(let file): file.holdsLowerCase(word) || file.holdsCased(word)
        }
    }

    /// Whether the list holds `word` (lower case NFC) only capitalised or in capitals: a name or an abbreviation.
    func holdsOnlyCapitalised(_ word: String) -> Bool {
        switch storage {
        case .sets(_, let namesOnly): namesOnly.contains(word)
        case .file(let file): file.holdsCased(word) && !file.holdsLowerCase(word)
        }
    }

    /// The number of distinct words.
    var count: Int {
        switch storage {
        case .sets(let all, _): all.count
        case .file(let file): file.distinctWordCount
        }
    }
}
