import Foundation
import Minutes
import Testing

/// Fixture files and throwaway directories for the minutes tests.
enum TestFiles {
    /// The Haderslev minutes of 15 September 2022 (markdown-like text from the published PDF).
    static let haderslev = "haderslev_beskaeftigelse-og-borgerserviceudvalget_2022-09-15"
    /// The Hedensted minutes of 7 March 2023 (plain text from the published PDF).
    static let hedensted = "hedensted_udvalget-for-beskaeftigelse_2023-03-07"

    /// The URL of the fixture `name` (a `.txt` file in `Fixtures`).
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
    }

    /// The bytes of the fixture at `path` in `Fixtures`, e.g. `greve/greve_byraad-2022-2025_2022-01-14.json`.
    static func data(atFixturePath path: String) throws -> Data {
        let bundle = try #require(Bundle.module.resourceURL)
        return try Data(contentsOf: bundle.appendingPathComponent("Fixtures").appendingPathComponent(path))
    }

    /// The text of the fixture at `path` in `Fixtures` with `published`, which it must hold, replaced by
    /// `replacement`, as bytes: a real document altered in one place.
    static func data(atFixturePath path: String, replacing published: String, with replacement: String) throws -> Data {
        let text = try #require(String(data: try data(atFixturePath: path), encoding: .utf8))
        try #require(text.contains(published))
        return Data(text.replacingOccurrences(of: published, with: replacement).utf8)
    }

    /// Parses the fixture `name` with the text reader alone, so nothing but the document names the municipality.
    static func readFixture(_ name: String) throws -> Meeting {
        let url = try fixture(name)
        return try TextMinutesReader().read(SourceDocument(url: url, data: try Data(contentsOf: url)))
    }

    /// Runs `body` with a new empty directory that is removed afterwards, whatever happens.
    static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("MinutesTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    /// Parses `text` as the text reader would parse a file holding it.
    static func read(_ text: String) throws -> Meeting {
        try TextMinutesReader().read(SourceDocument(url: URL(fileURLWithPath: "/variants/minutes.txt"), text: text))
    }

    /// `text` with every run of whitespace as one space, for comparing paragraphs regardless of line breaks.
    static func collapsed(_ text: String?) -> String? {
        text.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }
}
