import Minutes

/// Writes a meeting as the eDoc meeting XML that Ballerup Kommune publishes for OS2dagsorden, one meeting per file.
///
/// The open and the closed items go in separate `MeetingAgendaType`s (`Åben dagsorden`, `Lukket dagsorden`); each
/// item has its number, its `Document` (title and attachment titles) and its text in `FullText` as eDoc prints it:
/// `2.<TAB>Title`, `Sagsnr.: …`, then each section heading on its own line followed by its text.
enum EDocWriter {
    /// The meeting XML of `meeting`.
    static func xml(_ meeting: Meeting) -> String {
        xml(meeting) { Markup.xml(text(of: meeting.items[$0].sections)) }
    }

    /// The meeting XML of `meeting`, with the sections of the item at each index, as ``text(of:)`` prints them and
    /// already escaped for XML, given by `sections`.
    static func xml(_ meeting: Meeting, sections: (Int) -> String) -> String {
        let date = meeting.date
        let stamp = "\(pad(date.day, 2))-\(pad(date.month, 2))-\(pad(date.year, 4)) \(meeting.time ?? "08:00"):00"
        let committee = Markup.xml(meeting.committee)
        var out = "<?xml version=\"1.0\"?>\n<Meeting>\n  <Committee>\(committee)</Committee>\n"
        out += "  <MeetingDate>\(stamp)</MeetingDate>\n  <MeetingState>Referat endeligt godkendt</MeetingState>\n"
        out += "  <FullText>\(Markup.xml(cover(meeting)))</FullText>\n"
        out += "  <MeetingAgendaTypes>\n"
        for (type, closed) in [("Åben dagsorden", false), ("Lukket dagsorden", true)] {
            let indices = meeting.items.indices.filter { meeting.items[$0].isClosed == closed }
            guard !indices.isEmpty else { continue }
            out += "    <MeetingAgendaType>\n      <AgendaType>\(type)</AgendaType>\n      <MeetingAgendaItems>\n"
            for index in indices {
                appendItem(
                    meeting.items[index],
                    sections: sections(index),
                    committee: committee,
                    stamp: stamp,
                    to: &out
                )
            }
            out += "      </MeetingAgendaItems>\n    </MeetingAgendaType>\n"
        }
        return out + "  </MeetingAgendaTypes>\n</Meeting>\n"
    }

    private static func appendItem(
        _ item: AgendaItem,
        sections: String,
        committee: String,
        stamp: String,
        to out: inout String
    ) {
        let title = Markup.xml(item.title)
        out += "        <MeetingAgendaItem>\n          <AgendaItemNumber>\(item.number)</AgendaItemNumber>\n"
        out += "          <Document>\n            <Title>\(title)</Title>\n            <AgendaItems>\n"
        out += "              <AgendaItem>\n                <Name>\(title)</Name>\n"
        out += "                <Committee>\(committee)</Committee>\n"
        out += "                <MeetingDate>\(stamp)</MeetingDate>\n"
        out += "                <AgendaItemNumber>\(item.number)</AgendaItemNumber>\n"
        out += "              </AgendaItem>\n            </AgendaItems>\n            <Attachments>\n"
        for attachment in item.attachments {
            out += "              <Attachment>\n                <Title>\(Markup.xml(attachment))</Title>\n"
            out += "              </Attachment>\n"
        }
        out += "            </Attachments>\n          </Document>\n"
        // The item as eDoc prints it: number and title, case number, then each section under its heading.
        var heading = "\(item.number).\t\(item.title)\n\n"
        if let caseNumber = item.caseNumber { heading += "Sagsnr.: \(caseNumber)\n\n" }
        out += "          <FullText>" + Markup.xml(heading) + sections
        out += "</FullText>\n        </MeetingAgendaItem>\n"
    }

    /// The minutes' cover page as the meeting's own `FullText` prints it: municipality, committee, date, place and
    /// who took part.
    static func cover(_ meeting: Meeting) -> String {
        let date = meeting.date
        var text = "\(meeting.municipality ?? "")\n\nReferat\n\(meeting.committee)\n\n"
        text += "Mødedato: \(pad(date.day, 2)).\(pad(date.month, 2)).\(date.year) kl. \(meeting.time ?? "08:00")\n"
        if let place = meeting.place { text += "Mødested: \(place)\n" }
        let present = meeting.participants.filter { !meeting.absent.contains($0) }
        if !present.isEmpty { text += "Deltagere: \(present.joined(separator: ", "))\n" }
        if !meeting.absent.isEmpty { text += "Fraværende: \(meeting.absent.joined(separator: ", "))\n" }
        return text
    }

    /// Sections as eDoc prints them: each heading on its own line, then its text and a blank line.
    static func text(of sections: [Section]) -> String {
        var text = ""
        for section in sections { text += "\(section.heading)\n\(section.text)\n\n" }
        return text
    }
}
