import CorpusGenerator
import Foundation
import Testing

/// The same seed and options give byte-identical files; another seed gives another corpus.
@Suite struct DeterminismTests {
    private static let municipalities = ["Ballerup", "Greve", "Aabenraa"]

    // Every file under `folder` by relative path, with its bytes.
    private static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in enumerator {
            if try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
                files[url.standardizedFileURL.path.replacingOccurrences(of: root, with: "")] = try Data(contentsOf: url)
            }
        }
        return files
    }

    private static func corpus(seed: UInt64) throws -> [String: Data] {
        try GeneratedCorpus.withTemporaryFolder { folder in
            let generator = try CorpusGenerator(
                pool: GeneratedCorpus.pool,
                items: 600,
                seed: seed,
                municipalities: municipalities
            )
            let summary = try generator.write(to: folder)
            let files = try files(in: folder)
            #expect(summary.files == files.count)
            #expect(summary.bytes == files.values.map(\.count).reduce(0, +))
            return files
        }
    }

    @Test func sameSeedGivesIdenticalBytes() throws {
        let first = try Self.corpus(seed: 42)
        let second = try Self.corpus(seed: 42)
        #expect(first.count > 30)
        #expect(first.keys.sorted() == second.keys.sorted())
        #expect(first == second)
    }

    @Test func anotherSeedGivesAnotherCorpus() throws {
        let first = try Self.corpus(seed: 42)
        let other = try Self.corpus(seed: 43)
        #expect(first != other)
        // Files shared by name still differ in content.
        let shared = Set(first.keys).intersection(other.keys)
        #expect(shared.allSatisfy { first[$0] != other[$0] })
    }

    @Test func aMunicipalityDoesNotDependOnTheOthersChosen() throws {
        let alone = try CorpusGenerator(pool: GeneratedCorpus.pool, items: 200, seed: 9, municipalities: ["Greve"])
        let withOthers = try CorpusGenerator(
            pool: GeneratedCorpus.pool,
            items: 400,
            seed: 9,
            municipalities: ["Greve", "Aabenraa"]
        )
        let greveAlone = GeneratedCorpus.meetings(alone).map(\.meeting)
        let greveWithOthers = GeneratedCorpus.meetings(withOthers).map(\.meeting).filter {
            $0.municipality == "Greve Kommune"
        }
        #expect(greveAlone == greveWithOthers)
    }
}
