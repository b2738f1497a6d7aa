import Minutes
import Testing

@Suite("HTML to text")
struct HTMLTextTests {
    @Test(arguments: [
        // Inline tags join what they split; they never add a space.
        ("<span>På </span><span>ud</span><span>valgsmød</span><span>et</span>", "På udvalgsmødet"),
        ("<h2><b>I</b>ndstilling</h2>", "Indstilling"),
        ("<p>Beskæftigelses- og Erhvervsu</p>", "Beskæftigelses- og Erhvervsu"),
        // Named, decimal and hexadecimal references; an ampersand that starts none stays.
        ("Byr&aring;d &AElig;blet &oslash; &Oslash;", "Byråd Æblet ø Ø"),
        ("&#230;&#xE6;&#XC6; &#150; &#8211;", "ææÆ – –"),
        ("Teknik & Miljø &foo; &amp;&lt;b&gt;", "Teknik & Miljø &foo; &<b>"),
        ("&sect; 60 &frac12; &rdquo;", "§ 60 ½ ”"),
        // Whitespace, the no-break space included, collapses; soft hyphens vanish.
        ("  a \r\n\t b&nbsp;&nbsp;c\u{00A0} ", "a b c"),
        ("be\u{00AD}slut\u{200B}ning", "beslutning"),
        // Block elements separate paragraphs; br separates lines, two of them paragraphs.
        ("<div>Et</div><div>To</div>", "Et\n\nTo"),
        ("<p>Godkendt. <br>Fraværende: A</p>", "Godkendt.\nFraværende: A"),
        ("<span>Godkendt. <br><br>Fraværende: A</span>", "Godkendt.\n\nFraværende: A"),
        ("<p>&nbsp;</p><p> </p><div><br></div>", ""),
        // Lists keep their markers; ordered lists count.
        ("<ul><li>Et</li><li><p>To</p></li></ul>", "- Et\n- To"),
        ("<ul><li>Et<ul><li>Under</li></ul></li><li>To</ul>", "- Et\n- Under\n- To"),
        (
            "<p>Indstiller, at</p><ol><li>budgettet godkendes</li><li>sagen sendes</li></ol>",
            "Indstiller, at\n\n1. budgettet godkendes\n2. sagen sendes"
        ),
        // Table rows are lines, cells are separated by a tab, paragraphs inside a cell are words.
        (
            "<table><tr><td><p>År</p></td><td>2022</td></tr><tr><td>Beløb</td><td><p>1</p><p>mio.</p></td></tr></table>",
            "År\t2022\nBeløb\t1 mio."
        ),
        // Comments, scripts, styles and attributes holding `>` leave nothing behind.
        (
            "<!-- <p>skjult</p> --><style>p { x: 1 }</style><script>if (a < b) {}</script><p title='a > b'>Synlig</p>",
            "Synlig"
        ),
        ("a < b og <3", "a < b og <3"),
        // Decomposed letters come out composed (NFC).
        ("Mo\u{0308}de a\u{030A}", "Möde å"),
    ])
    func text(html: String, expected: String) {
        #expect(HTMLText.text(from: html) == expected)
    }

    @Test func headingsAreBlocksOfTheirOwn() {
        let html = """
            <div><h3>Beslutning</h3><span>Godkendt.</span></div>
            <h3>Fremstilling</h3>
            <span class='ukendt'><div>
            <h2><span>Sags</span><span>procedure</span></h2>
            <p>Byrådet.</p>
            <h2>Økonomiske
            konsekvenser</h2>
            <h2><em><br>
            </em></h2>
            </div></span>
            """
        #expect(
            HTMLText.blocks(from: html) == [
                .init(kind: .heading(level: 3), text: "Beslutning"),
                .init(kind: .paragraph, text: "Godkendt."),
                .init(kind: .heading(level: 3), text: "Fremstilling"),
                .init(kind: .heading(level: 2), text: "Sagsprocedure"),
                .init(kind: .paragraph, text: "Byrådet."),
                .init(kind: .heading(level: 2), text: "Økonomiske konsekvenser"),
            ]
        )
    }

    @Test func unclosedMarkupEndsWithTheFragment() {
        #expect(HTMLText.blocks(from: "<h2>Resume<p>Tekst") == [.init(kind: .heading(level: 2), text: "Resume Tekst")])
        #expect(HTMLText.text(from: "<p>Tekst <!-- uafsluttet") == "Tekst")
        #expect(HTMLText.text(from: "<p>Tekst</p><span class='a") == "Tekst")
    }
}
