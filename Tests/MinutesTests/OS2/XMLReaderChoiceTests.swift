import Foundation
import Minutes
import Testing

@Suite("Choosing the XML readers by content")
struct XMLReaderChoiceTests {
    @Test func eachReaderTakesOnlyItsOwnFormat() throws {
        let url = URL(fileURLWithPath: "/x/minutes.xml")
        let eDoc = SourceDocument(url: url, data: try BallerupFiles.data(BallerupFiles.eDoc))
        let sbsys = SourceDocument(url: url, data: try BallerupFiles.data(BallerupFiles.sbsys))
        let other = SourceDocument(url: url, text: "<?xml version=\"1.0\"?>\n<Meeting><Title>x</Title></Meeting>")
        #expect(EDocReader().canRead(eDoc))
        #expect(!EDocReader().canRead(sbsys))
        #expect(!EDocReader().canRead(other))
        #expect(SBSYSReader().canRead(sbsys))
        #expect(!SBSYSReader().canRead(eDoc))
        #expect(!TextMinutesReader().canRead(eDoc))
        #expect(!TextMinutesReader().canRead(sbsys))
    }

    @Test func theExtensionDoesNotMatter() throws {
        let meeting = try BallerupFiles.load(try BallerupFiles.data(BallerupFiles.sbsys), as: "ballerup-referat.txt")
        #expect(meeting.committee == "KMB IT-udvalget")
        #expect(meeting.items.count == 5)
    }

    @Test func unknownXMLIsNotMinutes() throws {
        let error = try BallerupFiles.error(
            loading: Data("<?xml version=\"1.0\"?>\n<Meeting><Title>x</Title></Meeting>\n".utf8),
            as: "other.xml"
        )
        #expect(error?.reason == "not a recognised minutes format")
    }
}
