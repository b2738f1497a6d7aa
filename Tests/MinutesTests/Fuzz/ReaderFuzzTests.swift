import CorpusGenerator
import Foundation
import Testing

/// A seeded fuzz run over every reader: the shipped real files, mutated byte-wise and structurally, must each read
/// as a well-formed meeting or fail with a `MinutesError` that names the file and says why (``ReaderProperties``).
///
/// The run is the same on every machine. `REFERAT_FUZZ_SEED` and `REFERAT_FUZZ_BYTES` (how many bytes of mutants
/// to read per file, default 3 MB) give another or a longer run. A failing mutant is saved to the temporary
/// directory; once fixed, it goes into `Fixtures/fuzz`, which ``foundInputsStayFixed(name:)`` reads on every run.
@Suite("Mutated real minutes never crash a reader")
struct ReaderFuzzTests {
    /// The real files mutated: every fixture the readers parse themselves (PDFs go through pdftotext).
    static let seeds = [
        "greve/greve_byraad-2022-2025_2022-01-14.json",
        "greve/greve_byraad-2022-2025_2022-01-14-ekstraordinaert.json",
        "greve/greve_beskaeftigelses-og-erhvervsudvalget_2022-02-07.json",
        "greve/greve_plan-og-tryghedsudvalget_2022-10-11.json",
        "ballerup/ballerup-kommune_sundheds-og-forebyggelsesudvalget_2012-12-04.edoc.xml",
        "ballerup/ballerup-kommune_kmb-it-udvalget_2013-05-15.sbsys.xml",
        "acadre/syddjurs_forretningsudvalget_2023-06-12.acadre.xml",
        "haderslev_beskaeftigelse-og-borgerserviceudvalget_2022-09-15.txt",
        "hedensted_udvalget-for-beskaeftigelse_2023-03-07.txt",
        "hedensted_udvalget-for-beskaeftigelse_2023-03-07-ekstraordinaert.txt",
    ]

    static let seed = ProcessInfo.processInfo.environment["REFERAT_FUZZ_SEED"].flatMap { UInt64($0) } ?? 17
    static let bytesPerFile =
        ProcessInfo.processInfo.environment["REFERAT_FUZZ_BYTES"].flatMap { Int($0) } ?? 3_000_000

    @Test(arguments: seeds.indices)
    func mutantsReadOrFailWithAReason(index: Int) throws {
        let path = Self.seeds[index]
        let bytes = [UInt8](try TestFiles.data(atFixturePath: path))
        let other = [UInt8](try TestFiles.data(atFixturePath: Self.seeds[(index + 1) % Self.seeds.count]))
        let name = URL(fileURLWithPath: path).lastPathComponent
        var random = SeededGenerator(seed: Self.seed &+ UInt64(index) &* 0x1_0000_0001)
        var failures = 0
        for round in 0..<max(50, min(2000, Self.bytesPerFile / bytes.count)) {
            let mutant = Mutation.mutated(bytes, other: other, using: &random)
            guard let problem = ReaderProperties.problem(reading: mutant, as: name) else { continue }
            let saved = try Self.save(mutant, as: "seed\(Self.seed)-round\(round)-\(name)")
            Issue.record("\(path), round \(round): \(problem); the input is at \(saved.path)")
            failures += 1
            if failures == 5 { return }
        }
    }

    /// The inputs earlier runs found wrong, each now fixed.
    static let found: [String] = {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/fuzz"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test(arguments: found)
    func foundInputsStayFixed(name: String) throws {
        let bytes = [UInt8](try TestFiles.data(atFixturePath: "fuzz/" + name))
        let problem = ReaderProperties.problem(reading: bytes, as: name)
        #expect(problem == nil)
    }

    private static func save(_ bytes: [UInt8], as name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("referat-fuzz")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }
}
