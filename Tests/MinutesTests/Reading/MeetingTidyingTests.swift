import Foundation
import Minutes
import Testing

@Suite("Every reader's meeting in one form")
struct MeetingTidyingTests {
    static func load(_ text: String, name: String) throws -> Meeting {
        try MinutesLoader().load(Data(text.utf8), from: URL(fileURLWithPath: "/minutes/\(name)"))
    }

    @Test func aPlaceholderDecisionInTextIsNoDecision() throws {
        let meeting = try Self.load(
            """
            REFERAT ØKONOMIUDVALGET d. 05-06-2023

            HADERSLEV KOMMUNE

            # Punkt 1: Budgetopfølgning

            22/18533

            ## Sagsfremstilling

            Forvaltningen har udarbejdet budgetopfølgning.

            ## Beslutning i Økonomiudvalget den 05-06-2023

            Tomt indhold

            # Punkt 2: Meddelelser

            ## Beslutning

            Ingen bemærkninger.
            """,
            name: "referat.txt"
        )
        #expect(meeting.committee == "Økonomiudvalget")
        #expect(meeting.municipality == "Haderslev Kommune")
        let first = try #require(meeting.items.first)
        #expect(first.caseNumber == "22/18533")
        #expect(first.decision == nil)
        #expect(first.sections.map(\.heading) == ["Sagsfremstilling"])
        #expect(!first.text.contains("Tomt indhold"))
        // "No remarks" is what the committee decided, not an empty field.
        #expect(meeting.items.last?.decision == "Ingen bemærkninger.")
    }

    @Test func caseNumbersInEveryStyleUnderTheHeading() throws {
        let meeting = try Self.load(
            """
            Referat
            Byrådet
            Mødedato: 7. marts 2023

            Punkt 1: Lokalplan for boliger i Ebeltoft
            Sagsnummer: EMN-2024-001234

            Sagsfremstilling
            Forslag til lokalplan, jf. planlovens § 17, stk. 4.

            Punkt 2: Anlægsbevilling til skolerenovering
            Sag nr. 20-055908K

            Beslutning
            Godkendt med 1.234.567 kr.

            Punkt 3: Vejbelysning
            00.01.00-P20-1-22

            Beslutning
            Udsat til mødet 15-09-2023.

            Punkt 4: Orientering
            15-09-2022

            Beslutning
            Taget til efterretning.
            """,
            name: "byraad.txt"
        )
        #expect(meeting.items.map(\.caseNumber) == ["EMN-2024-001234", "20-055908K", "00.01.00-P20-1-22", nil])
    }
}
