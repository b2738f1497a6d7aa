import Minutes

/// What stays fixed for one generated municipality: its name, folder, committees, members and publishing habits.
public struct MunicipalityProfile: Sendable, Hashable {
    /// How a municipality publishes its minutes.
    public enum Format: String, Sendable, Hashable {
        /// FirstAgenda publication JSON, one meeting per file, as Greve publishes.
        case firstAgenda
        /// eDoc meeting XML for OS2dagsorden, one meeting per file, as Ballerup publishes.
        case eDoc
    }

    /// The official name, e.g. `Lyngby-Taarbæk Kommune`.
    public var name: String
    /// The folder and file-name prefix, e.g. `lyngby-taarbaek`, from which the readers recover the name.
    public var slug: String
    /// The council, *Byrådet* or *Kommunalbestyrelsen*.
    public var council: String
    /// The specialist committees, without the finance committee and the council.
    public var committees: [String]
    /// How case numbers look.
    public var caseStyle: CaseNumberStyle
    /// The publishing format.
    public var format: Format
    /// The members of each committee, the council's and the finance committee's included.
    var members: [String: [String]]

    /// The profile of the municipality at `position` in `MunicipalityDirectory`, drawn from `generator`.
    init(name: String, position: Int, generator: inout SeededGenerator) {
        self.name = name
        slug = Self.slug(of: name)
        council = CommitteeVocabulary.councils[position % CommitteeVocabulary.councils.count]
        caseStyle = CaseNumberStyle.allCases[position % CaseNumberStyle.allCases.count]
        // Every seventh municipality, Ballerup first, publishes eDoc XML; the rest FirstAgenda JSON.
        format = position % 7 == 2 ? .eDoc : .firstAgenda
        // The first six areas every municipality covers; of the rest it takes a few, for 8–12 committees in all.
        var areas = Array(CommitteeVocabulary.areas.prefix(6))
        for area in CommitteeVocabulary.areas.dropFirst(6) where areas.count < 10 && generator.chance(40) {
            areas.append(area)
        }
        committees = areas.map { generator.pick($0) }
        var members: [String: [String]] = [:]
        for committee in committees + [CommitteeVocabulary.finance, council] {
            let size = committee == council ? generator.int(in: 15...25) : generator.int(in: 5...9)
            var names: [String] = []
            while names.count < size {
                let name = PersonNames.draw(&generator)
                if !names.contains(name) { names.append(name) }
            }
            members[committee] = names
        }
        self.members = members
    }

    /// The 98 municipalities by their official names, in the directory's order.
    public static let allNames: [String] = MunicipalityDirectory.all.filter { !$0.hasPrefix("Region ") }

    /// `Københavns Kommune` → `koebenhavns`, `Klima-, Teknik- og Miljøudvalget` → `klima-teknik-og-miljoeudvalget`:
    /// lower case ASCII with æ, ø, å spelt out and words joined by single hyphens.
    public static func slug(of name: String) -> String {
        var bare = name.replacingOccurrences(of: " Regionskommune", with: "")
        bare = bare.replacingOccurrences(of: " Kommune", with: "").lowercased()
        var slug = ""
        for character in bare {
            switch character {
            case "æ": slug += "ae"
            case "ø": slug += "oe"
            case "å": slug += "aa"
            case "é": slug += "e"
            default:
                if character.isLetter || character.isNumber {
                    slug.append(character)
                } else if !slug.isEmpty, slug.last != "-" {
                    slug += "-"
                }
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }
}
