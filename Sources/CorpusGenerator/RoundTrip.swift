import Foundation
import Minutes

/// Whether a source item, written in each output format, reads back through the project's readers unchanged.
enum RoundTrip {
    /// `item` written as the only item of a meeting in both formats and read back by `loader`.
    static func survives(_ item: SourcePool.Item, loader: MinutesLoader) -> Bool {
        let written = item.agendaItem(number: "1", caseNumber: "2010-01234", isClosed: false)
        let meeting = Meeting(
            committee: CommitteeVocabulary.finance,
            date: CalendarDate(year: 2010, month: 1, day: 4)!,
            time: "08:00",
            items: [written]
        )
        let files = [
            ("check_x_2010-01-04.json", FirstAgendaWriter.json(meeting)),
            ("check_x_2010-01-04.edoc.xml", EDocWriter.xml(meeting)),
        ]
        for (name, contents) in files {
            let url = URL(fileURLWithPath: "/" + name)
            guard let read = try? loader.load(Data(contents.utf8), from: url), read.items.count == 1 else {
                return false
            }
            let back = read.items[0]
            guard back.title == written.title, back.caseNumber == written.caseNumber,
                back.attachments == written.attachments, back.sections == written.sections
            else { return false }
        }
        return true
    }
}
