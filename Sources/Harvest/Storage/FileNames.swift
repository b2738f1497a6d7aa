import Foundation

/// The names harvested files get: built by referat from what it has checked, never a server's string as is,
/// so no name can climb out of its folder (`../`) or hide (`.x`).
enum FileNames {
    /// `name` in lower case ASCII letters, digits and single dashes, Danish letters spelled out
    /// (`Byråd 2022-2025` → `byraad-2022-2025`), at most 80 characters.
    static func slug(_ name: String) -> String {
        var result = ""
        var dash = false
        for character in name.lowercased() {
            let spelled: String
            switch character {
            case "æ": spelled = "ae"
            case "ø": spelled = "oe"
            case "å": spelled = "aa"
            case "é", "è": spelled = "e"
            case "ü": spelled = "u"
            case "ö": spelled = "o"
            case "ä": spelled = "a"
            default:
                spelled = character.isASCII && (character.isLetter || character.isNumber) ? String(character) : "-"
            }
            if spelled == "-" {
                dash = !result.isEmpty
                continue
            }
            if dash { result += "-" }
            dash = false
            result += spelled
        }
        return String(result.prefix(80))
    }

    /// `text` if it is a GUID as FirstAgenda writes them (`3f67e8c0-bd5e-4d54-b79c-bf8bc3082f9c`) and not the
    /// all-zero placeholder, in lower case; else `nil`.
    static func guid(_ text: String?) -> String? {
        guard let text = text?.lowercased() else { return nil }
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12],
            groups.allSatisfy({ $0.allSatisfy { $0.isHexDigit && $0.isASCII } }),
            text.contains(where: { $0 != "0" && $0 != "-" })
        else { return nil }
        return text
    }

    /// The file of a meeting: `<folder>_<committee>_<date>.json`, as the shipped Greve files are named, or with
    /// the first group of the meeting's id after the date when that name is another meeting's.
    static func meeting(folder: String, committee: String, date: String, id: String, taken: Bool) -> String {
        let committeeSlug = slug(committee).isEmpty ? "udvalg" : slug(committee)
        let base = "\(folder)_\(committeeSlug)_\(date)"
        return taken ? "\(base)_\(id.prefix(8)).json" : "\(base).json"
    }

    /// The folder, inside a site's folder, that holds its attachments; hidden, so `referat index` does not read
    /// attachments as minutes.
    static let attachments = ".bilag"
}
