import Testing

@testable import Minutes

@Suite("Names published in capitals")
struct NameCaseTests {
    @Test(arguments: [
        ("FORRETNINGSUDVALGET", "Forretningsudvalget"),
        ("ØKONOMIUDVALGET", "Økonomiudvalget"),
        ("HADERSLEV KOMMUNE", "Haderslev Kommune"),
        ("KLIMA-, TEKNIK- OG MILJØUDVALGET", "Klima-, Teknik- og Miljøudvalget"),
        ("BESKÆFTIGELSE- OG BORGERSERVICEUDVALGET", "Beskæftigelse- og Borgerserviceudvalget"),
        ("UDVALGET FOR BESKÆFTIGELSE", "Udvalget for Beskæftigelse"),
        ("KMB IT-UDVALGET", "KMB IT-udvalget"),
        ("HOVED-MED", "Hoved-MED"),
        // Written normally, or an abbreviation: kept as it is.
        ("Forretningsudvalget", "Forretningsudvalget"),
        ("KMB IT-udvalget", "KMB IT-udvalget"),
        ("ØU", "ØU"),
        ("KB", "KB"),
        ("", ""),
    ])
    func normal(name: String, written: String) {
        #expect(NameCase.normal(name) == written)
    }
}
