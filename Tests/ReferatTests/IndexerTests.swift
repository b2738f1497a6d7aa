import Foundation
import Referat
import Testing

@Suite("Indexing files")
struct IndexerTests {
    @Test func theSeedMinutesGiveOneDocumentPerItem() throws {
        try withSeedCorpus { (corpus, index) throws in
            let summary = try Indexer(databasePath: index).index(paths: [corpus.path])
            #expect(summary.files == 2)
            #expect(summary.indexedFiles == 2)
            #expect(summary.meetings == 2)
            #expect(summary.items == 24)
            #expect(summary.documentCount == 24)
            #expect(summary.failures.isEmpty)
        }
    }

    @Test func foldersBehindSymbolicLinksInsideTheFoldersIndexedAreIndexedOnce() throws {
        try withSeedCorpus { (corpus, index) throws in
            let manager = FileManager.default
            let linked = corpus.appendingPathComponent("linked")
            try manager.createDirectory(at: linked, withIntermediateDirectories: false)
            // A link to each seed folder, and one back up the tree that must not make the walk loop.
            for folder in ["haderslev", "hedensted"] {
                try manager.createSymbolicLink(
                    at: linked.appendingPathComponent(folder),
                    withDestinationURL: corpus.appendingPathComponent(folder)
                )
            }
            try manager.createSymbolicLink(at: linked.appendingPathComponent("up"), withDestinationURL: corpus)
            let summary = try Indexer(databasePath: index).index(paths: [corpus.path])
            #expect(summary.files == 2)
            #expect(summary.items == 24)
            #expect(summary.failures.isEmpty)
            #expect(summary.skipped.isEmpty)
        }
    }

    @Test func aSecondRunSkipsUnchangedFilesAndNeverDuplicates() throws {
        try withSeedCorpus { (corpus, index) throws in
            _ = try Indexer(databasePath: index).index(paths: [corpus.path])
            let again = try Indexer(databasePath: index).index(paths: [corpus.path])
            #expect(again.unchangedFiles == 2)
            #expect(again.indexedFiles == 0)
            #expect(again.documentCount == 24)
        }
    }

    @Test func changedDeletedAndAddedFilesUpdateExactlyTheirItems() throws {
        try withSeedCorpus { (corpus, index) throws in
            _ = try Indexer(databasePath: index).index(paths: [corpus.path])

            let haderslev = corpus.appendingPathComponent("haderslev").appendingPathComponent(
                Project.haderslev.lastPathComponent
            )
            let text = try String(contentsOf: haderslev, encoding: .utf8)
            try text.replacingOccurrences(
                of: "Ankestatistik fra Ankestyrelsen",
                with: "Klagestatistik fra Ankestyrelsen"
            )
            .write(to: haderslev, atomically: true, encoding: .utf8)
            let changed = try Indexer(databasePath: index).index(paths: [corpus.path])
            #expect(changed.indexedFiles == 1)
            #expect(changed.unchangedFiles == 1)
            #expect(changed.documentCount == 24)
            let titles = try Searcher(databasePath: index).search(SearchRequest(query: "klagestatistik")).hits.map(
                \.title
            )
            #expect(titles == ["Klagestatistik fra Ankestyrelsen 1. halvår 2022"])

            try FileManager.default.removeItem(at: haderslev)
            let removed = try Indexer(databasePath: index).index(paths: [corpus.path])
            #expect(removed.removedFiles == 1)
            #expect(removed.documentCount == 14)

            let added = corpus.appendingPathComponent("haderslev/bbu-2022-10-13.txt")
            try text.replacingOccurrences(of: "15-09-2022", with: "13-10-2022")
                .replacingOccurrences(of: "15. september 2022", with: "13. oktober 2022")
                .write(to: added, atomically: true, encoding: .utf8)
            let grown = try Indexer(databasePath: index).index(paths: [corpus.path])
            #expect(grown.indexedFiles == 1)
            #expect(grown.unchangedFiles == 1)
            #expect(grown.documentCount == 24)
            let dates = try Searcher(databasePath: index).caseHistory("21/24526").map(\.date)
            #expect(dates == ["2022-10-13", "2022-10-13", "2022-10-13", "2022-10-13"])
        }
    }

