/// The stretch of a long text a snippet is cut from.
///
/// Xapian's snippet reads and stems every word it is given, which on a long item costs more than the search
/// itself; so it is given a window that starts a little before the first place one of the query's words appears.
struct SnippetWindow {
    /// How many bytes of text a snippet is chosen from.
    static let length = 1500
    /// How far before the first match the window starts, so the snippet can lead into it.
    static let lead = 300

    /// The window, as text.
    let text: Substring
    /// Whether text was cut off before the window.
    let cutBefore: Bool
    /// Whether text was cut off after the window.
    let cutAfter: Bool

    /// The window of `text` around the first occurrence of any of `words` (lower case, as indexed; a stem
    /// is found at the start of its inflected forms), or the start of `text` when none occurs; `continues` says
    /// that `text` is only the start of the item's text.
    init(of text: String, around words: [String], continues: Bool = false) {
        let bytes = Array(text.utf8)
        guard bytes.count > Self.length else {
            self.text = Substring(text)
            cutBefore = false
            cutAfter = continues
            return
        }
        let first = words.compactMap { Self.firstOccurrence(of: $0, in: bytes) }.min() ?? 0
        var start = max(0, first - Self.lead)
        var end = min(bytes.count, start + Self.length)
        // Cut at spaces, so no word (or UTF-8 sequence) is split.
        while start > 0, start < first, bytes[start - 1] != UInt8(ascii: " ") { start += 1 }
        while end < bytes.count, end > start, bytes[end] != UInt8(ascii: " ") { end -= 1 }
        self.text = Substring(String(decoding: bytes[start..<end], as: UTF8.self))
        cutBefore = start > 0
        cutAfter = end < bytes.count || continues
    }

    /// The byte offset where `word` first starts a word of `bytes`, matching the first letter in either case.
    private static func firstOccurrence(of word: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(word.utf8)
        guard !needle.isEmpty else { return nil }
        let capitalised = Array((word.prefix(1).uppercased() + word.dropFirst()).utf8)
        var best: Int?
        for candidate in Set([needle, capitalised]) {
            var from = 0
            while let offset = find(candidate, in: bytes, from: from) {
                if offset == 0 || !Self.isWordByte(bytes[offset - 1]) {
                    best = min(best ?? offset, offset)
                    break
                }
                from = offset + 1
            }
        }
        return best
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        var offset = start
        let last = haystack.count - needle.count
        while offset <= last {
            guard let candidate = haystack[offset...last].firstIndex(of: needle[0]) else { return nil }
            if haystack[candidate..<candidate + needle.count].elementsEqual(needle) { return candidate }
            offset = candidate + 1
        }
        return nil
    }

    /// Whether `byte` belongs to a word: an ASCII letter or digit, or part of a multi-byte letter.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }
}
