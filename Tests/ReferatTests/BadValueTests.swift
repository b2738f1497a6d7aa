import Foundation
import Testing

/// A value no index can hold as it is costs one file at most, and whatever is cut or kept apart is said: each test
/// indexes real minutes with one field altered beside good files, through the `referat` command.
@Suite("A bad value costs one file at most")
struct BadValueTests {
    static let longCase = "21-" + String(repeating: "9", count: 400)
    static let longCommittee = "Udvalget for " + String(repeating: "meget ", count: 70) + "lange navne"
    static let longNumber = String(repeating: "7", count: 300)

    @Test func valuesLongerThanATermAreIndexedAndFoundWhole() throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("Corpus")
            try Project.copySeedMinutes(to: corpus)
            let greve = corpus.appendingPathComponent("greve")
            try alteredGreveMeeting(0, in: greve, named: "long-case.json") { _, items in
                items[0]["SagsNummer"] = Self.longCase
                items[0]["CaseNumber"] = Self.longCase
                // A word longer than a term in the text: Xapian's term generator leaves out words over 64 bytes.
                items[1]["Navn"] = "Lokalplan " + String(repeating: "ø", count: 300)
                items[1]["Caption"] = items[1]["Navn"]
            }
            try alteredGreveMeeting(1, in: greve, named: "long-committee.json") { json, _ in
                var committee = json["Udvalg"] as? [String: Any] ?? [:]
                committee["Navn"] = Self.longCommittee
                json["Udvalg"] = committee
            }
            try alteredGreveMeeting(2, in: greve, named: "long-number.json") { _, items in
                items[0]["Punktnummer"] = Self.longNumber
                items[0]["Number"] = Self.longNumber
            }
            let index = directory.appendingPathComponent("Index").path
            let output = try run(referatExecutable, ["index", "--db", index, corpus.path])
            #expect(output.status == 0, "\(output.stderr.prefix(500))")
            #expect(output.stderr.isEmpty, "\(output.stderr.prefix(500))")
            #expect(output.stdout.hasPrefix("5 files, 5 indexed, 0 unchanged, 0 failed;"), "\(output.stdout)")

            let byCase = try searchHits(index, ["--case", Self.longCase])
            #expect(byCase.map { $0["case"] as? String } == [Self.longCase])
            #expect(try searchHits(index, ["sag:" + Self.longCase]).count == 1)
            // A case number that shares the long one's first 240 characters is another case.
            #expect(try searchHits(index, ["--case", String(Self.longCase.dropLast()) + "8"]).isEmpty)

            let byCommittee = try searchHits(index, ["--committee", Self.longCommittee])
            #expect(!byCommittee.isEmpty)
            #expect(byCommittee.allSatisfy { $0["committee"] as? String == Self.longCommittee })

            let numbered = try searchHits(index, ["--committee", "byråd"]).filter {
                $0["item"] as? String == Self.longNumber
            }
            let id = try #require(numbered.first?["id"] as? String)
            let shown = try run(referatExecutable, ["show", "--db", index, id])
            #expect(shown.status == 0)
            #expect(shown.stdout.contains("Item \(Self.longNumber):"))
        }
    }

    @Test func aFileWhosePathTheIndexCannotRecordIsSkippedAndTheRestIndexes() throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("Corpus")
            try Project.copySeedMinutes(to: corpus)
            var deep = corpus
            for letter in ["a", "b", "c"] { deep.appendPathComponent(String(repeating: letter, count: 90)) }
            let bad = try alteredGreveMeeting(0, in: deep, named: "greve.json") { _, _ in }
            let index = directory.appendingPathComponent("Index").path
            let output = try run(referatExecutable, ["index", "--db", index, corpus.path])
            #expect(output.status == 1)
            #expect(
                output.stderr.hasPrefix("referat: skipped \(bad.path): its absolute path has ")
                    && output.stderr.hasSuffix(" bytes; the index records at most 242\n"),
                "\(output.stderr.prefix(500))"
            )
            #expect(output.stdout.contains("3 files, 2 indexed, 0 unchanged, 1 failed; 2 meetings, 24 items"))
            #expect(try searchHits(index, ["kontanthjælp"]).count > 0)
        }
    }

    @Test func anItemsTextPastTheLimitIsCutAndSaidSo() throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("Corpus")
            try Project.copySeedMinutes(to: corpus)
            let paragraph = "<p>Udvalget drøftede vejen, skolen og budgettet for det kommende år i lang tid.</p>\n"
            let huge = try alteredGreveMeeting(0, in: corpus.appendingPathComponent("greve"), named: "huge.json") {
                _,
                items in
                var fields = items[0]["Felter"] as? [[String: Any]] ?? []
                let html = fields[0]["Html"] as? String ?? ""
                fields[0]["Html"] =
                    html + "<p>Begyndelsesordet.</p>" + String(repeating: paragraph, count: 20_000)
                    + "<p>Slutningsordet.</p>"
                items[0]["Felter"] = fields
            }
            let index = directory.appendingPathComponent("Index").path
            let output = try run(referatExecutable, ["index", "--db", index, corpus.path])
            #expect(output.status == 0)
            let warning = "referat: warning: \(huge.path): item 1 has 1.5 MiB of text; only the first 1.0 MiB is stored"
            #expect(output.stderr == warning + " and indexed\n", "\(output.stderr.prefix(500))")
            #expect(output.stdout.contains("3 files, 3 indexed, 0 unchanged, 0 failed;"))
            #expect(output.stdout.contains(", 1 cut to 1.0 MiB of text"), "\(output.stdout)")
            #expect(try searchHits(index, ["begyndelsesordet"]).count == 1)
            #expect(try searchHits(index, ["slutningsordet"]).isEmpty)
        }
    }

    @Test func itemsOfOneMeetingSharingANumberAreAllKeptAndSaidSo() throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("Corpus")
            try Project.copySeedMinutes(to: corpus)
            let greve = corpus.appendingPathComponent("greve")
            let misprinted = try alteredGreveMeeting(0, in: greve, named: "misprinted.json") { _, items in
                for index in 0..<9 {
                    items[index]["Punktnummer"] = "1"
                    items[index]["Number"] = "1"
                }
            }
            let index = directory.appendingPathComponent("Index").path
            let output = try run(referatExecutable, ["index", "--db", index, corpus.path])
            #expect(output.status == 0)
            #expect(
                output.stderr
                    == "referat: warning: \(misprinted.path): item number 1 appears 9 times; all kept, the repeats "
                    + "with ids ending -2, -3, …\n",
                "\(output.stderr)"
            )
            #expect(output.stdout.contains(", 8 with a repeated item number"), "\(output.stdout)")
            let ones = try searchHits(index, ["--committee", "byråd"]).filter { $0["item"] as? String == "1" }
            #expect(ones.count == 9)
            #expect(Set(ones.compactMap { $0["id"] as? String }).count == 9)
        }
    }
}