    @Test func aRebuildStartsFromEmpty() throws {
        try withSeedCorpus { (corpus, index) throws in
            _ = try Indexer(databasePath: index).index(paths: [corpus.path])
            let rebuilt = try Indexer(databasePath: index, rebuild: true).index(paths: [
                corpus.appendingPathComponent("hedensted").path
            ])
            #expect(rebuilt.indexedFiles == 1)
            #expect(rebuilt.documentCount == 14)
        }
    }

    /// Indexing into it asks for a rebuild; searching it works and warns that words may be missed until then.
    @Test func anIndexWrittenWithAnotherSchemaAsksForARebuild() throws {
        try withSeedCorpus { (corpus, index) throws in
            let hedensted = corpus.appendingPathComponent("hedensted").path
            _ = try Indexer(databasePath: index).index(paths: [hedensted])
            #expect(try Searcher(databasePath: index).staleSchemaWarning == nil)
            // What an index written before the schema version was bumped looks like.
            let output = try runPythonWriter(on: index, ["db.set_metadata('referat:schema', '1')", "db.commit()"])
            #expect(output.status == 0, "\(output.stderr)")

            #expect(throws: IndexError.schemaMismatch(path: index, built: "1")) {
                _ = try Indexer(databasePath: index)
            }
            let warning = try #require(try Searcher(databasePath: index).staleSchemaWarning)
            #expect(warning.contains("schema 1, this referat writes schema \(IndexSchema.version)"))
            for command in [["search", "kontanthjælp"], ["case", "23/5279"]] {
                let searched = try run(referatExecutable, command + ["--db", index])
                #expect(searched.stderr.hasPrefix("referat: warning: \(index) was indexed with schema 1"), "\(command)")
                #expect(searched.stderr.contains("referat index --rebuild"), "\(command)")
            }

            let rebuilt = try Indexer(databasePath: index, rebuild: true).index(paths: [hedensted])
            #expect(rebuilt.documentCount == 14)
            #expect(try Searcher(databasePath: index).staleSchemaWarning == nil)
        }
    }

    @Test func filesThatAreNotMinutesAreReportedAndTheRestIndexes() throws {
        try withSeedCorpus { (corpus, index) throws in
            let bad = corpus.appendingPathComponent("bad")
            try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
            try Data().write(to: bad.appendingPathComponent("empty.txt"))
            try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0xFE, 0x00]).write(
                to: bad.appendingPathComponent("program.bin")
            )
            try "Indkøbsliste\n\nmælk, brød og smør\n".write(
                to: bad.appendingPathComponent("notes.txt"),
                atomically: true,
                encoding: .utf8
            )
            let summary = try Indexer(databasePath: index).index(paths: [corpus.path])
            #expect(summary.documentCount == 24)
            #expect(
                summary.failures.map(\.path).sorted() == [
                    bad.appendingPathComponent("empty.txt").path,
                    bad.appendingPathComponent("notes.txt").path,
                    bad.appendingPathComponent("program.bin").path,
                ]
            )
            #expect(summary.failures.allSatisfy { !$0.reason.isEmpty })
        }
    }

    @Test func aCaseNumberIsFoundWholeWhateverItsStyle() throws {
        try withTemporaryDirectory { (directory) throws in
            let file = directory.appendingPathComponent("greve/greve_byraad_2022-03-07.txt")
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try """
            REFERAT Byrådet d. 07-03-2022

            # Punkt 5: Lokalplan for boliger ved Greve Strand

            21-014448

            ## Sagsfremstilling

            Forslag til lokalplan for boliger ved stranden.

            ## Beslutning

            Godkendt.

            # Punkt 6: Vejbelysning

            20-010677K

            ## Beslutning

            Udsat.
            """.write(to: file, atomically: true, encoding: .utf8)
            let index = directory.appendingPathComponent("index").path
            let summary = try Indexer(databasePath: index).index(paths: [directory.appendingPathComponent("greve").path]
            )
            #expect(summary.documentCount == 2)
            let searcher = try Searcher(databasePath: index)
            for query in ["21-014448", "sag:21-014448", "SAG:21-014448"] {
                #expect(try searcher.search(SearchRequest(query: query)).hits.map(\.item) == ["5"], "\(query)")
            }
            #expect(
                try searcher.search(SearchRequest(filters: [IndexSchema.caseNumber: ["20-010677k"]])).hits.map(\.item)
                    == ["6"]
            )
            #expect(try searcher.search(SearchRequest(filters: [IndexSchema.municipality: ["Greve"]])).total == 2)
        }
    }
}
