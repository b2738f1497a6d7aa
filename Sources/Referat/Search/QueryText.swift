import Foundation
import Minutes

/// Rewrites what a user typed into the query syntax Xapian's parser knows, before it parses it.
enum QueryText {
    /// The Danish boolean operators and their Xapian spelling; only the upper-case forms are operators.
    static let danishOperators = ["OG": "AND", "ELLER": "OR", "IKKE": "NOT", "NÆR": "NEAR"]

    /// `query` in NFC with the Danish operators spelled as Xapian's, each bare case number turned into a
    /// `sag:` filter and each plain word with `alternatives` searched as `(word OR alternative …)`, leaving
    /// quoted phrases alone.
    static func rewrite(_ query: String, alternatives: (String) -> [String] = { _ in [] }) -> String {
        var output: [String] = []
        var phrase: [Substring] = []
        for token in query.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace) {
            if !phrase.isEmpty || token.first == "\"" {
                phrase.append(token)
                let quotes = phrase.joined(separator: " ").filter { $0 == "\"" }.count
                if quotes % 2 == 0 {
                    output.append(phrase.joined(separator: " "))
                    phrase = []
                }
                continue
            }
            output.append(rewrite(token: token, alternatives: alternatives))
        }
        if !phrase.isEmpty { output.append(phrase.joined(separator: " ")) }
        return output.joined(separator: " ")
    }

    private static func rewrite(token: Substring, alternatives: (String) -> [String]) -> String {
        if let xapian = danishOperators[String(token)] { return xapian }
        if token.allSatisfy(\.isLetter) {
            let others = alternatives(String(token))
            guard !others.isEmpty else { return String(token) }
            let spelled = others.map { $0.contains(" ") ? "\"\($0)\"" : $0 }
            return "(" + ([String(token)] + spelled).joined(separator: " OR ") + ")"
        }
        let sign = token.first == "+" || token.first == "-" ? String(token.prefix(1)) : ""
        let bare = token.dropFirst(sign.count)
        guard !bare.contains(":"), let caseNumber = CaseNumber.find(in: bare), caseNumber == bare else {
            return String(token)
        }
        return sign + SearchFields.caseNumber + ":" + caseNumber
    }
}
