/// Committee names as Danish municipalities use them, by the area they cover.
///
/// Each municipality takes the finance committee, its council and one name from each of a varying number of
/// areas, so that committee sets differ between municipalities the way real ones do.
enum CommitteeVocabulary {
    /// The finance committee, which every municipality has by law.
    static let finance = "Økonomiudvalget"

    /// The council's name: most municipalities say *Byrådet*, the rest *Kommunalbestyrelsen*.
    static let councils = ["Byrådet", "Kommunalbestyrelsen", "Byrådet", "Byrådet", "Kommunalbestyrelsen"]

    /// The specialist committees, one list of alternative names per area.
    static let areas: [[String]] = [
        ["Børne- og Skoleudvalget", "Børne- og Ungeudvalget", "Skole- og Dagtilbudsudvalget", "Børneudvalget"],
        ["Social- og Sundhedsudvalget", "Sundheds- og Forebyggelsesudvalget", "Socialudvalget", "Ældreudvalget"],
        ["Teknik- og Miljøudvalget", "Klima-, Teknik- og Miljøudvalget", "Miljø- og Teknikudvalget"],
        ["Beskæftigelsesudvalget", "Beskæftigelses- og Erhvervsudvalget", "Arbejdsmarkedsudvalget"],
        ["Kultur- og Fritidsudvalget", "Kultur- og Idrætsudvalget", "Fritids- og Kulturudvalget"],
        ["Plan- og Boligudvalget", "Planudvalget", "Plan- og Udviklingsudvalget", "By- og Landskabsudvalget"],
        ["Klimaudvalget", "Klima- og Naturudvalget", "Grøn Omstillingsudvalget"],
        ["Erhvervs- og Turismeudvalget", "Erhvervsudvalget", "Vækstudvalget"],
        ["Ældre- og Værdighedsudvalget", "Senior- og Omsorgsudvalget", "Sundheds- og Ældreudvalget"],
        ["Integrationsudvalget", "Borgerservice- og Integrationsudvalget"],
        ["Landdistriktsudvalget", "Land- og Byudvalget"],
    ]
}
