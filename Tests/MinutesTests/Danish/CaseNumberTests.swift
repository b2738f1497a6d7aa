import Minutes
import Testing

@Suite("Case numbers")
struct CaseNumberTests {
    @Test(arguments: [
        // Bare, as printed on the line above or under an item's heading.
        ("21/24526", "21/24526"),
        ("21/645", "21/645"),
        ("15.00.00-A00-9-23", "15.00.00-A00-9-23"),
        ("27.00.00-P19-1-23", "27.00.00-P19-1-23"),
        ("00.01.00-P20-1-22", "00.01.00-P20-1-22"),
        ("21-014448", "21-014448"),
        ("22-013992", "22-013992"),
        ("20-010677K", "20-010677K"),
        ("20-055908K", "20-055908K"),
        ("2011-29298", "2011-29298"),
        ("S21-1234", "S21-1234"),
        ("EMN-2024-001234", "EMN-2024-001234"),
        ("  **21/24526**  ", "21/24526"),
        ("(22-013992)", "22-013992"),
        // Labelled, in the spellings Danish templates use.
        ("Sagsnr.: 2011-29298", "2011-29298"),
        ("Sagsnr. 22-013992", "22-013992"),
        ("Sags nr.: 21/24526", "21/24526"),
        ("Sag nr. 21/24526", "21/24526"),
        ("Sags-nr.: 20-055908K", "20-055908K"),
        ("Sag: EMN-2024-001234", "EMN-2024-001234"),
        ("Sagsnummer: EMN-2024-001234", "EMN-2024-001234"),
        ("Sagsnummer 00.01.00-P20-1-22", "00.01.00-P20-1-22"),
        ("Journalnr.: 21/645", "21/645"),
        ("Journal nr. 15.00.00-A00-9-23", "15.00.00-A00-9-23"),
        ("Journalnummer: 2011-29298", "2011-29298"),
        ("J.nr. 22/4813", "22/4813"),
        ("J. nr.: 00.01.00-P20-1-22", "00.01.00-P20-1-22"),
        ("Jnr. 22-013992", "22-013992"),
        ("Acadre sagsnr. 21/24526", "21/24526"),
        ("**Sagsnr.:** 22-013992", "22-013992"),
        ("Sagsnr.: 2011-29298 Dok.nr.: 2011-29298-12", "2011-29298"),
        ("Sagsnr.: 21/24526\tSagsbehandler: Mette Holm", "21/24526"),
        ("Sagsnr.: 21/24526.", "21/24526"),
    ])
    func finds(line: String, number: String) {
        #expect(CaseNumber.find(in: line) == number)
    }

    @Test(arguments: [
        "", "2022", "Side 3", "Godkendt.", "Punkt 88: Godkendelse af dagsorden", "Kl. 16:00",
        "Sagen 21/24526 blev udsat.", "Sag nr. 21/24526 blev udsat.", "Sag 12",
        // Dates, periods and ranges.
        "15-09-2022", "2022-09-15", "15.09.2022", "15/9 2022", "2022-2025", "6100-6200", "2000-2500",
        "Sagsnr.: 15-09-2022", "Mødedato: 15.09.2022",
        // Amounts.
        "1.234.567", "12.500 kr.", "1.234.567 kr.", "kr. 12.500",
        // Telephone numbers.
        "76 29 29 29", "7629 2929", "Tlf. 12 34 56 78", "12 34 56 78", "+45 7629 2929",
        // Paragraph references, years and item numbers.
        "§ 17, stk. 4", "jf. § 17, stk. 4", "2023", "5.", "Punkt 5", "21.",
    ])
    func rejects(line: String) {
        #expect(CaseNumber.find(in: line) == nil)
    }

    @Test func normalizedForIndexTerms() {
        #expect(CaseNumber.normalized("20-010677K") == "20-010677k")
        #expect(CaseNumber.normalized(" 15.00.00 - A00 ") == "15.00.00-a00")
    }
}
