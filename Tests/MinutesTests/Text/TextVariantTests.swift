import Foundation
import Minutes
import Testing

/// One way minutes print the same facts, and what the reader must make of it.
struct TextVariant: Sendable, CustomTestStringConvertible {
    var name: String
    var body: String
    var itemCount = 1
    var number = "5"
    var title = "Godkendelse af dagsorden"
    var caseNumber: String?
    var decision: String? = "Godkendt."
    var isClosed = false
    var kinds: [Section.Kind]?
    var sectionText: (Section.Kind, String)?

    var testDescription: String { name }

    /// The variant's body after a cover that every variant shares.
    var document: String { "Referat\nMødedato: 15. september 2022\n\n" + body }
}

@Suite("Text reader variants")
struct TextVariantTests {
    static let variants: [TextVariant] = [
        TextVariant(
            name: "markdown level-1 heading, number after it",
            body: "# Punkt 5: Godkendelse af dagsorden\n\n21/1234\n\n## Beslutning\n\nGodkendt.\n",
            caseNumber: "21/1234"
        ),
        TextVariant(
            name: "level-3 bold heading, bold section with colon",
            body: "### **Punkt 5: Godkendelse af dagsorden**\n\n21/1234\n\n**Beslutning:**\n\nGodkendt.\n",
            caseNumber: "21/1234"
        ),
        TextVariant(
            name: "plain Pkt. heading, labelled case number",
            body: "Pkt. 5 Godkendelse af dagsorden\n\nSagsnr.: 2011-29298\n\nBeslutning\n\nGodkendt.",
            caseNumber: "2011-29298"
        ),
        TextVariant(
            name: "Punkt 5. Title",
            body:
                "Punkt 5. Godkendelse af dagsorden\n\nIndstilling:\nAt dagsordenen godkendes.\n\nBeslutning:\nGodkendt.",
            kinds: [.recommendation, .decision]
        ),
        TextVariant(
            name: "journal number line, then plain-numbered title",
            body: "15.00.00-A00-9-23\n\n5. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n",
            caseNumber: "15.00.00-A00-9-23"
        ),
        TextVariant(
            name: "title wrapped onto two lines",
            body:
                "27.00.00-P19-1-23\n\n31. Samarbejdsaftale om børn og unge i\npsykisk mistrivsel\n\nBeslutning\n\nGodkendt.",
            number: "31",
            title: "Samarbejdsaftale om børn og unge i psykisk mistrivsel",
            caseNumber: "27.00.00-P19-1-23"
        ),
        TextVariant(
            name: "numbered title, then labelled case number (Ballerup)",
            body: "5.   Godkendelse af dagsorden\n\n     Sagsnr.: 2011-29298\n     Dok.nr.: 2012-202935\n\n"
                + "Beslutning\n\nGodkendt.",
            caseNumber: "2011-29298"
        ),
        TextVariant(
            name: "form feeds, running headers and page numbers",
            body: "Udvalget\nReferat\nSide 1\n\nPunkt 5: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
                + "\u{0C}Udvalget\nReferat\nSide 2\n\nPunkt 6: Eventuelt\n\nSagsfremstilling\n\nIntet.\n"
                + "\u{0C}Udvalget\nReferat\nSide 3\n\nPunkt 7: Meddelelser\n\nBeslutning\n\nGodkendt.\n",
            itemCount: 3
        ),
        TextVariant(
            name: "CRLF line ends",
            body: "## Punkt 5: Godkendelse af dagsorden\r\n\r\n21/1234\r\n\r\n## Beslutning\r\n\r\nGodkendt.\r\n",
            caseNumber: "21/1234"
        ),
        TextVariant(
            name: "tab-separated table inside a section",
            body: "Punkt 5: Godkendelse af dagsorden\n\nSagsfremstilling\n\nTabel 1\nOmråde\tBudget\tForbrug\n"
                + "Drift\t10,5\t7,2\n\nBeslutning\n\nGodkendt.",
            kinds: [.presentation, .decision],
            sectionText: (.presentation, "Tabel 1\nOmråde\tBudget\tForbrug\nDrift\t10,5\t7,2")
        ),
        TextVariant(
            name: "closed item by title prefix",
            body: "Punkt 5: Lukket punkt: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.",
            isClosed: true
        ),
        TextVariant(
            name: "Lukket dagsorden marker before the item",
            body: "Punkt 4: Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n\nLukket dagsorden\n\n"
                + "Punkt 5: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.",
            itemCount: 2,
            isClosed: true
        ),
        TextVariant(
            name: "contents with dot leaders is not an item",
            body: "Indholdsfortegnelse\n\nPunkt 5: Godkendelse af dagsorden.......\t3\n\n"
                + "Punkt 5: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt."
        ),
        TextVariant(
            name: "administration recommends, then a decision naming the body",
            body: "Punkt 5: Godkendelse af dagsorden\n\nForvaltningen indstiller,\n\nat dagsordenen godkendes.\n\n"
                + "Økonomiudvalgets beslutning den 5. maj 2023\n\nGodkendt.\n\nBilag\n\n- Bilag 1\n- Bilag 2",
            kinds: [.recommendation, .decision, .attachments],
            sectionText: (.recommendation, "at dagsordenen godkendes.")
        ),
        TextVariant(
            name: "sentence starting with Punkt inside a decision",
            body: "Punkt 5: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\nPunkt 9 udsættes.",
            decision: "Godkendt. Punkt 9 udsættes."
        ),
    ]

