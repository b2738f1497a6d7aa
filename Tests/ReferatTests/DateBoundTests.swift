import Referat
import Testing

/// One parser of partial dates for `--from`/`--to` and the query field `dato:`.
@Suite("Dates as users type them")
struct DateBoundTests {
    @Test(arguments: [
        ("2023", "20230101", "20231231"),
        ("2024-02", "20240201", "20240229"),
        ("2023-02", "20230201", "20230228"),
        ("2023-05-15", "20230515", "20230515"),
        ("marts 2023", "20230301", "20230331"),
        ("7. marts 2023", "20230307", "20230307"),
        ("mar. 2023", "20230301", "20230331"),
        ("sep. 2022", "20220901", "20220930"),
    ])
    func aBoundCoversADayAMonthOrAYear(text: String, first: String, last: String) throws {
        let bound = try #require(DateBound(text))
        #expect(bound.first.compact == first)
        #expect(bound.last.compact == last)
    }

    @Test(arguments: ["2023-13", "2023-02-29", "23", "marts", "2023-5", "i går", ""])
    func anythingElseIsNoDate(text: String) {
        #expect(DateBound(text) == nil)
    }

    @Test(
        arguments: [
            ("2022..2023-06", "20220101", "20230630"),
            ("2023-02..2023", "20230201", "20231231"),
            ("..2022-06", nil, "20220630"),
            ("2023..", "20230101", nil),
            ("2022-10..dato:2023-01", "20221001", "20230131"),
            ("marts 2023..maj 2023", "20230301", "20230531"),
            ("2023-05", "20230501", "20230531"),
        ] as [(String, String?, String?)]
    )
    func aRangeHasTwoOptionalEnds(text: String, first: String?, last: String?) throws {
        let range = try #require(DateBound.range(text))
        #expect(range.from?.first.compact == first)
        #expect(range.to?.last.compact == last)
    }

    @Test(arguments: ["2023..2022", "..", "2022-13..2023", "2022..i morgen"])
    func aRangeThatIsNoRangeIsRefused(text: String) {
        #expect(DateBound.range(text) == nil)
    }
}
