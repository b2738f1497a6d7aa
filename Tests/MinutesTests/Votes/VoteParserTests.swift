import Minutes
import Testing

/// Decisions and the votes read from them.
@Suite("Votes read from decisions")
struct VoteParserTests {
    /// One decision and what must be read from it.
    struct Case: Sendable, CustomTestStringConvertible {
        var decision: String
        var votes: PartyVotes?
        var testDescription: String { String(decision.prefix(60)) }

        init(_ decision: String, for inFavour: [String] = [], against: [String] = [], abstained: [String] = []) {
            self.decision = decision
            votes = PartyVotes(inFavour: inFavour, against: against, abstained: abstained)
        }

        init(_ decision: String, unanimous: Bool) {
            self.decision = decision
            votes = unanimous ? PartyVotes(unanimous: true) : nil
        }
    }

    // Decisions copied from Corpus/greve (file, item number), whitespace as the loader gives it.
    static let real: [Case] = [
        // greve_byraad-2022-2025_2022-01-31.json, item 22
        Case(
            "Byrådet godkendte Økonomiudvalgets indstilling.\n(C) undlod at tage stilling til sagen.\n"
                + "(Ø) og (F) stemte imod indstillingen.\nFraværende: Pernille Beckmann, Tina Rottbøll",
            against: ["F", "Ø"],
            abstained: ["C"]
        ),
        // greve_byraad-2022-2025_2022-03-07.json, item 16
        Case(
            "Byrådet godkendte Økonomiudvalgets indstilling.\n(A), (Ø) og (F) stemte imod med bemærkning om, at "
                + "rengøringsopgaven ønskes løst kommunalt.\nFraværende: Brigitte Klintskov Jerkel, Liselott Blixt",
            against: ["A", "F", "Ø"]
        ),
        // greve_byraad-2022-2025_2022-04-04.json, item 23
        Case(
            "Byrådet godkendte Økonomiudvalgets indstilling.\n (Ø) stemte imod.\n Liselott Blixt (UP) undlod at tage "
                + "stilling.",
            against: ["Ø"],
            abstained: ["UP"]
        ),
        // greve_byraad-2022-2025_2022-04-04.json, item 24
        Case("Byrådet godkendte Økonomiudvalgets indstilling.\n (D) undlod at stemme.", abstained: ["D"]),
        // greve_byraad-2022-2025_2022-05-23.json, item 17
        Case(
            "Med stemmer 19 for og 1 imod godkendte Byrådet administrationens indstillingspunkt 1 med bemærkning om, at "
                + "den fælles overordnede vision bærer navnet ”Naturligvis Greve - gennem helhedssyn og fællesskaber”. \n"
                + " Yderligere godkendte Byrådet med stemmerne 19 for og 1 imod administrationens indstillingspunkt 2 og "
                + "3. \n For stemte: (V), (D), Liselott Blixt (UP), (A) og (C).\n Imod stemte: (Ø).\n (F) undlod at tage "
                + "stilling.",
            for: ["A", "C", "D", "UP", "V"],
            against: ["Ø"],
            abstained: ["F"]
        ),
        // greve_byraad-2022-2025_2022-05-23.json, item 24
        Case(
            "Med stemmerne 17 for godkendte Byrådet Økonomiudvalgets indstilling.\n For stemte: (V), (D), Liselott Blixt "
                + "(UP) og (A). \n (C), (F) og (Ø) undlod at tage stilling.",
            for: ["A", "D", "UP", "V"],
            abstained: ["C", "F", "Ø"]
        ),
        // greve_byraad-2022-2025_2022-05-23.json, item 27
        Case(
            "Byrådet godkendte Økonomiudvalgets indstilling.\n (F) og (Ø) kunne ikke tiltræde indstilling 2 med "
                + "bemærkning om, at de to partier ønsker, at forældelsesfristen suspenderes med virkning fra 31. maj 2022.",
            against: ["F", "Ø"]
        ),
        // greve_byraad-2022-2025_2022-06-20.json, item 21
        Case(
            "Med stemmerne 18 for og 1 imod godkendte Byrådet Økonomiudvalgets indstilling. \n For stemte: (V), (A), (C), "
                + "(D) og Liselott Blixt (UP).\n Imod stemte: (Ø) med bemærkning om, at der ønskes en anden placering af "
                + "Vandværket.\n (F) undlod at tage stilling.",
            for: ["A", "C", "D", "UP", "V"],
            against: ["Ø"],
            abstained: ["F"]
        ),
        // greve_byraad-2022-2025_2022-06-20.json, item 26
        Case(
            "Byrådet godkendte Økonomiudvalgets indstillingspunkt 1, at budgetforslaget skal indeholde "
                + "gradueringsmuligheder.\n Med stemmerne 18 for og 2 imod godkendte Byrådet Økonomiudvalgets "
                + "indstillingspunkt 2. \n For stemte: (V), (A), (C), (D) og Liselott Blixt (UP)\n Stemte imod: (F) og (Ø)",
            for: ["A", "C", "D", "UP", "V"],
            against: ["F", "Ø"]
        ),
        // greve_byraad-2022-2025_2022-09-05.json, item 8
        Case(
            "1. Byrådet 1. behandlede budgetforslaget og videresendte det med stemmerne 19 for og 2 imod til 2. "
                + "behandling med bemærkning om, at der er indgået budgetforlig den 1. september 2022. \n"
                + "For stemte (V), (A), (C), (D) og Liselott Blixt (UP).\nImod stemte (Ø) og (F).\n"
                + "Forliget er sendt i høring og vedlægges protokollen. \n2. Byrådet godkender økonomiudvalgets indstilling.",
            for: ["A", "C", "D", "UP", "V"],
            against: ["F", "Ø"]
        ),
        // greve_byraad-2022-2025_2022-12-12.json, item 17 (the quoted reason says "stemmer imod" again)
        Case(
            "Med stemmerne 17 for og 2 imod godkendte byrådet Økonomiudvalgets indstilling.\nFor stemte: (V), (A), (C), "
                + "(D) og Liselott Blixt (UP).\nImod stemte: \n(F) med bemærkning om, ”at SF stemmer imod, da vi ønsker at "
                + "saunaen skal holde åbent i weekenderne af hensyn til ældre og gigtpatienter.”",
            for: ["A", "C", "D", "UP", "V"],
            against: ["F"]
        ),
        // greve_byraad-2022-2025_2022-12-12.json, item 43 (sic: "udlod")
        Case(
            "Med stemmerne 18 for godkendte byrådet Økonomiudvalgets indstilling.\nFor stemte: (V), (A), (C), (D), (Ø) og "
                + "Liselott Blixt (UP).\n(F) udlod at tage stilling.",
            for: ["A", "C", "D", "UP", "V", "Ø"],
            abstained: ["F"]
        ),
        // greve_byraad-2022-2025_2023-05-15.json, item 44 (sic: "A)" and a bare "Ø")
        Case(
            "Med stemmerne 19 for og 1 imod godkendte Byrådet Økonomiudvalgets indstilling.\nFor stemte (V), A), (C), (F), "
                + "Liselott Blixt (UP-1) og Hans-Jørgen Kirstein (UP-2).\nImod stemte Ø.\nFraværende: Tina Rottbøll",
            for: ["A", "C", "F", "UP", "V"],
            against: ["Ø"]
        ),
        // greve_byraad-2022-2025_2023-12-11.json, item 14 (sic: ", og")
        Case(
            "Med stemmerne 11 for og 10 imod godkendte Byrådet Økonomiudvalgets indstilling. \nFor stemte (V), (M), og "
                + "Liselott Blixt (UP-1).\nImod stemte (A), (C), (Ø), (F) med bemærkning om, at \"man skal som "
                + "gruppe/parti kunne fremstå som samlet gruppe/parti ift. spørgsmål/svar\".",
            for: ["M", "UP", "V"],
            against: ["A", "C", "F", "Ø"]
        ),
        // greve_byraad-2022-2025_2023-12-11.json, item 25 (sic: "stemte stemte")
        Case(
            "Med stemmerne 20 for godkendte Byrådet Økonomiudvalget indstilling. \nFor stemte stemte (V), (A), (C), (M), "
                + "(F) og Liselott Blixt (UP-1). \n(Ø) undlod at stemme.",
            for: ["A", "C", "F", "M", "UP", "V"],
            abstained: ["Ø"]
        ),
        // greve_klima-teknik-og-miljoeudvalget_2022-02-14.json, item 7
        Case(
            "1. Anbefales.\n 2. Administrationens indstilling kan ikke anbefales.\n For administrationens indstilling "
                + "stemte: Bjarke Abel (A)\n Imod administrationens indstilling stemte: Hans-Jørgen Kirstein (D), Torben "
                + "Hoffmann (V) og Claus Jensen (V). \n Claus Dyremose (C) undlod at tage stilling.",
            for: ["A"],
            against: ["D", "V"],
            abstained: ["C"]
        ),
        // greve_klima-teknik-og-miljoeudvalget_2022-06-02.json, item 7
        Case(
            "1.-2. Anbefales. \n Bjarke Abel (A) stemte imod, da (A) ikke ønsker, at finansieringen sker via klimapuljen, "
                + "men henviser finansieringen til budgetforhandlingerne.\n Claus Dyremose (C) undlod at tage stilling.",
            against: ["A"],
            abstained: ["C"]
        ),
        // greve_plan-og-tryghedsudvalget_2023-01-10.json, item 4
        Case(
            "1.-2. Anbefales ikke.\nMarc Genning (V), Torben Hoffmann (V), Per Lund Sørensen (V) og Hans-Jørgen Kirstein "
                + "(D) stemte imod. \nMehmet Zeki Dogru (Ø) stemte for.\nClaus Dyremose (C) undlod at tage stilling.",
            for: ["Ø"],
            against: ["D", "V"],
            abstained: ["C"]
        ),
        // greve_plan-og-tryghedsudvalget_2023-08-15.json, item 3
        Case("Godkendt\nMehmet Zeki Dogru (Ø) og Kenneth Jerkel (A) undlader.", abstained: ["A", "Ø"]),
        // greve_plan-og-tryghedsudvalget_2023-03-14.json, item 7
        Case("Godkendt.\nMehmet Zeki Dogru (Ø) stemmer imod.", against: ["Ø"]),
        // greve_skole-boerne-og-ungeudvalget_2022-11-15.json, item 4 ("(SF)" is the party F)
        Case(
            "1. Udvalget godkender indstillingen\nLinda Heegaard (SF) stemte imod med følgende mindretalsudtalelse:\n"
                + "”SF stemmer mod, da vi mener opgaven har været for snæver i sin fremstilling”.\n"
                + "Fraværende: Anne Marie Lyduch",
            against: ["F"]
        ),
        // greve_klima-teknik-og-miljoeudvalget_2023-11-16.json, item 13 (abridged: the remarks in between)
        Case(
            "1. Anbefales ikke\n2. Anbefales fortsat fastholdt\n3. Anbefales\n(A) og (C) undlader på 1) og 3)",
            abstained: ["A", "C"]
        ),
        // greve_oekonomiudvalget_2023-05-08.json, item 13
        Case(
            "Økonomiudvalget beslutter, at der ikke indføres beskæftigelsesklausul om beskæftigelses af handicappede og "
                + "personer i fleksjob.\nMehmet Zeki Dogru (Ø) og Bjarke Abel (A) stemte for.",
            for: ["A", "Ø"]
        ),
        // greve_byraad-2022-2025_2022-04-04.json, item 13: the vote is on competence, the decision itself unanimous
        Case(
            "Charlotte Levin (A) spurgte byrådet om hun var inhabil i sagens behandling, da hun er næstformand i Tune "
                + "Menighedsråd og daglig leder for personalet. \n For stemte: (V), (A), (C), (Ø), (D), (F) og Liselott "
                + "Blixt (UP)\n Byrådet erklærede Charlotte Levin (A) for inhabil i punktets behandling. \n Charlotte Levin "
                + "(A) forlod herefter lokalet.\n Byrådet godkendte økonomiudvalgets indstilling.\n Ikke til stede:\n "
                + "Charlotte Levin (A)",
            unanimous: true
        ),
        // greve_plan-og-tryghedsudvalget_2023-09-12.json, item 4
        Case("1. Anbefales.\nIkke til stede: Ronni Mark Nielsen (V)", unanimous: true),
        // greve_sundheds-og-omsorgsudvalget_2023-05-22.json, item 2
        Case("Oplægget blev taget til efterretning.\nAfbud fra Tina Rottbøll (A)", unanimous: true),
        // greve_plan-og-tryghedsudvalget_2022-08-16.json, item 4 ("mindretalsudtalelser" is no vote)
        Case(
            "1. Godkendt, idet udvalget ønsker tilføjet, at det er udvalgets håb, at det Bystrategiske Råd vil give input "
                + "i enighed uden mindretalsudtalelser.\n2.-3. Godkendt",
            unanimous: true
        ),
        // Nil: a member named without a party (greve_byraad-2022-2025_2023-03-06.json, item 27)
        Case(
            "Med stemmerne 16 for og 2 imod godkendte byrådet økonomiudvalgets indstilling.\nFor stemte (V), (A), (D), "
                + "(Ø) og Liselott Blixt.\nImod stemte (C) med bemærkning om, at C støtter administrationens "
                + "indstilling.\n(F) undlod at stemme.",
            unanimous: false
        ),
        // Nil: sides that are not for or against (greve_byraad-2022-2025_2022-03-07.json, item 13)
        Case(
            "Med stemmerne 11 for og 8 imod besluttede byrådet ikke at sende forslaget til realitetsbehandling. \n"
                + "(V), (D) og (C) ønskede ikke at sende forslaget til realitetsbehandling.\n(F), (A) og (Ø) ønskede at "
                + "sende forslaget til realitetsbehandling.",
            unanimous: false
        ),
        // Nil: one party on both sides of two votes (greve_byraad-2022-2025_2022-09-05.json, item 16, abridged)
        Case(
            "Med stemmerne 20 for og 1 imod godkendte Byrådet Økonomiudvalgets indstilling.\nFor stemte: (V), (A), (C), "
                + "(D), Liselott Blixt (UP) og (F).\nImod stemte: (Ø).\n(Ø) fremsatte følgende forslag til beslutning: \n"
                + "Byrådet vedtager et mål om at nedsætte omgørelsesprocenten til 20 % over en 5-årig periode.\n"
                + "For stemte: (Ø)\nImod stemte: (V), (A), (C), (D) og Liselott Blixt (UP)\n(F) undlod at tage stilling.",
            unanimous: false
        ),
        // Nil: the committee as a whole abstained (greve_oekonomiudvalget_2022-03-28.json, item 5)
        Case("Økonomiudvalget undlod at tage stilling.", unanimous: false),
        // Nil: a party's position that is no vote (greve_byraad-2022-2025_2022-03-07.json, item 24, abridged)
        Case(
            "Byrådet godkendte Økonomiudvalgets indstilling.\n(A) og (Ø) følger administrationens indstilling.",
            unanimous: false
        ),
    ]

