/// What every reader's meeting gets before it is used: the same form for the same thing, whatever the publisher.
enum MeetingTidying {
    /// `meeting` with placeholder sections (`Tomt indhold`) and attachments removed, each item's text made again
    /// when a section went, and a committee or municipality published in capitals written as normally.
    static func tidied(_ meeting: Meeting) -> Meeting {
        var result = meeting
        result.committee = NameCase.normal(meeting.committee)
        result.municipality = meeting.municipality.map { MunicipalityDirectory.match($0) ?? NameCase.normal($0) }
        for index in result.items.indices {
            var item = result.items[index]
            let count = item.sections.count
            item.sections.removeAll { Placeholder.isPlaceholder($0.text) }
            item.attachments.removeAll(where: Placeholder.isPlaceholder)
            if item.sections.count != count { item.text = TextMinutesReader.text(of: item) }
            result.items[index] = item
        }
        return result
    }
}
