import Foundation
import Minutes
import Testing

@Suite("The Ballerup PDF and eDoc XML describe one meeting")
struct SameMeetingTests {
    let pdf: Meeting
    let eDoc: Meeting

    init() throws {
        pdf = try BallerupFiles.load(BallerupFiles.pdf)
        eDoc = try BallerupFiles.load(BallerupFiles.eDoc)
    }

    // The index identifies an item by municipality, committee, date and item number.
    @Test func sameItemKeys() {
        let keys = { (meeting: Meeting) in
            meeting.items.map { [meeting.municipality ?? "", meeting.committee, meeting.date.iso, $0.number] }
        }
        #expect(keys(pdf) == keys(eDoc))
        #expect(keys(pdf).count == 8)
    }

    @Test func sameMeetingFacts() {
        #expect(pdf.time == eDoc.time)
        #expect(pdf.participants == eDoc.participants)
    }

    @Test(arguments: 1...8)
    func sameItem(number: Int) throws {
        let fromPdf = try #require(pdf.items.first { $0.number == String(number) })
        let fromXML = try #require(eDoc.items.first { $0.number == String(number) })
        #expect(fromPdf.title == fromXML.title)
        #expect(fromPdf.caseNumber == fromXML.caseNumber)
        #expect(TestFiles.collapsed(fromPdf.decision) == TestFiles.collapsed(fromXML.decision))
        #expect(TestFiles.collapsed(fromPdf.recommendation) == TestFiles.collapsed(fromXML.recommendation))
    }
}
