import Foundation
import Testing

/// The index is a plain Xapian database: Xapian's own tools and bindings read it.
@Suite("Xapian's own clients read the index")
struct OutsideClientTests {
    // referat's stems are hunspell lemmas, which no Snowball stemmer gives: outside clients search the words as written.
    @Test func pythonBindingsFindItem89() throws {
        try withSeedIndex { (_, directory) throws in
            let script = """
                import json, sys, xapian
                db = xapian.Database(sys.argv[1])
                parser = xapian.QueryParser()
                parser.set_stemming_strategy(xapian.QueryParser.STEM_NONE)
                enquire = xapian.Enquire(db)
                enquire.set_query(parser.parse_query("kontanthjælpsmodtagere"))
                for match in enquire.get_mset(0, 1):
                    print(json.loads(match.document.get_data().split(b"\\n", 1)[0])["id"])
                """
            let output = try run(
                URL(fileURLWithPath: "/usr/bin/python3"),
                ["-c", script, directory.appendingPathComponent("index").path]
            )
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout == "haderslev-kommune/beskaeftigelse-og-borgerserviceudvalget/2022-09-15/89\n")
        }
    }

    @Test func questFindsItemsWithABooleanFilter() throws {
        try withSeedIndex { (_, directory) throws in
            let output = try run(
                URL(fileURLWithPath: "/usr/bin/quest"),
                ["-d", directory.appendingPathComponent("index").path, "-s", "danish", "-b", "sag:XC", "sag:21/24526"]
            )
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.contains("MSet:"))
            #expect(output.stdout.components(separatedBy: "\"id\":\"haderslev-kommune/").count - 1 == 4)
        }
    }
}
