import Foundation
import Minutes
import Testing

@Suite("A lone UTF-16 surrogate escape in FirstAgenda JSON")
struct LoneSurrogateTests {
    /// The Greve planning committee's meeting of 11 October 2022 with the first item's title written as `title`
    /// (escapes as they would stand in the file).
    static func planning(title: String) throws -> Data {
        try TestFiles.data(
            atFixturePath: "greve/greve_plan-og-tryghedsudvalget_2022-10-11.json",
            replacing: #""Navn": "Godkendelse af dagsorden""#,
            with: #""Navn": "\#(title)""#
        )
    }

    @Test(arguments: [
        (#"Godkendelse af dagsorden \ud800"#, "Godkendelse af dagsorden \u{FFFD}"),
        (#"Godkendelse \ud800af dagsorden"#, "Godkendelse \u{FFFD}af dagsorden"),
        (#"Godkendelse \uDBFF\u0041f dagsorden"#, "Godkendelse \u{FFFD}Af dagsorden"),
        (#"Godkendelse \udc00 af dagsorden"#, "Godkendelse \u{FFFD} af dagsorden"),
        (#"Godkendelse \ude00\ud83d af dagsorden"#, "Godkendelse \u{FFFD}\u{FFFD} af dagsorden"),
        (#"Godkendelse \ud83d\ude00 af dagsorden"#, "Godkendelse 😀 af dagsorden"),
        (#"Godkendelse \\ud800 af dagsorden"#, #"Godkendelse \ud800 af dagsorden"#),
    ])
    func readsAsAReplacementCharacter(escaped: String, title: String) throws {
        let meeting = try BallerupFiles.load(try Self.planning(title: escaped), as: "greve_plan.json")
        #expect(meeting.items.first?.title == title)
        #expect(meeting.items.count == 11)
    }
}
