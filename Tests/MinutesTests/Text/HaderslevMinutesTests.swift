import Foundation
import Minutes
import Testing

@Suite("Haderslev minutes (markdown-like text)")
struct HaderslevMinutesTests {
    let meeting: Meeting

    init() throws {
        meeting = try TestFiles.readFixture(TestFiles.haderslev)
    }

    @Test func meetingFields() {
        #expect(meeting.municipality == nil)
        #expect(meeting.committee == "Beskæftigelse- og Borgerserviceudvalget")
        #expect(meeting.date == CalendarDate(year: 2022, month: 9, day: 15))
        #expect(meeting.time == "15:30")
        #expect(meeting.place == "Jobcentret - Mødelokale Revsø på 3. sal")
    }

    @Test func participantsJoinWrappedNamesAndMarkAbsence() {
        #expect(
            meeting.participants == [
                "Helene Hellesø Appel", "Finn Lykkeskov", "Jens Friis Felber", "Kristina W. Møller", "Thomas Vedsted",
                "Inga Lykke", "Jon Krongaard",
            ]
        )
        #expect(Set(meeting.absent) == ["Jon Krongaard", "Inga Lykke", "Finn Lykkeskov"])
        #expect(meeting.absent.count == 3)
    }

    @Test func tenItemsWithoutContentsOrCover() {
        #expect(meeting.items.map(\.number) == (88...97).map(String.init))
        #expect(meeting.items.first?.title == "Godkendelse af dagsorden")
        #expect(
            meeting.items.first { $0.number == "94" }?.title
                == "Status på implementering af særlov om midlertidig opholdstilladelse til personer, der er fordrevet fra Ukraine"
        )
        #expect(meeting.items.allSatisfy { !$0.isClosed })
    }

    @Test(arguments: [
        ("88", "21/24526"), ("89", "22/18533"), ("90", "22/19162"), ("91", "21/19521"), ("92", "21/645"),
        ("93", "22/4813"), ("94", "22/6989"), ("95", "21/24526"), ("96", "21/24526"), ("97", "21/24526"),
    ])
    func caseNumber(number: String, caseNumber: String) throws {
        let item = try #require(meeting.items.first { $0.number == number })
        #expect(item.caseNumber == caseNumber)
    }

    @Test(arguments: [
        ("88", "Godkendt. Punkt 90 udsættes til næste møde."), ("89", "Drøftet."), ("90", "Udsat."),
        ("91", "Drøftet og godkendt."), ("93", "Godkendt."),
    ])
    func decision(number: String, decision: String) throws {
        let item = try #require(meeting.items.first { $0.number == number })
        #expect(TestFiles.collapsed(item.decision) == decision)
    }

    @Test func decisionKeepsParagraphsAndStopsAtSubsections() throws {
        let item = try #require(meeting.items.first)
        #expect(item.decision == "Godkendt.\n\nPunkt 90 udsættes til næste møde.")
        let decision = try #require(item.sections.first { $0.kind == .decision })
        #expect(decision.heading == "Beslutning i Beskæftigelse- og Borgerserviceudvalget den 15-09-2022")
        #expect(item.sections.map(\.kind) == [.procedure, .recommendation, .decision, .absent, .absent])
    }

    @Test func everyItemRecordsTheAbsentMembers() {
        for item in meeting.items {
            #expect(Set(item.absent) == ["Jon Krongaard", "Inga Lykke", "Finn Lykkeskov"], "item \(item.number)")
            #expect(item.absent.count == 3, "item \(item.number)")
        }
    }

    @Test func itemWithoutDecision() throws {
        let item = try #require(meeting.items.first { $0.number == "96" })
        #expect(item.decision == nil)
        #expect(item.title == "Eventuelt")
    }

    @Test func attachments() throws {
        let item89 = try #require(meeting.items.first { $0.number == "89" })
        #expect(item89.attachments == ["Tema - Indsats for kontanthjælpsmodtagere med problemer udover ledighed"])
        let item93 = try #require(meeting.items.first { $0.number == "93" })
        #expect(
            item93.attachments == [
                "Statistik over klager til Ankestyrelsen over kommunernes afgørelser på social- og "
                    + "beskæftigelsesområdet i 1. halvår 2022 - ankestatistik-510-2022-08-25 - bilag til møde.pdf",
                "Bilag - Ankestatistik 1. halvår 2022",
            ]
        )
        let decision = try #require(item93.decision)
        #expect(!decision.contains("Bilag") && !decision.contains("Fraværende"))
    }

    @Test func sectionsAndTables() throws {
        let item = try #require(meeting.items.first { $0.number == "91" })
        #expect(
            item.sections.map(\.kind) == [
                .summary, .presentation, .procedure, .recommendation, .decision, .absent, .attachments, .absent,
            ]
        )
        let presentation = try #require(item.text(of: .presentation))
        #expect(presentation.contains("Forsikrede ledige\t55,029\t38,099\t69%\t-9,199\n"))
        #expect(item.recommendation?.hasPrefix("Direktøren for Arbejdsmarked og Borgerservice indstiller, at") == true)
    }

    @Test func itemTextHasTitleAndSectionsButNoMarkup() throws {
        let item = try #require(meeting.items.first)
        #expect(item.text.hasPrefix("Godkendelse af dagsorden\n\nProcedure\n\n"))
        #expect(item.text.contains("Beslutning i Beskæftigelse- og Borgerserviceudvalget den 15-09-2022\n\nGodkendt."))
        #expect(!item.text.contains("**") && !item.text.contains("#"))
        #expect(!item.text.contains("21/24526"))
    }
}
