import Foundation
import Referat
import Testing

@Suite("Output that cannot be written is an error")
struct OutputFailureTests {
    /// Runs `referat` with `arguments` (`INDEX` replaced by the path of an index of the seed minutes, `ITEM` by the
    /// id of one of its items) and standard output going to `output`.
    private func referat(_ arguments: [String], writingTo output: FileHandle) throws -> ProcessOutput {
        try withSeedIndex { searcher, directory in
            let item = try #require(try searcher.search(SearchRequest(query: "budget")).hits.first).stored.id
            let index = directory.appendingPathComponent("index").path
            let corpus = directory.appendingPathComponent("corpus").path
            let replaced = arguments.map { ["INDEX": index, "ITEM": item, "CORPUS": corpus][$0] ?? $0 }
            return try run(referatExecutable, replaced, standardOutput: output)
        }
    }

    @Test(arguments: [
        ["search", "--db", "INDEX", "budget"],
        ["search", "--db", "INDEX", "--format", "json", "budget"],
        ["case", "--db", "INDEX", "22/18533"],
        ["show", "--db", "INDEX", "ITEM"],
        ["index", "--db", "INDEX", "CORPUS"],
        ["search", "--help"],
    ])
    func aFullDeviceGivesAnErrorAndStatus2(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        let output = try referat(arguments, writingTo: full)
        #expect(output.status == 2)
        #expect(output.stderr == "referat: cannot write output: No space left on device\n")
    }

    @Test func aClosedPipeStaysQuiet() throws {
        let pipe = Pipe()
        // No reader at all, so the first write fails with EPIPE (or SIGPIPE), whatever the timing.
        try pipe.fileHandleForReading.close()
        let output = try referat(
            ["search", "--db", "INDEX", "--limit", "100", "budget"],
            writingTo: pipe.fileHandleForWriting
        )
        #expect(output.stderr.isEmpty)
        #expect(output.status != 0 && output.status != 2)
    }
}
