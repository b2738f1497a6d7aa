// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "referat",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "referat", targets: ["referat"]),
        .library(name: "Referat", targets: ["Referat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        // C header + C++ sources over Debian's libxapian and libhunspell; no C++ exception crosses it.
        .target(
            name: "CXapian",
            linkerSettings: [.linkedLibrary("xapian"), .linkedLibrary("hunspell")]
        ),
        // Swift classes that own every Xapian handle.
        .target(name: "XapianKit", dependencies: ["CXapian"]),
        // C reader over libxml2, loaded with dlopen the first time XML is parsed, so no search process loads it.
        .target(name: "CLibXML2"),
        // Meetings, agenda items and the readers that parse published minutes; knows nothing of Xapian.
        .target(name: "Minutes", dependencies: ["CLibXML2"]),
        // Index schema, analysis, indexing, querying and rendering.
        .target(name: "Referat", dependencies: ["XapianKit", "Minutes"]),
        // `referat serve`: the web pages, the JSON API and the Atom feeds over HTTP, on Hummingbird.
        .target(
            name: "ReferatServer",
            dependencies: [
                "Referat",
                "Minutes",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            resources: [.copy("Resources")]
        ),
        // `referat harvest` and `referat sources`: fetches FirstAgenda sites politely into the corpus folder.
        .target(
            name: "Harvest",
            dependencies: [
                "Minutes",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // The `referat` command; its folder is not named like the library's, which a case-insensitive file system
        // would merge with it.
        .executableTarget(
            name: "referat",
            dependencies: [
                "Referat",
                "ReferatServer",
                "Minutes",
                "Harvest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/ReferatCommand"
        ),
        // Debian's SQLite, for the benchmark's FTS5 peer only.
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // Measures indexing and search speed on a corpus, alone or beside Omega and SQLite FTS5; not part of the
        // test suite (`make bench`, `make bench-compare`).
        .executableTarget(
            name: "referat-bench",
            dependencies: [
                "Referat",
                "Minutes",
                "CSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Scores referat's analysis against plain Xapian stemming on the judged queries (`make eval`).
        .executableTarget(
            name: "referat-eval",
            dependencies: [
                "Referat",
                "Minutes",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Builds a large, realistic, seeded corpus of minutes from the shipped real items.
        .target(name: "CorpusGenerator", dependencies: ["Minutes"]),
        // Writes a generated corpus in the real input formats (`make generate`).
        .executableTarget(
            name: "referat-generate",
            dependencies: [
                "CorpusGenerator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "XapianKitTests", dependencies: ["XapianKit"]),
        // CorpusGenerator for its seeded generator, which the fuzz tests draw from.
        .testTarget(
            name: "MinutesTests",
            dependencies: ["Minutes", "CorpusGenerator"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ReferatTests", dependencies: ["Referat", "referat", "CorpusGenerator"]),
        .testTarget(
            name: "ReferatServerTests",
            dependencies: [
                "ReferatServer",
                "Referat",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .testTarget(name: "CorpusGeneratorTests", dependencies: ["CorpusGenerator", "Minutes"]),
        // Harvests from a FirstAgenda site replayed on 127.0.0.1 from the shipped Greve JSON, with faults on demand.
        .testTarget(
            name: "HarvestTests",
            dependencies: [
                "Harvest",
                "Referat",
                "Minutes",
                "referat",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
