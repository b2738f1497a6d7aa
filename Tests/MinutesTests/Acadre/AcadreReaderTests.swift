import Foundation
import Minutes
import Testing

@Suite("Acadre publishing XML")
struct AcadreReaderTests {
    static let fixture = "syddjurs_forretningsudvalget_2023-06-12.acadre"

    static func url() throws -> URL {
        try #require(Bundle.module.url(forResource: fixture, withExtension: "xml", subdirectory: "Fixtures/acadre"))
    }

    let meeting: Meeting

    init() throws {
        meeting = try MinutesLoader().load(fileAt: try Self.url())
    }

    @Test func isChosenByContent() throws {
        let source = SourceDocument(url: try Self.url(), data: try Data(contentsOf: try Self.url()))
        #expect(MinutesLoader.defaultReaders.first { $0.canRead(source) } is AcadreReader)
    }

    @Test func meetingFields() {
        // Published in capitals, shown as the names are normally written.
        #expect(meeting.municipality == "Syddjurs Kommune")
        #expect(meeting.committee == "Forretningsudvalget")
        #expect(meeting.date == CalendarDate(year: 2023, month: 6, day: 12))
        #expect(meeting.time == "16:00")
        #expect(meeting.place == "Mødelokale 1, Rådhuset, Ebeltoft")
        #expect(meeting.participants.count == 5)
        #expect(meeting.participants.first == "Ole Bollesen (A)")
        #expect(meeting.absent == ["Lars Holm (V)"])
    }

    @Test(arguments: [
        (
            "1", "Godkendelse af dagsorden", "00.01.00-P20-1-22", false,
            ["Beslutning i Forretningsudvalget den 12-06-2023"]
        ),
        (
            "2", "Budgetopfølgning pr. 31. maj 2023", "00.30.10-S55-1-23", false,
            ["Sagsfremstilling", "Indstilling", "Beslutning i Forretningsudvalget den 12-06-2023"]
        ),
        ("3", "Ansøgning om tilskud til Ebeltoft Festuge 2023", "23/4521", false, ["Sagsfremstilling", "Indstilling"]),
        (
            "4", "Meddelelser", "00.01.00-A00-3-23", false,
            ["Sagsfremstilling", "Beslutning i Forretningsudvalget den 12-06-2023"]
        ),
        ("5", "Salg af erhvervsgrund i Rønde", "22-013992", true, ["Beslutning i Forretningsudvalget den 12-06-2023"]),
    ])
    func item(number: String, title: String, caseNumber: String, isClosed: Bool, headings: [String]) throws {
        let item = try #require(meeting.items.first { $0.number == number })
        #expect(item.title == title)
        #expect(item.caseNumber == caseNumber)
        #expect(item.isClosed == isClosed)
        #expect(item.sections.map(\.heading) == headings)
    }

    @Test func itemsInAgendaOrderWhateverTheExportOrder() {
        #expect(meeting.items.map(\.number) == ["1", "2", "3", "4", "5"])
    }

    @Test func sectionsReadFromHTMLAndText() throws {
        let budget = try #require(meeting.items.first { $0.number == "2" })
        #expect(budget.sections[0].kind == .presentation)
        #expect(budget.sections[0].text.contains("merforbrug på driften på 12,4 mio. kr."))
        #expect(budget.sections[0].text.contains("Specialundervisning"))
        #expect(!budget.sections[0].text.contains("<"))
        #expect(budget.recommendation == "Direktionen indstiller, at budgetopfølgningen tages til efterretning.")
        #expect(budget.decision == "Taget til efterretning.")
        #expect(budget.attachments == ["Budgetopfølgning maj 2023 - samlet oversigt"])
        #expect(budget.absent == ["Lars Holm (V)"])
        #expect(budget.text.hasPrefix("Budgetopfølgning pr. 31. maj 2023\n\nSagsfremstilling\n\n"))

        let news = try #require(meeting.items.first { $0.number == "4" })
        #expect(
            news.sections[0].text.hasSuffix(
                "orienterede om mødet i KKR Midtjylland.\n\nKommunaldirektøren orienterede om status på rekrutteringen af en ny direktør."
            )
        )
        #expect(news.decision == "Orienteringen blev taget til efterretning.")
    }

    @Test func placeholdersAreNoSectionsAndNoDecision() throws {
        let grant = try #require(meeting.items.first { $0.number == "3" })
        #expect(grant.decision == nil)
        #expect(!grant.sections.contains { $0.kind == .economy })
        #expect(!grant.text.contains("Tomt indhold"))
        #expect(grant.absent == ["Lars Holm (V)"])
    }

    @Test func closedItemIsMarkedClosed() throws {
        let sale = try #require(meeting.items.last)
        #expect(sale.isClosed)
        #expect(sale.decision == "Anbefales godkendt.")
    }

    @Test func noItemsIsAnError() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <root><table name="agenda"><fields><field name="sysid">1</field></fields>
            <table name="meeting"><fields><field name="date">2023-06-12T16:00:00</field></fields></table>
            <table name="agendaitemparents"><fields><field name="sort">1</field></fields></table>
            </table></root>
            """
        let source = SourceDocument(url: URL(fileURLWithPath: "/acadre/empty.xml"), text: xml)
        #expect(AcadreReader().canRead(source))
        #expect(throws: MinutesError.self) { try AcadreReader().read(source) }
    }
}
