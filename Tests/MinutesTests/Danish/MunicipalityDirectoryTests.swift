import Minutes
import Testing

@Suite("Municipality directory")
struct MunicipalityDirectoryTests {
    @Test func hasAllMunicipalitiesAndRegions() {
        #expect(MunicipalityDirectory.all.count == 103)
        #expect(Set(MunicipalityDirectory.all).count == 103)
        #expect(MunicipalityDirectory.all.filter { $0.hasPrefix("Region ") }.count == 5)
        for name in ["Københavns Kommune", "Frederiksberg Kommune", "Bornholms Regionskommune", "Region Syddanmark"] {
            #expect(MunicipalityDirectory.all.contains(name))
        }
    }

    @Test func everyOfficialNameMatchesItself() {
        for name in MunicipalityDirectory.all {
            #expect(MunicipalityDirectory.match(name) == name)
        }
    }

    @Test(arguments: [
        ("haderslev", "Haderslev Kommune"),
        ("koebenhavn", "Københavns Kommune"),
        ("kobenhavn", "Københavns Kommune"),
        ("København", "Københavns Kommune"),
        ("region-syddanmark", "Region Syddanmark"),
        ("greve", "Greve Kommune"),
        ("ballerup", "Ballerup Kommune"),
        ("hedensted", "Hedensted Kommune"),
        ("aeroe", "Ærø Kommune"),
        ("aarhus", "Aarhus Kommune"),
        ("Århus", "Aarhus Kommune"),
        ("lyngby-taarbaek", "Lyngby-Taarbæk Kommune"),
        ("bornholm", "Bornholms Regionskommune"),
        ("nordfyn", "Nordfyns Kommune"),
        ("frederiksberg", "Frederiksberg Kommune"),
        ("frederikssund", "Frederikssund Kommune"),
        ("Haderslev Kommune", "Haderslev Kommune"),
        ("hedensted-kommune", "Hedensted Kommune"),
    ])
    func matches(name: String, official: String) {
        #expect(MunicipalityDirectory.match(name) == official)
    }

    @Test(arguments: ["xyz", "", "kommune", "udvalget", "Fixtures"])
    func rejects(name: String) {
        #expect(MunicipalityDirectory.match(name) == nil)
    }
}
