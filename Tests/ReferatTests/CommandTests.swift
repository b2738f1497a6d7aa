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

    @Test func ndjsonPrintsTheJSONHitsOnePerLine() throws {
        try withIndexedCorpus { (index, _) throws in
            let query = ["--db", index, "--limit", "50", "kontanthjælpsmodtagere"]
            let json = try run(referatExecutable, ["search", "--format", "json"] + query)
            let lines = try run(referatExecutable, ["search", "--format", "ndjson"] + query)
            #expect(lines.status == 0, "\(lines.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let hits = try #require(object["hits"] as? [[String: Any]])
            #expect(hits.count > 1)
            let rows = lines.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(rows.count == hits.count + 1, "one object per line")
            #expect(rows.last == "", "the last line ends too")
            for (row, hit) in zip(rows, hits) {
                let decoded = try JSONSerialization.jsonObject(with: Data(row.utf8))
                #expect(try canonicalJSON(decoded) == canonicalJSON(hit))
            }
            let none = try run(referatExecutable, ["search", "--db", index, "--format", "ndjson", "zzqqxx"])
            #expect(none.status == 1, "nothing found")
            #expect(none.stdout.isEmpty, "no hits, no lines")
            let history = try run(referatExecutable, ["case", "--db", index, "--format", "ndjson", "21/24526"])
            let items = try history.stdout.split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
            #expect(items.compactMap { $0["item"] as? String } == ["88", "95", "96", "97"])
        }
    }

    @Test func csvHasAHeaderAndARowPerHitThatASpreadsheetReads() throws {
        try withIndexedCorpus { (index, directory) throws in
            let query = ["--db", index, "--limit", "50", "kontanthjælpsmodtagere"]
            let json = try run(referatExecutable, ["search", "--format", "json"] + query)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let hits = try #require(object["hits"] as? [[String: Any]])
            let csv = try run(referatExecutable, ["search", "--format", "csv"] + query)
            #expect(csv.status == 0, "\(csv.stderr)")
            let file = directory.appendingPathComponent("hits.csv")
            try csv.stdout.write(to: file, atomically: true, encoding: .utf8)
            // Python's csv module reads it back, as a spreadsheet would.
            let reader = "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='')))))"
            let parsed = try run(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", reader, file.path])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [[String]])
            #expect(
                rows.first == [
                    "rank", "date", "municipality", "committee", "item", "title", "case", "closed", "decision",
                    "snippet", "score", "id", "source", "url", "absent", "votes.for", "votes.against",
                    "votes.abstained", "votes.unanimous",
                ]
            )
            #expect(rows.count == hits.count + 1)
            for (row, hit) in zip(rows.dropFirst(), hits) {
                #expect(row.count == 19)
                #expect(row[0] == String(hit["rank"] as? Int ?? 0))
                #expect(row[5] == hit["title"] as? String)
                #expect(row[8] == (hit["decision"] as? String ?? ""))
                #expect(row[11] == hit["id"] as? String)
                #expect(row[9] == plainText(ofSnippet: hit["snippet"] as? String ?? ""), "the snippet as plain text")
                #expect(row[13] == "", "text minutes give no address")
                #expect(row[12].hasPrefix("/"), "the source as an absolute path")
                #expect(row[14] == (hit["absent"] as? [String] ?? []).joined(separator: "; "))
            }
            #expect(rows.contains { $0.contains { $0.contains(",") || $0.contains("\n") } }, "quoting was needed")
        }
    }

    @Test(arguments: [
        ["search", "udvalg AND"],
        ["search", "--from", "marts", "budget"],
        ["search", "--from", "31. februar 2023", "budget"],
        ["search", "--limit", "-3", "budget"],
        ["search", "--no-such-option", "budget"],
        ["search", "--committee", "teknik", "budget"],
        ["search", "--closed", "--no-closed", "budget"],
        ["search", "--no-closed", "--closed", "budget"],
        ["search", String(repeating: "budget ", count: 200)],
        ["search", String(repeating: "a* ", count: 20)],
    ])
    func badInputGetsOneLineOnStderr(arguments: [String]) throws {
        try withIndexedCorpus { (index, _) throws in
            let output = try run(referatExecutable, [arguments[0], "--db", index] + arguments.dropFirst())
            #expect(output.status == 2)
            #expect(output.stdout.isEmpty)
            let lines = output.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(output.stderr)")
            #expect(lines.first?.hasPrefix("referat: ") == true)
        }
    }

    @Test func theExitStatusSaysWhetherAnythingWasFoundAsGrepsDoes() throws {
        try withIndexedCorpus { (index, _) throws in
            func status(_ arguments: [String]) throws -> ProcessOutput {
                try run(referatExecutable, [arguments[0], "--db", index] + arguments.dropFirst())
            }
            #expect(try status(["search", "kontanthjælpsmodtagere"]).status == 0)
            #expect(try status(["case", "22/18533"]).status == 0)
            let nothing = try status(["search", "--format", "json", "xylofonorkester"])
            #expect(nothing.status == 1)
            #expect(nothing.stderr.isEmpty)
            #expect(nothing.stdout.contains("\"total\" : 0") || nothing.stdout.contains("\"total\":0"))
            #expect(try status(["case", "99/99999"]).status == 1)
            let negative = try status(["search", "--limit", "-1", "budget"])
            #expect(negative.status == 2)
            #expect(negative.stderr == "referat: --limit must be 0 or more\n")
            #expect(try status(["search", "--offset=-2", "budget"]).stderr == "referat: --offset must be 0 or more\n")
        }
    }

    @Test func aCorrectedQueryIsSaidInOneSentence() throws {
        try withIndexedCorpus { (index, _) throws in
            let output = try run(referatExecutable, ["search", "--db", index, "kontanthjælpsmodtgere"])
            #expect(output.status == 0)
            #expect(
                output.stdout.split(separator: "\n").first
                    == "No items for \"kontanthjælpsmodtgere\"; 2 items for \"kontanthjælpsmodtagere\" instead, showing 1–2"
            )
        }
    }

    @Test func aMissingIndexIsOneLine() throws {
        try withTemporaryDirectory { (directory) throws in
            let output = try run(
                referatExecutable,
                ["search", "--db", directory.appendingPathComponent("none").path, "budget"]
            )
            #expect(output.status == 2)
            #expect(output.stderr.hasPrefix("referat: no index at "))
            #expect(output.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func anIndexAnotherProgramWroteIsOneLine() throws {
        try withTemporaryDirectory { (directory) throws in
            let index = directory.appendingPathComponent("omega").path
            // An Omega-style document: the text indexed with Danish stemming, the data as `field=value` lines.
            let writer = try runPythonWriter(
                on: index,
                [
                    "doc = xapian.Document()",
                    "generator = xapian.TermGenerator()",
                    "generator.set_stemmer(xapian.Stem('danish'))",
                    "generator.set_document(doc)",
                    "generator.index_text('Byrådet godkendte budget 2024')",
                    "doc.set_data('caption=Budget 2024\\nsample=Byrådet godkendte budgettet.')",
                    "db.add_document(doc)",
                    "db.commit()",
                ]
            )
            #expect(writer.status == 0, "\(writer.stderr)")
            let output = try run(referatExecutable, ["search", "--db", index, "budget"])
            #expect(output.status != 0)
            #expect(
                output.stderr
                    == "referat: an item's stored data is not referat's: invalid JSON at byte 0: unexpected character\n"
            )
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

/// `object` as JSON with sorted keys, so that two decodings of the same document compare equal.
private func canonicalJSON(_ object: Any) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
}

/// The text of an HTML snippet: without its `<mark>` tags, its character references replaced.
private func plainText(ofSnippet html: String) -> String {
    html.replacing("<mark>", with: "").replacing("</mark>", with: "").replacing("&lt;", with: "<")
        .replacing("&gt;", with: ">").replacing("&quot;", with: "\"").replacing("&#39;", with: "'")
        .replacing("&amp;", with: "&")
}
