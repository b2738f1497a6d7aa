import Foundation
import Minutes
import Testing

@Suite("Loading files")
struct MinutesLoaderTests {
    static let minimal = "Mødedato: 7. marts 2023\n\nPunkt 1: Ærø og Åbenrå\n\nBeslutning\n\nGodkendt.\n"

    @Test func municipalityFromFolderName() throws {
        try TestFiles.withTemporaryDirectory { directory in
            let folder = directory.appendingPathComponent("haderslev", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let url = folder.appendingPathComponent("referat.txt")
            try FileManager.default.copyItem(at: try TestFiles.fixture(TestFiles.haderslev), to: url)
            let meeting = try MinutesLoader().load(fileAt: url)
            #expect(meeting.municipality == "Haderslev Kommune")
            #expect(meeting.items.count == 10)
        }
    }

    @Test func municipalityFromFileNameAndArgument() throws {
        let url = try TestFiles.fixture(TestFiles.haderslev)
        #expect(try MinutesLoader().load(fileAt: url).municipality == "Haderslev Kommune")
        #expect(try MinutesLoader().load(fileAt: url, municipality: "koebenhavn").municipality == "Københavns Kommune")
        #expect(try MinutesLoader().load(fileAt: url, municipality: "Testby Kommune").municipality == "Testby Kommune")
    }

    @Test func municipalityNamedByTheDocumentWinsOverTheFolder() throws {
        try TestFiles.withTemporaryDirectory { directory in
            let folder = directory.appendingPathComponent("greve", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let url = folder.appendingPathComponent("referat.txt")
            try FileManager.default.copyItem(at: try TestFiles.fixture(TestFiles.hedensted), to: url)
            #expect(try MinutesLoader().load(fileAt: url).municipality == "Hedensted Kommune")
        }
    }

    @Test func noMunicipalityAnywhere() throws {
        try TestFiles.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("referat.txt")
            try Data(Self.minimal.utf8).write(to: url)
            #expect(try MinutesLoader().load(fileAt: url).municipality == nil)
        }
    }

    @Test(arguments: [
        ("empty", Data(), "empty file"),
        ("binary", Data([0x25, 0x00, 0x01, 0x02, 0x00, 0xFF, 0x10, 0x00]), "not text (binary data)"),
        ("invalid", Data("Referat ".utf8) + Data([0x81, 0x8D, 0x90, 0x9D, 0xC3, 0x28]), "not valid UTF-8 text"),
        ("no items", Data("Referat\n\nMødedato: 7. marts 2023\n\nIngen punkter.\n".utf8), "no agenda items found"),
        ("no date", Data("Referat\n\nPunkt 1: Eventuelt\n\nBeslutning\n\nIntet.\n".utf8), "no meeting date found"),
    ])
    func badInput(name: String, contents: Data, reason: String) throws {
        try TestFiles.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("\(name).txt")
            try contents.write(to: url)
            #expect(throws: MinutesError(path: url.path, reason: reason)) {
                try MinutesLoader().load(fileAt: url)
            }
        }
    }

    @Test func missingFile() throws {
        let url = URL(fileURLWithPath: "/nonexistent/referat.txt")
        #expect(throws: MinutesError(path: url.path, reason: "no such file")) {
            try MinutesLoader().load(fileAt: url)
        }
    }

    @Test func unreadableFile() throws {
        try TestFiles.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("locked.txt")
            try Data(Self.minimal.utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: url.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path) }
            // Root reads any file whatever its mode, so the refusal can only be checked as another user.
            if getuid() == 0 {
                #expect(try MinutesLoader().load(fileAt: url).items.count == 1)
            } else {
                #expect(throws: MinutesError(path: url.path, reason: "permission denied")) {
                    try MinutesLoader().load(fileAt: url)
                }
            }
        }
    }

    @Test(arguments: [
        ("UTF-8 with BOM", Data([0xEF, 0xBB, 0xBF]) + Data(minimal.utf8)),
        ("Windows-1252", Data(minimal.unicodeScalars.map { UInt8($0.value) })),
        (
            "UTF-16 LE with BOM",
            Data([0xFF, 0xFE]) + Data(minimal.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        ),
        ("UTF-8 with CRLF", Data(minimal.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        ("UTF-8 decomposed (NFD)", Data(minimal.decomposedStringWithCanonicalMapping.utf8)),
    ])
    func encodings(name: String, contents: Data) throws {
        try TestFiles.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("referat.txt")
            try contents.write(to: url)
            let meeting = try MinutesLoader().load(fileAt: url)
            #expect(meeting.date == CalendarDate(year: 2023, month: 3, day: 7))
            #expect(meeting.items.first?.title == "Ærø og Åbenrå")
            #expect(meeting.items.first?.decision == "Godkendt.")
        }
    }

    @Test func readerChoiceIsByContent() {
        let reader = TextMinutesReader()
        let url = URL(fileURLWithPath: "/x/minutes.txt")
        #expect(reader.canRead(SourceDocument(url: url, text: Self.minimal)))
        #expect(!reader.canRead(SourceDocument(url: url, text: "{\"Moede\": {}}")))
        #expect(!reader.canRead(SourceDocument(url: url, text: "<?xml version=\"1.0\"?><referat/>")))
        #expect(!reader.canRead(SourceDocument(url: url, data: Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))))
    }
}
