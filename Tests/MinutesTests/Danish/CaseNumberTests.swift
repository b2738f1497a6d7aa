import Minutes
import Testing

@Suite("Case numbers")
struct CaseNumberTests {
    @Test(arguments: [
        ("21/24526", "21/24526"),
        ("21/645", "21/645"),
        ("15.00.00-A00-9-23", "15.00.00-A00-9-23"),
        ("27.00.00-P19-1-23", "27.00.00-P19-1-23"),
        ("21-014448", "21-014448"),
        ("20-010677K", "20-010677K"),
        ("2011-29298", "2011-29298"),
        ("S21-1234", "S21-1234"),
        ("Sagsnr.: 2011-29298", "2011-29298"),
        ("Journalnr.: 21/645", "21/645"),
        ("J.nr. 22/4813", "22/4813"),
        ("  **21/24526**  ", "21/24526"),
    ])
    func finds(line: String, number: String) {
        #expect(CaseNumber.find(in: line) == number)
    }

    @Test(arguments: [
        "", "2022", "15-09-2022", "2022-09-15", "2022-2025", "Side 3", "Tlf. 12 34 56 78", "12 34 56 78",
        "Godkendt.", "Punkt 88: Godkendelse af dagsorden", "Sagen 21/24526 blev udsat.", "Kl. 16:00",
    ])
    func rejects(line: String) {
        #expect(CaseNumber.find(in: line) == nil)
    }

    @Test func normalizedForIndexTerms() {
        #expect(CaseNumber.normalized("20-010677K") == "20-010677k")
        #expect(CaseNumber.normalized(" 15.00.00 - A00 ") == "15.00.00-a00")
    }
}
