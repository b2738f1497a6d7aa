import Foundation
import Minutes
import Testing

@Suite("Ballerup agenda as SBSYS publishing XML")
struct SBSYSReaderTests {
    let meeting: Meeting

    init() throws {
        meeting = try BallerupFiles.load(BallerupFiles.sbsys)
    }

    @Test func meetingFields() {
        #expect(meeting.municipality == "Ballerup Kommune")
        #expect(meeting.committee == "KMB IT-udvalget")
        #expect(meeting.date == CalendarDate(year: 2013, month: 5, day: 15))
        #expect(meeting.time == "16:30")
        #expect(meeting.place == "Mødecenter A, Lokale 3 på Ballerup Rådhus")
        #expect(meeting.participants.count == 11)
        #expect(meeting.participants.contains("Kåre Harder Olesen (V)"))
        #expect(meeting.absent.isEmpty)
    }

    @Test(arguments: [
        ("1", "Meddelelser", 0),
        ("2", "Oplæg til standard it-arbejdsplads for Kommunalbestyrelsens medlemmer i 2014-2018", 7),
        ("3", "Indførelse af systemet SAPA (Sagsoverblik/Partskontakt)", 6),
        ("4", "Regler for indkøb af it-udstyr", 6),
        ("5", "Status på eDagsorden", 6),
    ])
    func item(number: String, title: String, sectionCount: Int) throws {
        let item = try #require(meeting.items.first { $0.number == number })
        #expect(item.title == title)
        #expect(item.sections.count == sectionCount)
        // Published before the meeting: no case numbers are filled in and no decision is recorded yet.
        #expect(item.caseNumber == nil)
        #expect(item.decision == nil)
        #expect(!item.isClosed)
    }

    @Test func fieldsBecomeSections() throws {
        let item = try #require(meeting.items.first { $0.number == "2" })
        #expect(
            item.sections.map(\.heading) == [
                "Tidligere behandling", "Sammendrag", "Baggrund", "Sagsfremstilling",
                "Økonomiske konsekvenser og finansiering", "Beslutningen træffes af", "Indstilling",
            ]
        )
        #expect(
            item.sections.map(\.kind) == [
                .history, .other, .other, .presentation, .economy, .procedure, .recommendation,
            ]
        )
        #expect(item.text(of: .history) == "KMB IT-udvalget den 5. december 2012 Punkt 3")
        #expect(item.text(of: .economy) == "Opgøres ikke i nuværende sag.")
        #expect(
            item.recommendation
                == "Center for IT og Digitalisering indstiller, at\n\n"
                + "- Gennemførelse af pilottest for KMB IT-udvalgets medlemmer for en standard it-arbejdsplads for den "
                + "kommende valgperiode godkendes.\n- Pilottesten gennemføres fra september til november 2013."
        )
    }

    @Test func htmlEntitiesAndSplitSpansBecomePlainText() throws {
        let item = try #require(meeting.items.first { $0.number == "2" })
        let background = try #require(item.sections.first { $0.heading == "Baggrund" }?.text)
        #expect(background.contains("om de udover iPad'en ønsker en bærbar pc og printer."))
        #expect(!background.contains("&"))
        #expect(!background.contains("<"))
        #expect(background.components(separatedBy: "\n\n").count == 2)
    }

    @Test func enclosuresAreAttachments() throws {
        let item = try #require(meeting.items.first { $0.number == "3" })
        #expect(item.attachments == ["Brev fra KL til Kommunalbestyrelsen vedr Monopolbrud"])
    }

    @Test func strayControlCharactersAreStrippedNotFatal() throws {
        var text = try #require(String(data: try BallerupFiles.data(BallerupFiles.sbsys), encoding: .utf8))
        // A vertical tab and a form feed, as word processors leave them, in a title and in a field's text.
        text = text.replacingOccurrences(of: "Regler for indkøb", with: "Regler\u{0B} for indkøb")
        text = text.replacingOccurrences(of: "Opg&oslash;res ikke", with: "Opg&oslash;res\u{0C} ikke")
        let injected = Data(text.utf8)
        #expect(injected.contains(0x0B) && injected.contains(0x0C))
        let recovered = try BallerupFiles.load(injected, as: "ballerup_injected.xml")
        #expect(recovered == meeting)
    }
}
