import Minutes
import Testing

@Suite("Danish dates")
struct DanishDateTests {
    @Test(arguments: [
        ("15-09-2022", "2022-09-15"),
        ("15.09.2022", "2022-09-15"),
        ("15/9 2022", "2022-09-15"),
        ("15/9-2022", "2022-09-15"),
        ("2022-09-15", "2022-09-15"),
        ("15. september 2022", "2022-09-15"),
        ("7. marts 2023", "2023-03-07"),
        ("Torsdag d. 15. september 2022 kl. 15:30", "2022-09-15"),
        ("15. sep. 2022", "2022-09-15"),
        ("1. feb 2024", "2024-02-01"),
        ("29. februar 2024", "2024-02-29"),
        ("REFERAT Udvalget (2022-2025) d. 15-09-2022", "2022-09-15"),
        ("Dato: 04.12.2012", "2012-12-04"),
        ("tirsdag den 4. december 2012, kl. 13:00", "2012-12-04"),
        ("31-02-2022 eller 1. marts 2022", "2022-03-01"),
    ])
    func parses(text: String, iso: String) {
        #expect(DanishDate.parse(text)?.iso == iso)
    }

    @Test(arguments: [
        "", "2022", "2022-2025", "15.00.00-A00-9-23", "21/24526", "29. februar 2023", "Side 3", "kl. 15:30",
    ])
    func rejects(text: String) {
        #expect(DanishDate.parse(text) == nil)
    }
}
