import Foundation

/// Splits the participant and absence lists of minutes into names.
enum NameList {
    /// One listed person, marked absent by `(Fravær)`, `(afbud)` or the like after the name.
    struct Entry: Equatable {
        /// The name as printed, without the absence marker or a trailing role (`- formand`).
        var name: String
        /// Whether the list marks the person absent.
        var isAbsent: Bool
    }

    /// The people in a comma-, semicolon- or line-separated list; `Ingen` and dashes give none.
    static func entries(in text: String) -> [Entry] {
        var entries: [Entry] = []
        for part in text.split(whereSeparator: { ",;\n".contains($0) }) {
            var name = TextLine.collapsed(String(part))
            let isAbsent = absenceMarker.matches(name)
            name = absenceMarker.replacing(in: name, with: "")
            name = role.replacing(in: name, with: "")
            name = TextLine.trimming(name) { " .:-–".unicodeScalars.contains($0) }
            guard !name.isEmpty, !["ingen", "ingen fraværende", "ingen afbud"].contains(name.lowercased()),
                name.contains(where: { $0.isLetter })
            else { continue }
            entries.append(Entry(name: name, isAbsent: isAbsent))
        }
        return entries
    }

    /// The names in `text`, each once, in order of first mention.
    static func names(in text: String) -> [String] {
        var seen: Set<String> = []
        return entries(in: text).map(\.name).filter { seen.insert($0).inserted }
    }

    private static let absenceMarker = Pattern(
        #"\s*\((?:fravær|fraværende|afbud|meldt afbud|ikke til stede|forfald)[^)]*\)"#,
        requiring: ["("]
    )
    private static let role = Pattern(
        #"\s+[-–]\s+(?:formand|næstformand|borgmester|viceborgmester|sekretær|referent)\b.*$"#,
        requiring: ["formand", "borgmester", "sekret", "referent"]
    )
}
