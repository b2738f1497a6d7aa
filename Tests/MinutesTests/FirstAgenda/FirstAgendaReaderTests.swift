import Foundation
import Minutes
import Testing

@Suite("FirstAgenda JSON (Greve)")
struct FirstAgendaReaderTests {
    static let council = "greve_byraad-2022-2025_2022-01-14"
    static let employment = "greve_beskaeftigelses-og-erhvervsudvalget_2022-02-07"
    static let planning = "greve_plan-og-tryghedsudvalget_2022-10-11"

    /// Loads a fixture from `Fixtures/greve` through the loader, as `referat index` would.
    static func load(_ name: String) throws -> Meeting {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/greve")
        )
        return try MinutesLoader().load(fileAt: url)
    }

    @Test func meetingFacts() throws {
        let meeting = try Self.load(Self.council)
        #expect(meeting.municipality == "Greve Kommune")
        #expect(meeting.committee == "Byråd")
        #expect(meeting.date == CalendarDate(year: 2022, month: 1, day: 14))
        #expect(meeting.time == "08:00")
        #expect(meeting.place == "Byrådssalen")
        #expect(meeting.participants.count == 21)
        #expect(meeting.participants.contains("Hans-Jørgen Kirstein"))
        #expect(meeting.absent.isEmpty)
        #expect(meeting.items.map(\.number) == ["1", "2", "3", "4"])
    }

    @Test func decisionWithAbsentMembers() throws {
        let item = try Self.load(Self.council).items[0]
        #expect(item.title == "Godkendelse af dagsorden")
        #expect(item.caseNumber == "21-014420")
        #expect(item.decision == "Dagsordenen blev godkendt.")
        #expect(item.absent == ["Bjarke Abel", "Linda Heegaard"])
        #expect(item.sections.map(\.kind) == [.decision, .absent, .procedure, .summary, .recommendation])
        #expect(item.sections.map(\.heading) == ["Beslutning", "Fraværende", "Sagsprocedure", "Resume", "Indstilling"])
        #expect(item.text(of: .procedure) == "Byrådet.")
        #expect(
            item.text.hasPrefix("Godkendelse af dagsorden\n\nBeslutning\n\nDagsordenen blev godkendt.\n\nFraværende")
        )
        #expect(!item.text.contains("<"))
    }

    @Test func closedItem() throws {
        let item = try Self.load(Self.council).items[2]
        #expect(item.isClosed)
        #expect(item.title == "Orientering om politiets afgørelse om anmeldelse af tidligere kommunaldirektør")
        #expect(item.caseNumber == "22-000056")
        // A closed item publishes its decision alone, without a heading.
        #expect(item.decision == "Byrådet godkendte Økonomiudvalgets indstilling.")
        #expect(item.absent == ["Bjarke Abel", "Linda Heegaard"])
        #expect(try Self.load(Self.council).items.filter(\.isClosed).count == 1)
    }

    @Test func itemWithoutDecisionOrCaseNumber() throws {
        let council = try Self.load(Self.council).items[3]
        #expect(council.title == "Underskriftsark")
        #expect(council.decision == nil)
        #expect(council.sections.map(\.kind) == [.procedure, .summary])
        let employment = try Self.load(Self.employment).items[10]
        #expect(employment.title == "Underskriftsark")
        #expect(employment.caseNumber == nil)
    }

    @Test func wordsSplitAcrossSpansAreJoined() throws {
        let item = try Self.load(Self.employment).items[3]
        #expect(item.title == "Drøftelse af politiske målsætninger")
        let summary = try #require(item.text(of: .summary))
        // The HTML reads `<span>På </span><span>ud</span><span>valgsmød</span><span>et</span>`.
        #expect(summary.hasPrefix("På udvalgsmødet i januar introducerede udvalgsmedlemmerne sig"))
        #expect(item.text.contains("Byrådets Budget- og visionsseminar"))
        #expect(
            item.attachments == [
                "Budgetforlig 2022", "Beskæftigelsespolitik-2019-2022", "Vækst-og-Erhvervspolitik-2019-2022",
            ]
        )
        #expect(item.text(of: .presentation)?.contains("\n\n- Hvilke politiske målsætninger har udvalget?") == true)
    }

    @Test func caseNumberWithLetterSuffix() throws {
        let meeting = try Self.load(Self.planning)
        #expect(meeting.committee == "Plan- og Tryghedsudvalget")
        #expect(meeting.time == "16:45")
        let item = try #require(meeting.items.first { $0.number == "5" })
        #expect(item.caseNumber == "20-055908K")
        #expect(item.title == "Forslag til Lokalplan nr. 15.24 - Plejecenter i Lunden i Tune")
        #expect(item.decision == "Godkendt.")
        #expect(item.text(of: .procedure) == "Plan- og Tryghedsudvalget, Økonomiudvalget og Byrådet.")
        #expect(
            item.recommendation?.hasPrefix("Center for Teknik & Miljø indstiller, at forslag til Lokalplan") == true
        )
        #expect(
            item.attachments == [
                "Bilag 1 - Forslag til Lokalplan 15.24 Plejecenter i Lunden i Tune",
                "Bilag 2 - Visionsforslag Skovhuset- Boligselskab Sjælland og Vandkunsten",
            ]
        )
    }

    @Test(arguments: [
        (
            "truncated", #"{"Dagsordenpunkter": [{"Navn": "Godkendelse af dagsorden", "SagsNummer": "21-0"#,
            "truncated or invalid JSON: "
        ),
        ("other object", #"{"foo": 1}"#, "JSON is not a FirstAgenda meeting"),
        ("array", "\u{FEFF}  [1, 2, 3]", "JSON is not a FirstAgenda meeting"),
        ("items without meeting", #"{"Dagsordenpunkter": []}"#, "JSON is not a FirstAgenda meeting"),
        (
            "no items", #"{"Dagsordenpunkter": [], "Moede": {"Dato": "2022-01-14T08:00:00+01:00"}}"#,
            "no agenda items found"
        ),
        (
            "no date", #"{"Dagsordenpunkter": [{"Navn": "Eventuelt"}], "Udvalg": {"Navn": "Byråd"}}"#,
            "no meeting date found"
        ),
    ])
    func badInput(name: String, contents: String, reason: String) throws {
        try TestFiles.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("\(name).json")
            try Data(contents.utf8).write(to: url)
            let error = try #require(throws: MinutesError.self) { try MinutesLoader().load(fileAt: url) }
            #expect(error.path == url.path)
            #expect(error.reason.hasPrefix(reason))
        }
    }

    @Test func chosenByContentNotExtension() throws {
        let json = #"""
            {"Udvalg": {"Navn": "Kultur- og Fritidsudvalget (2022-2025)"}, "Moede": {"Dato": "2023-03-02T16:00:00+01:00",
             "Moededeltagere": [{"Name": "A B", "Absent": true}, {"Name": "C D", "ParticipationCancelled": "true"},
             {"Name": "E F", "Absent": null}, {"Name": null}]},
             "Dagsordenpunkter": [{"Punktnummer": 7, "Navn": "LUKKET:  Salg  af grund", "SagsNummer": " ", "Bilag": null,
             "Felter": [{"Html": "<h3>Beslutning</h3><p>Afbud: A B</p><p>Godkendt.</p>"}]}, {"Navn": "Eventuelt"}]}
            """#
        let meeting = try FirstAgendaReader().read(
            SourceDocument(url: URL(fileURLWithPath: "/x/referat.txt"), text: json)
        )
        #expect(meeting.municipality == nil)
        #expect(meeting.committee == "Kultur- og Fritidsudvalget")
        #expect(meeting.time == "16:00")
        #expect(meeting.participants == ["A B", "C D", "E F"])
        #expect(meeting.absent == ["A B", "C D"])
        #expect(meeting.items.map(\.number) == ["7", "2"])
        let item = meeting.items[0]
        #expect(item.isClosed && item.title == "Salg af grund" && item.caseNumber == nil && item.attachments.isEmpty)
        #expect(item.decision == "Godkendt.")
        #expect(item.absent == ["A B"])
        #expect(meeting.items[1].sections.isEmpty && meeting.items[1].text == "Eventuelt")
    }
}
