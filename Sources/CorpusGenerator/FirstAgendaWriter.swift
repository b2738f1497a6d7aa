import Minutes

/// Writes a meeting as a FirstAgenda publication: the JSON that Greve Kommune publishes, one meeting per file.
///
/// Only the fields `FirstAgendaReader` and the real publications share are written: `Udvalg.Navn`, `Moede.Dato`,
/// `Moede.Sted`, `Moede.Moededeltagere`, and per item `Punktnummer`, `Navn` (`Lukket: ` before a closed item's
/// title), `SagsNummer`, `Bilag` and the body as HTML in `Felter[0].Html`, laid out as FirstAgenda lays it out:
/// the decision first, then a `Fremstilling` heading over the other sections.
enum FirstAgendaWriter {
    /// The publication JSON of `meeting`.
    static func json(_ meeting: Meeting) -> String {
        json(meeting) { Markup.json(html(meeting.items[$0])) }
    }

    /// The publication JSON of `meeting`, with the body of the item at each index, already escaped for a JSON
    /// string, given by `body`.
    static func json(_ meeting: Meeting, body: (Int) -> String) -> String {
        var out = "{\n \"Dagsordenpunkter\": ["
        for (index, item) in meeting.items.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            appendItem(item, body: body(index), sorting: index + 1, to: &out)
        }
        let start = "\(meeting.date.iso)T\(meeting.time ?? "08:00"):00\(offset(meeting.date))"
        out += "\n ],\n \"Udvalg\": {\n  \"Navn\": \"\(Markup.json(meeting.committee))\",\n  \"Historisk\": false\n },"
        out += "\n \"Moede\": {\n  \"MeetingBeginUtc\": \"\(start)\",\n  \"Dato\": \"\(start)\","
        out += "\n  \"Sted\": \"\(Markup.json(meeting.place ?? ""))\",\n  \"Afsluttet\": true,"
        out += "\n  \"Moededeltagere\": ["
        for (index, name) in meeting.participants.enumerated() {
            let absent = meeting.absent.contains(name)
            out += index == 0 ? "\n" : ",\n"
            out += "   {\"Name\": \"\(Markup.json(name))\", \"Absent\": \(absent), \"ParticipationCancelled\": false}"
        }
        out += "\n  ],\n  \"Navn\": \"Referat\"\n },\n \"TillaegsDagsorden\": false\n}\n"
        return out
    }

    private static func appendItem(_ item: AgendaItem, body: String, sorting: Int, to out: inout String) {
        let title = Markup.json((item.isClosed ? "Lukket: " : "") + item.title)
        let caseNumber = Markup.json(item.caseNumber ?? "")
        out += "  {\n   \"Felter\": [{\"Navn\": \"\", \"Html\": \""
        out += body
        out += "\", \"Tekst\": null}],"
        out += "\n   \"SagsNummer\": \"\(caseNumber)\",\n   \"Navn\": \"\(title)\","
        out += "\n   \"Punktnummer\": \"\(item.number)\",\n   \"Bilag\": ["
        out += item.attachments.map { "{\"Navn\": \"\(Markup.json($0))\"}" }.joined(separator: ", ")
        out += "],\n   \"Number\": \"\(item.number)\",\n   \"Sorting\": \(sorting),\n   \"IsOpen\": false,"
        out += "\n   \"CaseNumber\": \"\(caseNumber)\",\n   \"Caption\": \"\(title)\"\n  }"
    }

    /// The HTML body of `item`: ``opening(decision:absent:)`` then ``presentation(_:)``.
    static func html(_ item: AgendaItem) -> String {
        let decision = item.sections.first { $0.kind == .decision }
        let absent = decision == nil ? [] : item.sections.filter { $0.kind == .absent }
        let rest = item.sections.filter { $0.kind != .decision && $0.kind != .absent }
        return opening(decision: decision, absent: absent) + presentation(rest)
    }

    /// The start of an item's body: the decision, with the absent members' lines that go with it.
    static func opening(decision: Section?, absent: [Section]) -> String {
        var html = "<div><div id='sagsfremstillingContainer'>\r\n\r\n"
        guard let decision else { return html }
        html += "<div><h3>\(Markup.xml(decision.heading))</h3>\r\n<span>" + paragraphs(decision.text)
        for section in absent {
            let names = section.text.replacingOccurrences(of: "\n", with: " ")
            html += "<div>\(Markup.xml(section.heading)): \(Markup.xml(names))</div>"
        }
        return html + "</span>\r\n</div>\r\n"
    }

    /// The rest of an item's body: the other sections under the `Fremstilling` heading.
    static func presentation(_ sections: [Section]) -> String {
        var html = "<h3>Fremstilling</h3>\r\n<span class='ukendt'>"
        for section in sections {
            html += "<h3>\(Markup.xml(section.heading))</h3> " + paragraphs(section.text) + " "
        }
        return html + "</span></div></div>"
    }

    // Paragraphs as `<div>`s with `<br>` between lines; a paragraph of tab-separated lines as the table it was.
    private static func paragraphs(_ text: String) -> String {
        var html = ""
        for paragraph in text.components(separatedBy: "\n\n") {
            let lines = paragraph.split(separator: "\n", omittingEmptySubsequences: false)
            if paragraph.contains("\t") {
                html += "<table><tbody>"
                for line in lines {
                    html += "<tr>"
                    for cell in line.split(separator: "\t", omittingEmptySubsequences: false) {
                        html += "<td><div>\(Markup.xml(String(cell)))</div></td>"
                    }
                    html += "</tr>"
                }
                html += "</tbody></table>"
            } else {
                html += "<div>" + lines.map { Markup.xml(String($0)) }.joined(separator: "<br>") + "</div>"
            }
        }
        return html
    }

    // Danish local time: +02:00 in summer, +01:00 otherwise.
    private static func offset(_ date: CalendarDate) -> String {
        DayNumber.isSummerTime(date) ? "+02:00" : "+01:00"
    }
}
