import Foundation

/// Reads a FirstAgenda site's committee list: `{"Udvalg": {"<period>": [{"Id", "Navn", "Historisk",
/// "Moeder": [{"Id", "Dato", "MeetingBeginUtc", "ReleasedDate", "Navn", "Afsluttet", "IsSupplementaryAgenda"}]}]}}`.
enum CommitteeList {
    /// The meetings listed, and how many entries were left out for lacking an id (FirstAgenda's zero GUID) or
    /// a date.
    struct Listing {
        var meetings: [ListedMeeting] = []
        var leftOut = 0
    }

    /// Parses `data`, the body of `url`.
    ///
    /// - Throws: ``HarvestError/unexpected(url:reason:)`` when the body is not JSON or not a committee list.
    static func parse(_ data: Data, url: String) throws(HarvestError) -> Listing {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .unexpected(url: url, reason: "the committee list is not JSON")
        }
        guard let root = json as? [String: Any], let periods = root["Udvalg"] as? [String: Any] else {
            throw .unexpected(url: url, reason: "the committee list is not FirstAgenda's (no Udvalg object)")
        }
        var listing = Listing()
        var seen = Set<String>()
        for period in periods.keys.sorted() {
            for case let committee as [String: Any] in periods[period] as? [Any] ?? [] {
                let name = text(committee["Navn"]) ?? ""
                for case let meeting as [String: Any] in committee["Moeder"] as? [Any] ?? [] {
                    guard let id = FileNames.guid(text(meeting["Id"])),
                        let date = day(text(meeting["Dato"]) ?? text(meeting["MeetingBeginUtc"]))
                    else {
                        listing.leftOut += 1
                        continue
                    }
                    guard seen.insert(id).inserted else { continue }
                    let version = ["Navn", "ReleasedDate", "IsSupplementaryAgenda", "Afsluttet"]
                        .map { text(meeting[$0]) ?? "" }.joined(separator: "|")
                    listing.meetings.append(
                        ListedMeeting(
                            id: id,
                            committee: name,
                            date: date,
                            version: version,
                            historic: (committee["Historisk"] as? Bool) ?? false
                        )
                    )
                }
            }
        }
        listing.meetings.sort { ($0.date, $0.committee, $0.id) < ($1.date, $1.committee, $1.id) }
        return listing
    }

    private static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String:
            let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    // `2022-01-14T08:00:00+01:00` → `2022-01-14`, checked to be a date.
    private static func day(_ value: String?) -> String? {
        guard let value, value.count >= 10 else { return nil }
        let day = String(value.prefix(10))
        let parts = day.split(separator: "-")
        guard parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }),
            let month = Int(parts[1]), (1...12).contains(month), let date = Int(parts[2]), (1...31).contains(date)
        else { return nil }
        return day
    }
}
