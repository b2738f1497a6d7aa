/// What every reader's meeting gets before it is used: the same form for the same thing, whatever the publisher.
enum MeetingTidying {
    /// `meeting` with placeholder sections (`Tomt indhold`) and attachments removed, each item's text made again
    /// when a section went, a committee or municipality published in capitals written as normally, and no stray
    /// control characters (``ControlCharacters``) in any of its text.
    static func tidied(_ meeting: Meeting) -> Meeting {
        var result = withoutControlCharacters(meeting)
        result.committee = NameCase.normal(result.committee)
        result.municipality = result.municipality.map { MunicipalityDirectory.match($0) ?? NameCase.normal($0) }
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

    private static func withoutControlCharacters(_ meeting: Meeting) -> Meeting {
        let clean = ControlCharacters.removed(from:)
        var result = meeting
        result.committee = clean(meeting.committee)
        result.municipality = meeting.municipality.map(clean)
        result.place = meeting.place.map(clean)
        result.participants = meeting.participants.map(clean)
        result.absent = meeting.absent.map(clean)
        result.items = meeting.items.map { item in
            var item = item
            item.number = clean(item.number)
            item.title = clean(item.title)
            item.caseNumber = item.caseNumber.map(clean)
            for index in item.sections.indices {
                item.sections[index].heading = clean(item.sections[index].heading)
                item.sections[index].text = clean(item.sections[index].text)
            }
            item.attachments = item.attachments.map(clean)
            item.absent = item.absent.map(clean)
            item.text = clean(item.text)
            return item
        }
        return result
    }
}
