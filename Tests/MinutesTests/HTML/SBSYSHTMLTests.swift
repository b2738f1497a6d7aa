import Minutes
import Testing

// The HTML that SBSYS item fields carry in CDATA (the snippets are from Ballerup's KMB IT-udvalget agenda of
// 15 May 2013), read as the SBSYS reader reads it: every list item marked `- `.
@Suite("SBSYS field HTML to text")
struct SBSYSHTMLTests {
    @Test(arguments: [
        // Nested spans add nothing; `&nbsp;` is a space; the editor's indentation collapses.
        (
            "<p>\n\t<span face=\"\"><span face=\"\">KMB IT-udvalget den 5.&nbsp;december 2012 Punkt 3 </span></span></p>\n",
            "KMB IT-udvalget den 5. december 2012 Punkt 3"
        ),
        (
            "<p>\n\tOpg&oslash;res ikke i nuv&aelig;rende sag.</p>\n",
            "Opgøres ikke i nuværende sag."
        ),
        // Paragraphs are separated by a blank line; `&#39;` is an apostrophe.
        (
            "<p>\n\t<span face=\"\">Efter indf&oslash;relsen af eDagsorden p&aring; iPad.</span></p>\n<p>\n\t"
                + "<span face=\"\">Om de udover iPad&#39;en &oslash;nsker en&nbsp;b&aelig;rbar pc og printer.</span></p>\n",
            "Efter indførelsen af eDagsorden på iPad.\n\nOm de udover iPad'en ønsker en bærbar pc og printer."
        ),
        // An ordered list styled with letters gets bullets; a paragraph holding only `&nbsp;` is no paragraph.
        (
            "<p>\n\tCenter&nbsp;for IT og Digitalisering&nbsp;indstiller, at</p>\n"
                + "<ol start=\"1\" style=\"list-style-type: upper-alpha\">\n\t<li>\n\t\tGennemf&oslash;relse af "
                + "pilottest godkendes.</li>\n\t<li>\n\t\tPilottesten gennemf&oslash;res fra september til november "
                + "2013.</li>\n</ol>\n<p>\n\t&nbsp;</p>\n",
            "Center for IT og Digitalisering indstiller, at\n\n- Gennemførelse af pilottest godkendes.\n"
                + "- Pilottesten gennemføres fra september til november 2013."
        ),
        // What the former OS2 converter handled besides: line breaks, headings, unordered lists, tables, scripts.
        ("<p>Godkendt.<br>Fraværende: A</p>", "Godkendt.\nFraværende: A"),
        ("<h3>Beslutning</h3><p>Godkendt</p>", "Beslutning\n\nGodkendt"),
        ("<ul><li>Et</li><li>To</li></ul>", "- Et\n- To"),
        ("<table><tr><td>År</td><td>2013</td></tr><tr><td>Beløb</td><td>5</td></tr></table>", "År\t2013\nBeløb\t5"),
        ("<style>p { color: red }</style><p>Syn&shy;lig</p><script>x = '<p>'</script>", "Synlig"),
    ])
    func text(html: String, expected: String) {
        #expect(HTMLText.text(from: html, listMarkers: .bullets) == expected)
    }

    @Test func orderedListsAreCountedUnlessBulletsAreAskedFor() {
        let html = "<ol style=\"list-style-type: upper-alpha\"><li>Status dr&oslash;ftes.</li><li>Godkendes.</li></ol>"
        #expect(HTMLText.text(from: html) == "1. Status drøftes.\n2. Godkendes.")
        #expect(HTMLText.text(from: html, listMarkers: .bullets) == "- Status drøftes.\n- Godkendes.")
    }
}
