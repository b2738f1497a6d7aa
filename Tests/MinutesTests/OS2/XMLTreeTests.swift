import Foundation
import Testing

@testable import Minutes

@Suite("The XML element tree, parsed by libxml2")
struct XMLTreeTests {
    @Test(arguments: [
        ("<r a=\"1\" b='x &amp; y'><c>one</c><c id=\"2\"/></r>", "r{a=1,b=x & y}[c\"one\",c{id=2}]"),
        ("<r>&amp; &lt;&#230;&#xE6;<![CDATA[<b>&amp;</b>]]></r>", "r\"& <ææ<b>&amp;</b>\""),
        ("<r>a<c>b</c>c</r>", "r\"ac\"[c\"b\"]"),
        ("<?xml version=\"1.0\"?>\n<!-- note -->\n<r>\n  <?pi x?><!-- c --><c/>\n</r>\n", "r\"\n  \n\"[c]"),
        ("<ns:R xmlns:ns=\"urn:x\"><ns:N ns:a=\"v\">t</ns:N></ns:R>", "ns:R{xmlns:ns=urn:x}[ns:N{ns:a=v}\"t\"]"),
        ("<r x=\"1\n2\t3\"/>", "r{x=1 2 3}"),
        ("\u{FEFF}<r>BOM</r>", "r\"BOM\""),
        ("<r>a\r\nb</r>", "r\"a\nb\""),
        ("<r>a&#xC;b\u{0C}c&#12;</r>", "r\"abc\""),
        ("<!DOCTYPE r [<!ENTITY me \"Mette\">]><r t=\"&me;\">hej &me;</r>", "r{t=Mette}\"hej Mette\""),
    ])
    func parses(document: String, outline expected: String) throws {
        #expect(outline(try XMLTree.parse(Data(document.utf8))) == expected)
    }

    @Test(arguments: [
        ("ISO-8859-1", [0xE6, 0xF8, 0xE5, 0xC6, 0xD8, 0xC5] as [UInt8], "æøåÆØÅ"),
        ("windows-1252", [0xE6, 0xF8, 0xE5, 0x80, 0x96] as [UInt8], "æøå€–"),
    ])
    func decodesTheDeclaredEncoding(encoding: String, bytes: [UInt8], text: String) throws {
        let document =
            Data("<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<r a=\"".utf8) + bytes
            + Data("\">".utf8) + bytes + Data("</r>".utf8)
        let root = try XMLTree.parse(document)
        #expect(root.text == text)
        #expect(root.attributes["a"] == text)
    }

    @Test func neverLoadsAnExternalEntity() throws {
        try TestFiles.withTemporaryDirectory { directory in
            let secret = directory.appendingPathComponent("secret.txt")
            try Data("SECRET".utf8).write(to: secret)
            let document = """
                <!DOCTYPE r [<!ENTITY x SYSTEM "\(secret.absoluteString)">]>
                <r>[&x;]</r>
                """
            let root = try XMLTree.parse(Data(document.utf8))
            #expect(root.text == "[]")
        }
    }

    /// Documents libxml2 rejects, and why; the bytes are what a file would hold.
    static let rejected: [(bytes: [UInt8], reason: String)] = [
        (Array("plain text, no markup".utf8), "empty document, line 1"),
        (Array("<r>\n<c>text".utf8), "document ends too early, line 2"),
        (Array("<r>\n<c>text</c".utf8), "document ends too early, line 2"),
        (Array("<r>\n<c a=\"cut".utf8), "document ends too early, line 2"),
        (Array("<r>".utf8) + [0xE6, 0x41] + Array("</r>".utf8), "invalid character, line 1"),
        (Array("<r>\n<c>\n</r>\n".utf8), "mismatched tags, line 3"),
        (Array("<r>\n\n&nbsp;</r>".utf8), "parser error 26, line 3"),
        (Array("<r a=\"1\" a=\"2\"/>".utf8), "parser error 42, line 1"),
    ]

    @Test(arguments: rejected)
    func rejects(bytes: [UInt8], reason: String) {
        #expect(throws: XMLTree.Failure(reason: "not well-formed XML (\(reason))")) {
            try XMLTree.parse(Data(bytes))
        }
    }

    @Test func aFailureAfterDroppingForbiddenCharactersIsTheOneReported() {
        // The strict parse stops at the form feed on line 2; what is wrong is the unclosed element on line 3.
        let document = Data("<r>\n&#xC;\n<c></r>".utf8)
        #expect(throws: XMLTree.Failure(reason: "not well-formed XML (mismatched tags, line 3)")) {
            try XMLTree.parse(document)
        }
    }

    // The element as one line: name, {sorted attributes}, "text", [children].
    private func outline(_ element: XMLTree.Element) -> String {
        var result = element.name
        if !element.attributes.isEmpty {
            let attributes = element.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            result += "{" + attributes.joined(separator: ",") + "}"
        }
        if !element.text.isEmpty { result += "\"\(element.text)\"" }
        if !element.children.isEmpty { result += "[" + element.children.map(outline).joined(separator: ",") + "]" }
        return result
    }
}
