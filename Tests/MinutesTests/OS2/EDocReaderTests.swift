import Foundation
import Minutes
import Testing

@Suite("Ballerup minutes as eDoc publishing XML")
struct EDocReaderTests {
    let meeting: Meeting

    init() throws {
        meeting = try BallerupFiles.load(BallerupFiles.eDoc)
    }

    @Test func meetingFields() {
        #expect(meeting.municipality == "Ballerup Kommune")
        #expect(meeting.committee == "Sundheds- og Forebyggelsesudvalget")
        #expect(meeting.date == CalendarDate(year: 2012, month: 12, day: 4))
        #expect(meeting.time == "13:00")
        #expect(meeting.participants.count == 7)
        #expect(meeting.participants.first == "Lolan Ottesen (A)")
        #expect(meeting.absent.isEmpty)
    }

    @Test func itemsInAgendaOrderThoughTheExportShufflesThem() {
        #expect(meeting.items.map(\.number) == (1...8).map(String.init))
        #expect(meeting.items.allSatisfy { !$0.isClosed })
    }

    @Test(arguments: [
        (
            "1", "2011-29298",
            [
                "Redegørelse fra Træning og Aktivitet vedrørende Seniorrådets høringssvar",
                "Hvordan udvikler vi det nære sundhedsvæsen sammen?", "Forebyggelse af ulighed i sundhedsvæsenet",
            ]
        ),
        ("2", "2012-28504", ["Bygningsliste og prioriteringssystem"]),
        ("3", "2012-31114", ["Kvalitetsstandarder for stof- og alkoholbehandling 2013"]),
        ("4", "2012-31673", ["Forslag til takstreduktion aflastningstilbuddet Torvevej 2013"]),
        ("5", "2011-29939", ["KL's proces vedrørende det nære sundhedsvæsen", "Det nære sundhedsvæsen - KL"]),
        ("6", "2012-21786", ["Prioritering af midler til kronikerindsatser"]),
        ("7", "2012-28505", ["Aktivitetscenter Solvej 6 - Projektbeskrivelse"]),
        ("8", "2010-3082", []),
    ])
    func item(number: String, caseNumber: String, attachments: [String]) throws {
        let item = try #require(meeting.items.first { $0.number == number })
        #expect(item.caseNumber == caseNumber)
        #expect(item.attachments == attachments)
        #expect(item.decision?.isEmpty == false)
        #expect(item.text.hasPrefix(item.title + "\n\n"))
    }

    @Test(arguments: [
        ("2", "Indstillingen godkendt"),
        ("3", "Indstilles til godkendelse"),
        (
            "7",
            "Indstillingen godkendt med denne bemærkning: Gruppen af unge i Ballerup Kommune også får adgang til at bruge lokalerne på Solvej 6."
        ),
    ])
    func decision(number: String, text: String) throws {
        let item = try #require(meeting.items.first { $0.number == number })
        #expect(TestFiles.collapsed(item.decision) == text)
    }

    @Test func sectionsMapThroughTheSharedHeadings() throws {
        let item = try #require(meeting.items.first { $0.number == "4" })
        #expect(
            item.sections.map(\.heading) == [
                "", "Baggrund", "Sagsfremstilling", "Økonomiske konsekvenser og finansiering", "Bilag",
                "Beslutningen træffes af", "Indstilling",
                "Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 4",
                "Følgende deltog ikke i behandlingen af punktet",
            ]
        )
        #expect(item.text(of: .procedure) == "Sundheds- og Forebyggelsesudvalget")
        #expect(item.text(of: .economy)?.hasPrefix("Taksten for 2013 sænkes med 2 pct.") == true)
    }

    @Test func theRealExportHoldsAFormFeedReferenceThatStrictXMLRejects() throws {
        // `&#xC;` is not allowed in XML 1.0, so a strict parser refuses the file; the reader drops it and goes on.
        let data = try BallerupFiles.data(BallerupFiles.eDoc)
        #expect(data.range(of: Data("&#xC;".utf8)) != nil)
        #expect(meeting.items.count == 8)
    }

    @Test func truncatedXMLIsAClearError() throws {
        let data = try BallerupFiles.data(BallerupFiles.eDoc)
        let error = try #require(try BallerupFiles.error(loading: data.prefix(20_000), as: "truncated.xml"))
        #expect(error.reason.hasPrefix("not well-formed XML (document ends too early, line "))
        #expect(!error.reason.contains("\n"))
    }
}
