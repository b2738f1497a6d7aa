/// Common Danish first names and surnames, combined into plausible council members.
enum PersonNames {
    /// A name such as `Anne Marie Nielsen`, drawn by `generator`.
    static func draw(_ generator: inout SeededGenerator) -> String {
        let first = generator.pick(firstNames)
        let middle = generator.chance(30) ? " " + generator.pick(surnames) : ""
        return "\(first)\(middle) \(generator.pick(surnames))"
    }

    private static let firstNames = [
        "Anne", "Anne Marie", "Bente", "Birgitte", "Camilla", "Charlotte", "Dorte", "Gitte", "Hanne", "Helle",
        "Inger", "Karen", "Kirsten", "Lene", "Lone", "Louise", "Maria", "Mette", "Pia", "Susanne", "Tina", "Trine",
        "Anders", "Bjarne", "Carsten", "Christian", "Erik", "Flemming", "Frank", "Henrik", "Jens", "Jesper",
        "Johnny", "Jørgen", "Kim", "Lars", "Martin", "Michael", "Morten", "Niels", "Ole", "Per", "Peter", "Poul",
        "Rasmus", "Søren", "Thomas", "Torben",
    ]

    private static let surnames = [
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
        "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Frederiksen", "Lund", "Holm", "Schmidt",
        "Eriksen", "Kristiansen", "Simonsen", "Clausen", "Svendsen", "Andreasen", "Iversen", "Østergaard",
        "Jeppesen", "Vestergaard", "Nissen", "Lauridsen", "Kjær", "Dam", "Bech", "Bak", "Lyduch", "Abel",
    ]
}
