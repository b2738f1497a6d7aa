import Foundation
import Minutes
import Testing

@Suite("Stray control characters in text minutes")
struct ControlCharacterTests {
    static let haderslev = TestFiles.haderslev + ".txt"

    /// The Haderslev minutes with `control` put before the `## Sagsindhold` heading of item 92, past the first
    /// 8 KB, which is all that is checked for binary data.
    static func haderslev(withControl control: String) throws -> Data {
        try TestFiles.data(
            atFixturePath: haderslev,
            replacing: "21/645\n\n## Sagsindhold",
            with: "21/645\n\n\(control)## Sagsindhold"
        )
    }

    @Test(arguments: [[0x00], [0x01], [0x1B], [0x00, 0x00, 0x00, 0x00]] as [[UInt8]])
    func areDroppedAndTheHeadingStillReads(bytes: [UInt8]) throws {
        let control = String(decoding: bytes, as: UTF8.self)
        let plain = try BallerupFiles.load(try TestFiles.data(atFixturePath: Self.haderslev), as: Self.haderslev)
        let meeting = try BallerupFiles.load(try Self.haderslev(withControl: control), as: Self.haderslev)
        #expect(meeting == plain)
        let item = try #require(meeting.items.first { $0.number == "92" })
        #expect(item.sections.first?.heading == "Sagsindhold")
    }

    @Test func aNULInTheFirst8KBIsBinaryData() throws {
        let data = try TestFiles.data(
            atFixturePath: Self.haderslev,
            replacing: "22/19162\n\n## Sagsindhold",
            with: "22/19162\n\n\u{0}## Sagsindhold"
        )
        #expect(try BallerupFiles.error(loading: data, as: Self.haderslev)?.reason == "not text (binary data)")
    }

    @Test func aFormFeedStays() throws {
        let meeting = try BallerupFiles.load(try Self.haderslev(withControl: "\u{0C}"), as: Self.haderslev)
        let item = try #require(meeting.items.first { $0.number == "92" })
        #expect(item.sections.first?.heading == "Sagsindhold")
    }
}

@Suite("Control characters escaped in FirstAgenda JSON")
struct EscapedControlCharacterTests {
    @Test(arguments: [#"\u0001"#, #"\u0000"#, #"\u001b"#, #"\u0007\u0008"#])
    func areDroppedFromTitleAndText(escape: String) throws {
        let path = "greve/greve_plan-og-tryghedsudvalget_2022-10-11.json"
        let data = try TestFiles.data(
            atFixturePath: path,
            replacing: #""Navn": "Godkendelse af dagsorden""#,
            with: #""Navn": "Godkendelse \#(escape)af dagsorden""#
        )
        let meeting = try BallerupFiles.load(data, as: "greve_plan.json")
        let item = try #require(meeting.items.first)
        #expect(item.title == "Godkendelse af dagsorden")
        #expect(!item.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\u{0C}" })
    }
}
