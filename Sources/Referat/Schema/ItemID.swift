import Minutes

/// The stable id of an agenda item: the same meeting item always gets the same id, whichever file or format it
/// came from, so indexing it again replaces it.
public enum ItemID {
    /// `municipality/committee/YYYY-MM-DD/item`, each name as an ASCII slug, e.g.
    /// `haderslev-kommune/beskaeftigelse-og-borgerserviceudvalget/2022-09-15/88`.
    public static func make(meeting: Meeting, item: AgendaItem) -> String {
        [slug(meeting.municipality ?? "ukendt"), slug(meeting.committee), meeting.date.iso, slug(item.number)]
            .joined(separator: "/")
    }

    /// Lower case ASCII letters and digits separated by single dashes; æ, ø, å become ae, oe, aa.
    static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for character in text.precomposedStringWithCanonicalMapping.lowercased() {
            let replacement: String
            switch character {
            case "æ": replacement = "ae"
            case "ø": replacement = "oe"
            case "å": replacement = "aa"
            case "ü": replacement = "u"
            case "é", "è": replacement = "e"
            case "ö": replacement = "oe"
            case "ä": replacement = "ae"
            default:
                replacement = character.isASCII && (character.isLetter || character.isNumber) ? String(character) : ""
            }
            if replacement.isEmpty {
                pendingDash = !result.isEmpty
            } else {
                if pendingDash { result += "-" }
                result += replacement
                pendingDash = false
            }
        }
        return result
    }
}
