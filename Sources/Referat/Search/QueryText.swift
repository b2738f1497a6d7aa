import Foundation
import Minutes

/// Rewrites what a user typed into the query syntax Xapian's parser knows, before it parses it.
enum QueryText {
    /// The Danish boolean operators and their Xapian spelling; only the upper-case forms are operators.
    static let danishOperators = ["OG": "AND", "ELLER": "OR", "IKKE": "NOT", "NÆR": "NEAR"]

    /// `query` in NFC with the Danish operators spelled as Xapian's, each bare case number turned into a
    /// `sag:` filter, each plain word searched as its `spellings` (`(spelling OR spelling …)`) and each
    /// `field:word` as `fielded` says (`nil`: as typed), leaving quoted phrases alone.
    static func rewrite(
        _ query: String,
        spellings: (String) -> [String] = { [$0] },
        fielded: (_ field: String, _ word: String) -> String? = { _, _ in nil }
    ) -> String {
        var output: [String] = []
        var phrase: [Substring] = []
        for token in query.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace) {
            // A quote may open mid-token, `udvalg:"Økonomi OG Erhverv"`: its words are the value, not operators.
            if !phrase.isEmpty || token.first == "\"" || token.count(where: { $0 == "\"" }) % 2 == 1 {
                phrase.append(token)
                let quotes = phrase.joined(separator: " ").filter { $0 == "\"" }.count
                if quotes % 2 == 0 {
                    output.append(phrase.joined(separator: " "))
                    phrase = []
                }
                continue
            }
            output.append(rewrite(token: token, spellings: spellings, fielded: fielded))
        }
        if !phrase.isEmpty { output.append(phrase.joined(separator: " ")) }
        return output.joined(separator: " ")
    }

    private static func rewrite(
        token: Substring,
        spellings: (String) -> [String],
        fielded: (String, String) -> String?
    ) -> String {
        if let xapian = danishOperators[String(token)] { return xapian }
        if token.allSatisfy(\.isLetter) {
            let forms = spellings(String(token)).map { $0.contains(" ") ? "\"\($0)\"" : $0 }
            return forms.count == 1 ? forms[0] : "(" + forms.joined(separator: " OR ") + ")"
        }
        let sign = token.first == "+" || token.first == "-" ? String(token.prefix(1)) : ""
        let bare = token.dropFirst(sign.count)
        if let colon = bare.firstIndex(of: ":"),
            let rewritten = fielded(String(bare[..<colon]), String(bare[bare.index(after: colon)...]))
        {
            return sign + rewritten
        }
        guard !bare.contains(":"), let caseNumber = CaseNumber.find(in: bare), caseNumber == bare else {
            return String(token)
        }
        return sign + IndexSchema.caseNumber.queryNames[0] + ":" + caseNumber
    }
}
