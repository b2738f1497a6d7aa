import Minutes

/// The passage of an item's text a snippet shows: around the words a query matched, with each of them marked.
///
/// The words are found by reading the text word by word and asking whether each is a match (``WordMatcher``): an
/// inflection (`boliger` for `bolig`) or a compound (`byggeaffald` for `affald`) is found as well as the word as
/// written, which looking for the query's letters would miss.
struct SnippetWindow {
    /// How many bytes of text a snippet shows, about three lines.
    static let length = 240
    /// How far before its first match a passage starts, so it leads into the word.
    static let lead = 60
    /// How far past the first match other passages are weighed: the one with the most distinct matched words wins.
    static let lookahead = 1500

    /// The passage with its matches marked, whitespace collapsed, and `…` where text was cut off.
    let snippet: HighlightedText
    /// Whether the passage holds a match; without one it is the start of the text.
    let hasMatch: Bool

    /// The passage of `text` around the words `isMatch` (given each word lower case) accepts, or its start when
    /// there are none, after `label` (e.g. which attachment it is from); `continues` says that `text` is only the
    /// start of the item's text.
    ///
    /// With `findingPhrase` (a query with a phrase) the passage is the one where two different matched words first
    /// stand side by side, however far into the text, when there is one: that is where the phrase is.
    init(
        of text: String,
        label: String = "",
        continues: Bool = false,
        findingPhrase: Bool = false,
        matching isMatch: (String) -> Bool
    ) {
        let bytes = Array(text.utf8)
        let (matches, pair) = Self.matches(in: bytes, findingPair: findingPhrase, isMatch)
        self.init(bytes: bytes, matches: matches, pairedAt: pair, label: label, continues: continues)
    }

    /// The start of `text`, for a search without words: nothing to look for, so the text is not read word by word.
    init(startOf text: String, continues: Bool = false) {
        self.init(bytes: Array(text.utf8), matches: [], pairedAt: nil, label: "", continues: continues)
    }

    private init(bytes: [UInt8], matches: [Range<Int>], pairedAt pair: Int?, label: String, continues: Bool) {
        hasMatch = !matches.isEmpty
        var (start, end) =
            pair.map { (max(0, $0 - Self.lead), min(bytes.count, max(0, $0 - Self.lead) + Self.length)) }
            ?? Self.passage(around: matches, in: bytes)
        // Cut between words, so no word (or UTF-8 sequence) is split, and never inside a match.
        let firstMark = matches.first { $0.lowerBound >= start }?.lowerBound ?? end
        while start > 0, start < firstMark, !Self.isSpace(bytes[start - 1]) { start += 1 }
        while end < bytes.count, end > start, !Self.isSpace(bytes[end]) { end -= 1 }
        if let last = matches.last(where: { $0.lowerBound < end }), last.upperBound > end {
            end = last.upperBound
            while end < bytes.count, !Self.isSpace(bytes[end]) { end += 1 }
        }
        if end <= start {
            // One word longer than the passage: cut it between UTF-8 sequences.
            end = min(bytes.count, start + Self.length)
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        }
        var marked = label + (start > 0 ? Self.omitted : "")
        var from = start
        for match in matches where match.lowerBound >= start && match.upperBound <= end {
            marked += Self.string(bytes[from..<match.lowerBound])
            marked += String(HighlightedText.start) + Self.string(bytes[match]) + String(HighlightedText.end)
            from = match.upperBound
        }
        marked += Self.string(bytes[from..<end])
        if end < bytes.count || continues { marked += Self.omitted }
        snippet = HighlightedText(marked: HighlightedText.collapsingWhitespace(marked))
    }

    private static let omitted = "\u{2026}"

    /// The byte ranges of the matched words, up to ``lookahead`` and a passage past the first; with `findingPair`,
    /// up to as far past the first two different matched words side by side, and where that pair starts.
    private static func matches(
        in bytes: [UInt8],
        findingPair: Bool,
        _ isMatch: (String) -> Bool
    ) -> ([Range<Int>], pair: Int?) {
        var matches: [Range<Int>] = []
        var pair: Int?
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            var wordStart: Int?
            while index <= buffer.count {
                let (isWordScalar, width) =
                    index < buffer.count ? wordScalar(in: buffer, at: index) : (false, 1)
                if isWordScalar {
                    if wordStart == nil { wordStart = index }
                } else if let start = wordStart {
                    wordStart = nil
                    let word = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self)
                    if isMatch(word.lowercasedQuickly()) {
                        if findingPair, pair == nil, let previous = matches.last,
                            sideBySide(previous, start..<index, in: buffer)
                        {
                            pair = previous.lowerBound
                        }
                        matches.append(start..<index)
                    }
                    let anchor = findingPair ? pair : matches.first?.lowerBound
                    if let anchor, index > anchor + lookahead + length { return }
                }
                index += width
            }
        }
        return (matches, pair)
    }

    /// Whether two matched words stand side by side, as a phrase's words do: they differ, and between them are
    /// spaces, hyphens or punctuation and at most one stop word or other short word, which no query word matches
    /// (`børn og unge`, `Børne- og Ungeudvalget`, `vej eller sti`).
    private static func sideBySide(
        _ first: Range<Int>,
        _ second: Range<Int>,
        in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let gap = bytes[first.upperBound..<second.lowerBound]
        guard gap.contains(where: isSpace), gap.count <= 3 + longestStopWordBytes,
            !bytes[first].elementsEqual(bytes[second])
        else { return false }
        // The runs of word bytes in the gap: ASCII letters and multi-byte sequences (æ, ø, å).
        let runs = gap.split { $0 < 0x80 && !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) }
        guard runs.count == 1 else { return runs.isEmpty }
        let word = String(decoding: runs[0], as: UTF8.self).lowercasedQuickly()
        return runs[0].count <= shortWordBytes || DanishStopWords.set.contains(word)
    }

    /// The longest word that may stand between a phrase's words unmatched without being a stop word, in bytes.
    private static let shortWordBytes = 3
    /// The longest stop word, in bytes (`hendes`, `skulle`).
    private static let longestStopWordBytes = DanishStopWords.all.map(\.utf8.count).max() ?? 0

    /// Where the passage with the most distinct matched words starts and ends, the earliest of equals; the start of
    /// the text without matches.
    private static func passage(around matches: [Range<Int>], in bytes: [UInt8]) -> (Int, Int) {
        guard let first = matches.first else { return (0, min(bytes.count, length)) }
        var best = (start: 0, score: -1)
        for match in matches where match.lowerBound <= first.lowerBound + lookahead {
            let start = max(0, match.lowerBound - lead)
            let inside = matches.filter { $0.lowerBound >= start && $0.upperBound <= start + length }
            let score = Set(inside.map { string(bytes[$0]).lowercasedQuickly() }).count
            if score > best.score { best = (start, score) }
        }
        return (best.start, min(bytes.count, best.start + length))
    }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\r")
    }

    /// Whether the scalar at `index` belongs to a word (a letter or a digit, as the term generator reads words), and
    /// its width in bytes.
    private static func wordScalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        let (scalar, width) = UTF8Decoding.scalar(in: bytes, at: index)
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return (true, width)
        case 0...0x7F: return (false, width)
        default:
            let properties = scalar.properties
            return (properties.isAlphabetic || properties.numericType != nil, width)
        }
    }
}
