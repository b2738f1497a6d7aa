import Foundation
import Testing

@Suite("The referat command, end to end")
struct CommandTests {
    /// Runs `referat index` on a copy of the seed minutes, then `body` with the index path.
    private func withIndexedCorpus(_ body: (String, URL) throws -> Void) throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("Corpus")
            try Project.copySeedMinutes(to: corpus)
            let index = directory.appendingPathComponent("Index").path
            let output = try run(referatExecutable, ["index", "--db", index, corpus.path])
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.contains("2 files, 2 indexed, 0 unchanged, 0 failed; 2 meetings, 24 items"))
            try body(index, directory)
        }
    }

    @Test func indexAndSearchAsJSON() throws {
        try withIndexedCorpus { (index, _) throws in
            let output = try run(
                referatExecutable,
                ["search", "--db", index, "--format", "json", "kontanthjælpsmodtagere"]
            )
            #expect(output.status == 0)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
            #expect(json["query"] as? String == "kontanthjælpsmodtagere")
            #expect(json["offset"] as? Int == 0)
            #expect(json["limit"] as? Int == 10)
            #expect(json.keys.contains("suggestion"))
            let hits = try #require(json["hits"] as? [[String: Any]])
            #expect(json["total"] as? Int == hits.count)
            let first = try #require(hits.first)
            #expect(first["item"] as? String == "89")
            #expect(first["date"] as? String == "2022-09-15")
            #expect(first["case"] as? String == "22/18533")
            #expect(first["closed"] as? Bool == false)
            #expect(first["municipality"] as? String == "Haderslev Kommune")
            #expect((first["snippet"] as? String)?.contains("<mark>") == true)
            for key in ["id", "rank", "score", "committee", "title", "decision", "source"] {
                #expect(first.keys.contains(key), "hit lacks \(key)")
            }
            let facets = try #require(json["facets"] as? [String: [String: Int]])
            #expect(facets["year"]?.values.reduce(0, +) == hits.count)
        }
    }

    @Test func textOutputShowsWhatAHitIs() throws {
        try withIndexedCorpus { (index, _) throws in
            let output = try run(
                referatExecutable,
                ["search", "--db", index, "--committee", "udvalget for", "kontanthjælpsloftet"]
            )
            #expect(output.status == 0)
            #expect(output.stdout.contains("2023-03-07  Hedensted Kommune · Udvalget for Beskæftigelse · item 27"))
            #expect(output.stdout.contains("Statistik vedrørende kontanthjælpsloftet 4. kvartal 2022"))
            #expect(output.stdout.contains("Case 15.00.00-A00-1-21"))
            #expect(!output.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
        }
    }

    @Test func caseListsTheHistory() throws {
        try withIndexedCorpus { (index, _) throws in
            let output = try run(referatExecutable, ["case", "--db", index, "--format", "json", "21/24526"])
            #expect(output.status == 0)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
            #expect(json["case"] as? String == "21/24526")
            let items = try #require(json["items"] as? [[String: Any]])
            #expect(items.compactMap { $0["item"] as? String } == ["88", "95", "96", "97"])
            #expect(items.compactMap { $0["rank"] as? Int } == [1, 2, 3, 4])
        }
    }

    @Test(arguments: [
        ["search", "udvalg AND"],
        ["search", "--from", "marts", "budget"],
        ["search", "--from", "31. februar 2023", "budget"],
        ["search", "--limit", "-3", "budget"],
        ["search", "--no-such-option", "budget"],
        ["search", "--committee", "teknik", "budget"],
    ])
    func badInputGetsOneLineOnStderr(arguments: [String]) throws {
        try withIndexedCorpus { (index, _) throws in
            let output = try run(referatExecutable, [arguments[0], "--db", index] + arguments.dropFirst())
            #expect(output.status != 0)
            #expect(output.stdout.isEmpty)
            let lines = output.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(output.stderr)")
            #expect(lines.first?.hasPrefix("referat: ") == true)
        }
    }

    @Test func aMissingIndexIsOneLine() throws {
        try withTemporaryDirectory { (directory) throws in
            let output = try run(
                referatExecutable,
                ["search", "--db", directory.appendingPathComponent("none").path, "budget"]
            )
            #expect(output.status != 0)
            #expect(output.stderr.hasPrefix("referat: no index at "))
            #expect(output.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func aBadFileIsNamedAndTheExitStatusSaysSo() throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("Corpus")
            try Project.copySeedMinutes(to: corpus)
            let broken = corpus.appendingPathComponent("broken.txt")
            try Data([0x00, 0x01, 0x02, 0xFF]).write(to: broken)
            let index = directory.appendingPathComponent("Index").path
            let output = try run(referatExecutable, ["index", "--db", index, corpus.path])
            #expect(output.status == 1)
            #expect(output.stderr.contains("referat: skipped \(broken.path): "))
            #expect(output.stdout.contains("24 items"))
        }
    }
}
