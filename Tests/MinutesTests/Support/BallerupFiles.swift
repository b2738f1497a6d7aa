import Foundation
import Minutes
import Testing

/// The Ballerup fixtures: one meeting published as PDF and as eDoc XML, another as SBSYS XML.
enum BallerupFiles {
    /// Sundheds- og Forebyggelsesudvalget, 4 December 2012, the published PDF.
    static let pdf = "ballerup-kommune_sundheds-og-forebyggelsesudvalget_2012-12-04.pdf"
    /// The same meeting as eDoc publishing XML.
    static let eDoc = "ballerup-kommune_sundheds-og-forebyggelsesudvalget_2012-12-04.edoc.xml"
    /// KMB IT-udvalget, 15 May 2013, as SBSYS publishing XML.
    static let sbsys = "ballerup-kommune_kmb-it-udvalget_2013-05-15.sbsys.xml"
    /// A one-page PDF holding only a drawn rectangle: no text layer.
    static let noTextLayer = "no-text-layer.pdf"

    /// The URL of the fixture `name` in `Fixtures/ballerup`.
    static func url(_ name: String) throws -> URL {
        let url = URL(fileURLWithPath: name)
        return try #require(
            Bundle.module.url(
                forResource: url.deletingPathExtension().lastPathComponent,
                withExtension: url.pathExtension,
                subdirectory: "Fixtures/ballerup"
            )
        )
    }

    /// The bytes of the fixture `name`.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: try url(name))
    }

    /// Loads the fixture `name` as the index would: default readers, municipality from the file name.
    static func load(_ name: String) throws -> Meeting {
        try MinutesLoader().load(fileAt: try url(name))
    }

    /// Loads `data` written to a file called `name` in a temporary directory.
    static func load(
        _ data: Data,
        as name: String,
        readers: [any MinutesReader] = MinutesLoader.defaultReaders
    )
        throws -> Meeting
    {
        try TestFiles.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent(name)
            try data.write(to: url)
            return try MinutesLoader(readers: readers).load(fileAt: url)
        }
    }

    /// The error loading `data` as a file called `name` throws, or `nil` when it loads.
    static func error(
        loading data: Data,
        as name: String,
        readers: [any MinutesReader] = MinutesLoader.defaultReaders
    )
        throws -> MinutesError?
    {
        try TestFiles.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent(name)
            try data.write(to: url)
            do {
                _ = try MinutesLoader(readers: readers).load(fileAt: url)
                return nil
            } catch let error as MinutesError {
                return error
            }
        }
    }
}