    // Phrasings as other municipalities write them, and the traps around them.
    static let constructed: [Case] = [
        Case("Et flertal bestående af A, V og C godkendte indstillingen.", for: ["A", "C", "V"]),
        Case(
            "Et flertal bestående af A, V og C godkendte indstillingen. Et mindretal bestående af Ø stemte imod.",
            for: ["A", "C", "V"],
            against: ["Ø"]
        ),
        Case("A, V og C stemte for. Ø kunne ikke tiltræde.", for: ["A", "C", "V"], against: ["Ø"]),
        Case("Anbefales. F undlod at stemme.", abstained: ["F"]),
        Case("Godkendt. O tog forbehold.", abstained: ["O"]),
        Case("Godkendt. (Ø) stemte imod.", against: ["Ø"]),
        Case("Anbefales, idet Ø stemmer imod.", against: ["Ø"]),
        Case("Godkendt, idet (F) undlod at stemme.", abstained: ["F"]),
        Case("Indstillingen godkendt. Enhedslisten og Dansk Folkeparti stemte imod.", against: ["O", "Ø"]),
        Case("Godkendt. Socialdemokratiet tog forbehold.", abstained: ["A"]),
        Case("A stemmer for, V og D stemmer imod og C undlader.", for: ["A"], against: ["D", "V"], abstained: ["C"]),
        Case("Godkendt (bilag 3). (L) stemte imod.", against: ["L"]),
        Case("Godkendt.", unanimous: true),
        Case("Anbefales.", unanimous: true),
        Case("Indstillingen godkendt.", unanimous: true),
        Case("Tiltrådt.", unanimous: true),
        Case("Taget til efterretning", unanimous: true),
        Case("Orienteringen blev taget til efterretning.", unanimous: true),
        Case("Godkendt med en ramme på (kr. 1,2 mio.), jf. § 17, stk. 4.", unanimous: true),
        Case("Anbefales, idet A-kasse og bilag A indgår.", unanimous: true),
        Case("Anbefales. Ø ønsker sagen sendt i byrådet.", unanimous: false),
        Case("Udsat.", unanimous: false),
        Case("Sagen blev sendt tilbage til administrationen.", unanimous: false),
        Case("Sagen blev drøftet.", unanimous: false),
        Case("Godkendt. Stemte imod: Udvalget.", unanimous: false),
        Case("Godkendt. Stemte imod.", unanimous: false),
        Case("Godkendt med stemmerne 5 for og 2 imod.", unanimous: false),
        Case("Godkendt. Et mindretal ønskede sagen udsat.", unanimous: false),
        Case("Godkendt. Anne Hansen stemte imod.", unanimous: false),
        Case("Godkendt. Anne Hansen, (V) stemte imod.", unanimous: false),
        Case("Godkendt. (A) stemte for og (A) stemte imod.", unanimous: false),
    ]

    @Test(arguments: real)
    func realDecision(_ example: Case) {
        #expect(VoteParser.votes(in: example.decision) == example.votes)
    }

    @Test(arguments: constructed)
    func constructedDecision(_ example: Case) {
        #expect(VoteParser.votes(in: example.decision) == example.votes)
    }

    @Test(arguments: [
        ("(Ø) stemte imod.", true), ("Med stemmerne 17 for og 2 imod", true), ("Et flertal bestående af A", true),
        ("F undlod at stemme", true), ("O tog forbehold", true), ("Ø kunne ikke tiltræde", true),
        ("Godkendt.", false), ("Orienteringen blev taget til efterretning.", false),
        ("afgivelse af brevstemmer", false),
    ])
    func mentionsVote(_ text: String, _ mentioned: Bool) {
        #expect(VoteParser.mentionsVote(text) == mentioned)
    }
}
