import Minutes
import Testing

/// Party letters and names, and member names as facet values.
@Suite("Party letters and member names")
struct DanishPartyTests {
    @Test(arguments: [
        ("(Ø)", "Ø"), ("ø", "Ø"), ("V", "V"), ("(UP)", "UP"), ("(L)", "L"), ("(UP-1)", "UP"), ("(SF)", "F"),
        ("Socialdemokratiet", "A"), ("Radikale Venstre", "B"), ("Det Konservative Folkeparti", "C"),
        ("Konservative", "C"), ("Nye Borgerlige", "D"), ("SF", "F"), ("Socialistisk Folkeparti", "F"),
        ("Liberal Alliance", "I"), ("Kristendemokraterne", "K"), ("Moderaterne", "M"), ("Dansk Folkeparti", "O"),
        ("Frie Grønne", "Q"), ("Venstre", "V"), ("Enhedslisten", "Ø"), ("Alternativet", "Å"),
        ("Danmarksdemokraterne", "Æ"), ("  enhedslisten ", "Ø"),
    ])
    func letter(_ text: String, _ letter: String) {
        #expect(DanishParty.letter(for: text) == letter)
    }

    @Test(arguments: ["", "()", "up", "Udvalget", "Byrådet", "ABC", "(bilag 3)", "A1B"])
    func notAParty(_ text: String) {
        #expect(DanishParty.letter(for: text) == nil)
    }

    @Test(arguments: [
        ("Marc Genning (V)", "Marc Genning"), ("  Marc   Genning  ", "Marc Genning"),
        ("Liselott Blixt (UP-1)", "Liselott Blixt"), ("Anne Marie Lyduch (V) (formand)", "Anne Marie Lyduch"),
        ("Brigitte Klintskov Jerkel (C, næstformand)", "Brigitte Klintskov Jerkel"),
        ("Tina\u{00A0}Rottbøll", "Tina Rottbøll"), ("Mehmet Zeki Dogru", "Mehmet Zeki Dogru"),
    ])
    func memberName(_ name: String, _ normalised: String) {
        #expect(MemberName.normalised(name) == normalised)
    }
}
