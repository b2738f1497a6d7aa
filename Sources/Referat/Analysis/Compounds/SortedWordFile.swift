import Foundation

/// A word list file sorted in byte order (`LC_ALL=C sort`, as Debian's wdanish ships), one word a line, searched
/// in place by binary search over its memory-mapped bytes: opening it reads the file once, where building sets of
/// its 313,000 words took 0.3 s and 29 MB.
///
/// Answers for lower-case NFC words exactly what sets of the lines, each NFC and lower-cased, would: a word is in
/// the list as it is, capitalised or in capitals, or among the few lines cased otherwise (`ADiCT`), kept aside.
struct SortedWordFile: Sendable {
    private let data: Data
    /// Where each line starts and ends, in file order.
    private let lines: [Range<Int>]
    /// Lower-cased lines that a look-up of a word, its capitalised form or its capitals cannot find.
    private let otherCapitalised: Set<String>
    private let otherLowerCase: Set<String>
    /// The UTF-8 length of the longest line.
    let longestLineBytes: Int

    /// Maps `url`; nil when its lines are not in byte order (then only sets of them give the right answers).
    init?(url: URL) throws {
        data = try Data(contentsOf: url, options: .alwaysMapped)
        var lines: [Range<Int>] = []
        var capitalised = Set<String>()
        var lowerCase = Set<String>()
        var longest = 0
        let sorted = data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                let last = end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
                defer { start = end + 1 }
                guard last > start else { continue }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<last])
                if let previous = lines.last {
                    let before = UnsafeBufferPointer(rebasing: bytes[previous])
                    guard before.lexicographicallyPrecedes(line) || before.elementsEqual(line) else { return false }
                }
                lines.append(start..<last)
                longest = max(longest, line.count)
                guard !Self.isPlainLowerCase(line) else { continue }
                let word = String(decoding: line, as: UTF8.self)
                let normal = CompoundSplitter.nfc(word)
                let lower = normal.lowercasedQuickly()
                if normal == word, lower == word || Self.variants(of: lower).contains(word) { continue }
                if lower == normal { lowerCase.insert(lower) } else { capitalised.insert(lower) }
            }
            return true
        }
        guard sorted else { return nil }
        self.lines = lines
        otherCapitalised = capitalised
        otherLowerCase = lowerCase
        longestLineBytes = longest
    }

    /// Whether the list holds `word` (lower case NFC) in lower case.
    func holdsLowerCase(_ word: String) -> Bool {
        hasLine(word) || otherLowerCase.contains(word)
    }

    /// Whether the list holds `word` (lower case NFC) other than in lower case: capitalised, in capitals or else.
    func holdsCased(_ word: String) -> Bool {
        Self.variants(of: word).contains { $0 != word && $0.lowercasedQuickly() == word && hasLine($0) }
            || otherCapitalised.contains(word)
    }

    /// The number of distinct words lower-cased: every line is looked at, so this is for tests.
    var distinctWordCount: Int {
        var words = Set<String>()
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for line in lines {
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self)
                words.insert(CompoundSplitter.nfc(word).lowercasedQuickly())
            }
        }
        return words.count
    }

    /// `word` capitalised and in capitals.
    private static func variants(of word: String) -> [String] {
        [word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()]
    }

    /// Whether `line` is certainly lower case and NFC as it is: ASCII without capitals, or Latin-1 small letters
    /// (`æ`, `ø`, `å`, `é`).
    private static func isPlainLowerCase(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte < 0x80 {
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return false }
                index += 1
            } else if byte == 0xC3, index + 1 < line.count, line[index + 1] >= 0xA0 {
                index += 2
            } else {
                return false
            }
        }
        return true
    }

    /// Whether some line is exactly `word`.
    private func hasLine(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { key in
            data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                var low = 0
                var high = lines.count
                while low < high {
                    let middle = (low + high) / 2
                    let line = UnsafeBufferPointer(rebasing: bytes[lines[middle]])
                    if line.lexicographicallyPrecedes(key) {
                        low = middle + 1
                    } else {
                        high = middle
                    }
                }
                return low < lines.count && UnsafeBufferPointer(rebasing: bytes[lines[low]]).elementsEqual(key)
            }
        }
    }
}
