// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "referat",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "referat", targets: ["referat"]),
        .library(name: "Referat", targets: ["Referat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
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
        // The `referat` command; its folder is not named like the library's, which a case-insensitive file system
        // would merge with it.
        .executableTarget(
            name: "referat",
            dependencies: [
                "Referat",
                "Minutes",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
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
        .testTarget(name: "MinutesTests", dependencies: ["Minutes"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReferatTests", dependencies: ["Referat", "referat"]),
        .testTarget(name: "CorpusGeneratorTests", dependencies: ["CorpusGenerator", "Minutes"]),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