    @Test(arguments: variants)
    func variant(_ variant: TextVariant) throws {
        let meeting = try TestFiles.read(variant.document)
        #expect(meeting.date == CalendarDate(year: 2022, month: 9, day: 15))
        #expect(meeting.items.count == variant.itemCount)
        let item = try #require(meeting.items.first { $0.number == variant.number })
        #expect(item.title == variant.title)
        #expect(item.caseNumber == variant.caseNumber)
        #expect(TestFiles.collapsed(item.decision) == variant.decision)
        #expect(item.isClosed == variant.isClosed)
        if let kinds = variant.kinds { #expect(item.sections.map(\.kind) == kinds) }
        if let (kind, text) = variant.sectionText { #expect(item.text(of: kind) == text) }
        for other in meeting.items {
            #expect(!other.text.contains("Side "), "page number left in item \(other.number)")
            #expect(!other.text.contains("Referat"), "running header left in item \(other.number)")
        }
    }

    @Test(arguments: [
        ("**Mødedato** Torsdag d. 15. september 2022 kl. 15:30\n", "15:30", nil as String?),
        (
            "Mødedato:\t15. september 2022\nMødetidspunkt:\tKl. 9.00\nMødested:\tRådhuset, lokale 2\n", "09:00",
            "Rådhuset, lokale 2"
        ),
        ("Dato: 15.09.2022\nTid: 16:30\nSted: Byrådssalen\n", "16:30", "Byrådssalen"),
    ])
    func coverDateTimeAndPlace(cover: String, time: String, place: String?) throws {
        let meeting = try TestFiles.read("# Referat Økonomiudvalget 2022-2025\n\n" + cover + "\nPunkt 1: Eventuelt\n")
        #expect(meeting.committee == "Økonomiudvalget")
        #expect(meeting.date == CalendarDate(year: 2022, month: 9, day: 15))
        #expect(meeting.time == time)
        #expect(meeting.place == place)
    }

    @Test func coverParticipantsAndAbsence() throws {
        let meeting = try TestFiles.read(
            "Byrådet\n\nMødedato: 15. september 2022\nDeltagere: Anne Hansen, Bo Jensen (afbud), Carl Nielsen\n"
                + "Afbud: Dorte Olsen\n\nPunkt 1: Eventuelt\n"
        )
        #expect(meeting.committee == "Byrådet")
        #expect(meeting.participants == ["Anne Hansen", "Bo Jensen", "Carl Nielsen", "Dorte Olsen"])
        #expect(meeting.absent == ["Bo Jensen", "Dorte Olsen"])
    }

    @Test func coverParticipantsOnePerLine() throws {
        let meeting = try TestFiles.read(
            "Referat\n\nSocialudvalget\ntirsdag den 4. december 2012, kl. 13:00\n\nTilstede\n"
                + "Lolan Ottesen (A) - formand\nBirte Kramhøft (F)\nPer Mortensen (A)\n\n1.   Meddelelser\n\n"
                + "     Sagsnr.: 2011-29298\n"
        )
        #expect(meeting.committee == "Socialudvalget")
        #expect(meeting.time == "13:00")
        #expect(meeting.participants == ["Lolan Ottesen (A)", "Birte Kramhøft (F)", "Per Mortensen (A)"])
        #expect(meeting.items.first?.caseNumber == "2011-29298")
    }
}
