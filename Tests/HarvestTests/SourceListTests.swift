import Foundation
import Harvest
import Testing

/// The sources file: one site per line, read strictly, folders built by referat.
@Suite("Sources file")
struct SourceListTests {
    @Test func theShippedFileListsGreve() throws {
        let sources = try SourceList.load(path: HarvestFixtures.root.appendingPathComponent("sources.tsv").path)
        #expect(sources.map(\.municipality) == ["Greve Kommune"])
        #expect(sources.first?.baseURL.absoluteString == "https://dagsordener.greve.dk")
        #expect(sources.first?.folder == "greve")
        #expect(sources.first?.kind == .firstagenda)
    }

    @Test(arguments: [
        ("Greve Kommune\thttps://dagsordener.greve.dk\tfirstagenda", "greve"),
        ("Høje-Taastrup Kommune  https://dagsordener.htk.dk", "hoeje-taastrup"),
        ("Bornholms Regionskommune\thttps://x.example\tFirstAgenda", "bornholms"),
        ("../../etc Kommune\thttps://x.example", "etc"),
    ])
    func aLineGivesASourceAndItsFolder(line: String, folder: String) throws {
        let sources = try SourceList.parse("# comment\n\n" + line + "\n", path: "sources.tsv")
        #expect(sources.map(\.folder) == [folder])
    }

    @Test(arguments: [
        ("Greve Kommune", "sources.tsv:1: expected municipality, base URL and kind separated by tabs"),
        ("Greve Kommune\tftp://greve.dk", "sources.tsv:1: not an http(s) address: ftp://greve.dk"),
        (
            "Greve Kommune\thttps://greve.dk\tnetpublicator",
            "sources.tsv:1: unknown kind netpublicator (known: firstagenda)"
        ),
        (
            "Greve Kommune\thttps://a.dk\nGreve\thttps://b.dk",
            "sources.tsv:2: Greve would share the folder greve with Greve Kommune"
        ),
    ])
    func aBadLineIsNamed(text: String, message: String) {
        #expect(throws: HarvestError.self) { try SourceList.parse(text, path: "sources.tsv") }
        do {
            _ = try SourceList.parse(text, path: "sources.tsv")
        } catch {
            #expect(error.description == message)
        }
    }
}
