import Foundation
import Minutes
import Testing

@Suite("Publishing XML with an internal DTD subset")
struct InternalSubsetTests {
    static let declaration = "<?xml version=\"1.0\"?>"

    /// The Ballerup eDoc export with `doctype` after its XML declaration and `published` replaced by `replacement`.
    static func eDoc(
        doctype: String,
        replacing published: String = "<Meeting>",
        with replacement: String = "<Meeting>"
    )
        throws -> Data
    {
        let data = try TestFiles.data(
            atFixturePath: "ballerup/" + BallerupFiles.eDoc,
            replacing: published,
            with: replacement
        )
        let text = String(decoding: data, as: UTF8.self)
        try #require(text.hasPrefix(declaration))
        return Data((declaration + "\r\n" + doctype + text.dropFirst(declaration.count)).utf8)
    }

    @Test(arguments: [
        "<!DOCTYPE Meeting>",
        "<!DOCTYPE Meeting [ <!ELEMENT Meeting ANY> ]>",
        "<!DOCTYPE Meeting [\n  <!ELEMENT Meeting ANY>\n  <!ATTLIST Meeting id CDATA #IMPLIED>\n]>",
        "<!DOCTYPE Meeting [ <!-- a > in a comment ] --> <!ATTLIST Meeting note CDATA \"a > b ]\"> ]>",
        "<!DOCTYPE Meeting [ <!ENTITY note 'not used, ] and >'> ]>",
    ])
    func readsAsWithout(doctype: String) throws {
        let plain = try BallerupFiles.load(BallerupFiles.eDoc)
        let meeting = try BallerupFiles.load(try Self.eDoc(doctype: doctype), as: BallerupFiles.eDoc)
        #expect(meeting == plain)
    }

    @Test func anInternalEntityIsReplaced() throws {
        let data = try Self.eDoc(
            doctype: "<!DOCTYPE Meeting [ <!ENTITY udvalg \"Sundheds- og Forebyggelsesudvalget\"> ]>",
            replacing: "<Committee>Sundheds- og Forebyggelsesudvalget</Committee>",
            with: "<Committee>&udvalg;</Committee>"
        )
        let meeting = try BallerupFiles.load(data, as: BallerupFiles.eDoc)
        #expect(meeting.committee == "Sundheds- og Forebyggelsesudvalget")
    }

    @Test func anExternalEntityIsNeverRead() throws {
        try TestFiles.withTemporaryDirectory { directory in
            let secret = directory.appendingPathComponent("secret.txt")
            try Data("HEMMELIG".utf8).write(to: secret)
            let data = try Self.eDoc(
                doctype: "<!DOCTYPE Meeting [ <!ENTITY sted SYSTEM \"\(secret.absoluteString)\"> ]>",
                replacing: "<Committee>Sundheds- og Forebyggelsesudvalget</Committee>",
                with: "<Committee>Sundheds- og Forebyggelsesudvalget&sted;</Committee>"
            )
            let meeting = try BallerupFiles.load(data, as: BallerupFiles.eDoc)
            #expect(meeting.committee == "Sundheds- og Forebyggelsesudvalget")
        }
    }

    @Test func anEntityBombIsRefused() throws {
        let levels = (1...9).map { level in
            "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        let data = try Self.eDoc(
            doctype: "<!DOCTYPE Meeting [ <!ENTITY l0 \"ha\"> " + levels.joined(separator: " ") + " ]>",
            replacing: "<Committee>Sundheds- og Forebyggelsesudvalget</Committee>",
            with: "<Committee>&l9;</Committee>"
        )
        let error = try BallerupFiles.error(loading: data, as: BallerupFiles.eDoc)
        #expect(error?.reason == "not well-formed XML (entity expansion too large, line 1)")
    }
}
