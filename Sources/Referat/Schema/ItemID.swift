import Minutes

/// The stable id of an agenda item: the same meeting item always gets the same id, whichever file or format it
/// came from, so indexing it again replaces it.
///
/// `municipality/committee/YYYY-MM-DD/item`, each name as an ASCII slug, e.g.
/// `haderslev-kommune/beskaeftigelse-og-borgerserviceudvalget/2022-09-15/88`. A second, distinct meeting of the
/// committee that day has a key after the date (``IndexedMeeting/ownKey``):
/// `greve/byraad/2022-01-14~8b2f1d8b/1`.
public enum ItemID {
    /// The id of `item` of `meeting`, whose meeting key is `key` (empty for the plain id).
    public static func make(meeting: Meeting, item: AgendaItem, key: String = "") -> String {
        make(meetingPart: meetingPart(of: meeting), key: key, item: item.number)
    }

    /// The id of item `number` of the meeting with `meetingPart` and `key`.
    static func make(meetingPart: String, key: String, item number: String) -> String {
        meetingPart + (key.isEmpty ? "" : "~" + key) + "/" + slug(number)
    }

    /// `municipality/committee/YYYY-MM-DD`: what the ids of every meeting of that committee that day start with.
    public static func meetingPart(of meeting: Meeting) -> String {
        [slug(meeting.municipality ?? "ukendt"), slug(meeting.committee), meeting.date.iso].joined(separator: "/")
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
