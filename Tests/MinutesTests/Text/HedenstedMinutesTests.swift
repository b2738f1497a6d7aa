import Foundation
import Minutes
import Testing

@Suite("Hedensted minutes (plain text with journal number lines)")
struct HedenstedMinutesTests {
    let meeting: Meeting

    init() throws {
        meeting = try TestFiles.readFixture(TestFiles.hedensted)
    }

    @Test func meetingFields() {
        #expect(meeting.municipality == "Hedensted Kommune")
        #expect(meeting.committee == "Udvalget for Beskæftigelse")
        #expect(meeting.date == CalendarDate(year: 2023, month: 3, day: 7))
        #expect(meeting.time == "16:00")
        #expect(meeting.place == "Café Rindbæk, Rindbækvej 10, 8722 Hedensted")
        #expect(
            meeting.participants == [
                "Lene Tingleff", "Hanne Grangaard", "Liselotte Hillestrøm", "Lars Jensen", "Viggo Kjær Poulsen",
            ]
        )
        #expect(meeting.absent.isEmpty)
    }

    @Test func fourteenItemsInDocumentOrder() {
        #expect(
            meeting.items.map(\.number) == [
                "21", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "22",
            ]
        )
        #expect(meeting.items.map(\.number).sorted { Int($0)! < Int($1)! } == (21...34).map(String.init))
    }

    @Test func closedItemFromTheContents() throws {
        let closed = meeting.items.filter(\.isClosed)
        #expect(closed.map(\.number) == ["22"])
        #expect(closed.first?.title == "Budgetreduktioner som følge af delaftale 2")
    }

    @Test func meetingAttachmentListAndSignaturesAreNoItemsOrAttachments() throws {
        let item = try #require(meeting.items.first { $0.number == "22" })
        #expect(item.attachments.isEmpty)
        #expect(item.sections.isEmpty)
        #expect(item.text == "Budgetreduktioner som følge af delaftale 2")
        #expect(!meeting.items.contains { $0.title.contains("Underskrifter") })
        let item21 = try #require(meeting.items.first)
        #expect(item21.attachments.count == 3)
    }

    @Test(arguments: [
        ("21", "15.00.00-A00-9-23"), ("22", "15.00.00-A00-9-23"), ("23", "15.00.00-A00-9-23"),
        ("24", "15.00.00-A00-9-23"), ("25", "15.00.00-P00-2-22"), ("31", "27.00.00-P19-1-23"),
    ])
    func caseNumber(number: String, caseNumber: String) throws {
        let item = try #require(meeting.items.first { $0.number == number })
        #expect(item.caseNumber == caseNumber)
    }

    @Test func sectionsOfAFullItem() throws {
        let item = try #require(meeting.items.first { $0.number == "25" })
        #expect(
            item.sections.map(\.heading) == [
                "Beslutningstema", "Økonomi", "Historik", "Sagsfremstilling", "Kommunikation", "Lovgrundlag",
                "Forvaltningen indstiller", "Beslutning", "Bilag",
            ]
        )
        #expect(
            item.sections.map(\.kind) == [
                .summary, .economy, .history, .presentation, .communication, .legalBasis, .recommendation, .decision,
                .attachments,
            ]
        )
        #expect(item.recommendation == "at indhold og perspektiver i analysen drøftes.")
        #expect(item.decision == "Indstillingen godkendt.\n\nEvaluering af indsatsen på maj møde.")
        #expect(
            item.attachments == [
                "Resultater af sagsscreening - Styrket sygedagpengeindsats i Hedensted - PGF.pptx",
                "Resultater af registeranalyse Hedensted final.pdf",
            ]
        )
    }

    @Test func decisionOfItem23() throws {
        let item = try #require(meeting.items.first { $0.number == "23" })
        #expect(item.decision == "Udsættes og drøftes når ny lovgivning er vedtaget.")
        #expect(item.attachments.isEmpty)
    }

    @Test func recommendationByAnotherBody() throws {
        let item = try #require(meeting.items.first { $0.number == "31" })
        let section = try #require(item.sections.first { $0.kind == .recommendation })
        #expect(section.heading == "Sundhedssamarbejdsudvalget i Region Midtjylland indstiller")
        #expect(section.text == "at samarbejdsaftale om børn og unge i psykisk mistrivsel godkendes.")
    }

    @Test func decisionWithLineBreakStaysWhole() throws {
        let item = try #require(meeting.items.first { $0.number == "27" })
        #expect(item.decision == "Indstillingen godkendt.\n2 gange årligt næste gang til september!")
    }
}
