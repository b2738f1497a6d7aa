import Foundation
import Minutes
import Testing

@Suite("FirstAgenda meeting ids and public addresses")
struct FirstAgendaIdentityTests {
    @Test func theMeetingIdIsThePublishersAndTheAllZeroIdIsNone() throws {
        let meeting = try FirstAgendaReaderTests.load(FirstAgendaReaderTests.council)
        // Moede.Id is 00000000-…; the root Id, which every item repeats as AgendaUid, is the meeting's.
        #expect(meeting.meetingID == "8b2f1d8b-1257-4858-911b-465533ce6799")
        let extra = try FirstAgendaReaderTests.load(FirstAgendaReaderTests.council + "-ekstraordinaert")
        #expect(extra.meetingID == "5d0c9a73-4f2e-4b8a-9e61-2c7f80b1a4d2")
        #expect(extra.date == meeting.date)
        #expect(extra.committee == meeting.committee)
    }

    @Test func itemsAndAttachmentsHaveTheirAddressesOnTheSiteTheLinksName() throws {
        let item = try FirstAgendaReaderTests.load(FirstAgendaReaderTests.council).items[1]
        #expect(
            item.url
                == "https://dagsordener.greve.dk/vis?id=8b2f1d8b-1257-4858-911b-465533ce6799"
                + "&punktid=c315919c-ab41-4353-89e8-e00d087044a9"
        )
        #expect(item.attachments == ["Tilsynets afgørelse af 15. december 2021"])
        #expect(item.attachmentURLs.count == 1)
        #expect(item.attachmentURLs[0]?.hasPrefix("https://dagsordener.greve.dk/vis/pdf/bilag/") == true)
    }

    @Test func sbsysMeetingsCarryTheirMeetingId() throws {
        #expect(try BallerupFiles.load(BallerupFiles.sbsys).meetingID == "sbsys-26")
        // eDoc's export names no meeting id, nor does a PDF.
        #expect(try BallerupFiles.load(BallerupFiles.eDoc).meetingID == nil)
    }
}
