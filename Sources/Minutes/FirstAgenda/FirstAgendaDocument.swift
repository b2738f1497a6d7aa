import Foundation

/// The parts of a FirstAgenda publication (one meeting as JSON) that make a meeting, read leniently.
///
/// The publication is an object with `Udvalg` (the committee), `Moede` (date, place, participants) and
/// `Dagsordenpunkter` (the items, each with `Punktnummer`, `Navn`, `SagsNummer`, `Bilag` and the body as
/// HTML in `Felter`). Any field may be missing or `null`; numbers and booleans may come as strings.
struct FirstAgendaDocument {
    /// Why the bytes are not a FirstAgenda meeting.
    enum Failure: Error, Equatable {
        /// Not JSON at all, or JSON cut short; carries the parser's message.
        case invalidJSON(String)
        /// Valid JSON of another shape.
        case otherShape

        /// The reason as `MinutesError` states it.
        var reason: String {
            switch self {
            case .invalidJSON(let message): "truncated or invalid JSON: \(message)"
            case .otherShape: "JSON is not a FirstAgenda meeting (no Dagsordenpunkter with Moede or Udvalg)"
            }
        }
    }

    /// A member listed under `Moede.Moededeltagere`.
    struct Participant: Equatable {
        /// `Name`.
        var name: String
        /// `Absent`, or `ParticipationCancelled` (the member sent apologies, *afbud*).
        var isAbsent: Bool
    }

    /// One entry of `Felter`: an optional name and its body as HTML or, failing that, as text.
    struct Field: Equatable {
        /// `Navn`, empty in most publications.
        var name: String?
        /// `Html`.
        var html: String?
        /// `Tekst`, the plain-text body some publications give instead of HTML.
        var text: String?
    }

    /// One entry of `Dagsordenpunkter`.
    struct Item: Equatable {
        /// `Punktnummer` (or `Number`).
        var number: String?
        /// `Navn` (or `Caption`), as published, `Lukket:` prefix included.
        var title: String
        /// `SagsNummer` (or `CaseNumber`), `nil` when empty.
        var caseNumber: String?
        /// `Id`, the item's own id on the publishing site.
        var id: String?
        /// `Bilag[].Navn`.
        var attachments: [String]
        /// `Bilag[].Id`, in the order of ``attachments``.
        var attachmentIDs: [String?]
        /// `Felter`.
        var fields: [Field]
    }

    /// `Udvalg.Navn` as published, election period included.
    var committee: String?
    /// `Moede.Dato` (or `Moede.MeetingBeginUtc`): local time with offset, e.g. `2022-01-10T08:00:00+01:00`.
    var start: String?
    /// `Moede.Sted`.
    var place: String?
    /// `Moede.Moededeltagere`.
    var participants: [Participant]
    /// `Dagsordenpunkter`.
    var items: [Item]
    /// The meeting's id: the root `Id`, else `Moede.Id`, else the items' `AgendaUid`; never the all-zero id
    /// FirstAgenda writes for none.
    var meetingID: String?
    /// The publishing site's host, e.g. `dagsordener.greve.dk`, from the links the publication holds
    /// (`Felter[].Link`, `https://dagsordener.greve.dk/Vis/Pdf/bilag/…`); the JSON names it nowhere else.
    var site: String?

    /// Parses `data` as a FirstAgenda publication; a lone UTF-16 surrogate escape reads as U+FFFD.
    init(data: Data) throws(Failure) {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(
                with: LoneSurrogates.replaced(in: data),
                options: [.fragmentsAllowed]
            )
        } catch {
            throw .invalidJSON(Self.message(of: error))
        }
        guard let root = json as? [String: Any], let items = root["Dagsordenpunkter"] as? [Any],
            root["Moede"] is [String: Any] || root["Udvalg"] is [String: Any]
        else { throw .otherShape }
        let meeting = Self.object(root["Moede"])
        committee = Self.string(Self.object(root["Udvalg"])["Navn"])
        start = Self.string(meeting["Dato"]) ?? Self.string(meeting["MeetingBeginUtc"])
        place = Self.string(meeting["Sted"])
        participants = Self.objects(meeting["Moededeltagere"]).compactMap { member in
            guard let name = Self.string(member["Name"]) else { return nil }
            return Participant(
                name: name,
                isAbsent: Self.bool(member["Absent"]) || Self.bool(member["ParticipationCancelled"])
            )
        }
        let itemObjects = items.compactMap { $0 as? [String: Any] }
        meetingID =
            ([root["Id"], meeting["Id"]] + itemObjects.map { $0["AgendaUid"] })
            .lazy.compactMap(Self.id).first
        site = itemObjects.lazy.flatMap { Self.objects($0["Felter"]) }.compactMap { Self.host(of: $0["Link"]) }.first
        self.items = itemObjects.map { item in
            let attachments = Self.objects(item["Bilag"]).filter { Self.string($0["Navn"]) != nil }
            return Item(
                number: Self.string(item["Punktnummer"]) ?? Self.string(item["Number"]),
                title: Self.string(item["Navn"]) ?? Self.string(item["Caption"]) ?? "",
                caseNumber: Self.string(item["SagsNummer"]) ?? Self.string(item["CaseNumber"]),
                id: Self.id(item["Id"]),
                attachments: attachments.compactMap { Self.string($0["Navn"]) },
                attachmentIDs: attachments.map { Self.id($0["Id"]) },
                fields: Self.objects(item["Felter"]).map { field in
                    // Bodies go to the HTML reader as they are; it normalises what it keeps.
                    Field(
                        name: Self.string(field["Navn"]),
                        html: field["Html"] as? String,
                        text: Self.string(field["Tekst"])
                    )
                }
            )
        }
    }

    // Foundation's messages say where the parser stopped ("Unexpected end of file …"); the error's own
    // description does not.
    private static func message(of error: any Error) -> String {
        let nsError = error as NSError
        for key in [NSDebugDescriptionErrorKey, NSLocalizedDescriptionKey] {
            if let text = nsError.userInfo[key] as? String, !text.isEmpty { return text }
        }
        return nsError.localizedDescription
    }

    // An id as published, `nil` for FirstAgenda's all-zero placeholder.
    private static func id(_ value: Any?) -> String? {
        guard let text = string(value), text.contains(where: { $0 != "0" && $0 != "-" }) else { return nil }
        return text
    }

    // `https://dagsordener.greve.dk/Vis/Pdf/bilag/…` → `dagsordener.greve.dk`.
    private static func host(of value: Any?) -> String? {
        guard let link = string(value), let host = URLComponents(string: link)?.host, !host.isEmpty else { return nil }
        return host.lowercased()
    }

    private static func object(_ value: Any?) -> [String: Any] {
        value as? [String: Any] ?? [:]
    }

    private static func objects(_ value: Any?) -> [[String: Any]] {
        (value as? [Any])?.compactMap { $0 as? [String: Any] } ?? []
    }

    // A string field trimmed, or a number as its digits; empty strings and null are `nil`.
    private static func string(_ value: Any?) -> String? {
        let text: String
        switch value {
        case let string as String: text = string
        case let number as NSNumber: text = number.stringValue
        default: return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed.precomposedStringWithCanonicalMapping
    }

    private static func bool(_ value: Any?) -> Bool {
        switch value {
        case let flag as Bool: flag
        case let number as NSNumber: number.boolValue
        case let text as String: ["true", "1", "yes"].contains(text.lowercased())
        default: false
        }
    }
}
