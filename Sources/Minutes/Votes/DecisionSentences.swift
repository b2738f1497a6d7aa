/// A decision text cut into the sentences a vote can be read from.
///
/// Quoted remarks are removed (a party's quoted reason often says "vi stemmer imod" again), as are attendance
/// notes (*Fraværende:*, *Ikke til stede:*, *Afbud*), which name members with their party letters but record no
/// vote. A competence vote (*inhabil*) comes before the decision itself, so everything up to the last sentence
/// about it (*inhabil*, *erklærede*) is dropped.
struct DecisionSentences {
    /// The sentences, trimmed, in order.
    var sentences: [String]

    private static let sentenceEnd = Pattern(#"(?<![\s(]\p{Lu}\.)(?<=[.!?])\s+(?=[(\p{Lu}\d])"#, caseInsensitive: false)
    private static let attendance = Pattern(
        #"^(?:fraværende|ikke til stede|afbud|fravær)\b|\b(?:var ikke til stede|forlod|deltog ikke|ikke deltog)\b"#
    )
    private static let competence = Pattern(#"\binhabil|\berklærede\b"#)
    private static let quotes: Set<Character> = ["\"", "”", "“", "„", "«", "»"]

    /// Cuts `decision` into sentences.
    init(_ decision: String) {
        var lines: [String] = []
        for raw in decision.split(whereSeparator: \.isNewline) {
            let line = Self.withoutQuotes(String(raw)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !line.isEmpty else { continue }
            // A label ending in a colon ("Imod stemte:", "Ikke til stede:") has its list on the lines after it.
            if let previous = lines.last, previous.hasSuffix(":") {
                lines[lines.count - 1] = previous + " " + line
            } else {
                lines.append(line)
            }
        }
        var sentences = lines.flatMap { line in
            Self.sentenceEnd.split(line).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        }
        sentences.removeAll { Self.attendance.matches($0) }
        if let last = sentences.lastIndex(where: { Self.competence.matches($0) }) {
            sentences.removeSubrange(...last)
        }
        self.sentences = sentences
    }

    /// `line` without text between quotation marks; an unclosed quotation runs to the end of the line.
    private static func withoutQuotes(_ line: String) -> String {
        var kept = ""
        var quoted = false
        for character in line {
            if quotes.contains(character) {
                quoted.toggle()
            } else if !quoted {
                kept.append(character)
            }
        }
        return kept
    }
}

extension Pattern {
    /// `text` cut at every match, the matches themselves dropped.
    func split(_ text: String) -> [String] {
        var pieces: [String] = []
        var start = text.startIndex
        for match in matches(in: text) {
            pieces.append(String(text[start..<match.range.lowerBound]))
            start = match.range.upperBound
        }
        pieces.append(String(text[start...]))
        return pieces
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
