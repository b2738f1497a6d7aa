import Foundation
import Referat
import Testing

/// Whatever is found and not read is reported with its reason and counted, through the `referat` command.
@Suite("Nothing is skipped without a word")
struct UnreadPathTests {
    @Test func aFileWhoseNameIsNotUTF8IsReportedAndCounted() throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("Corpus")
            try Project.copySeedMinutes(to: corpus)
            // `café.txt` in Latin-1: no Swift String names it, so write it through the bytes of its path.
            let path = Array(corpus.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]
            let contents = try Data(contentsOf: Project.haderslev)
            let descriptor = path.withUnsafeBufferPointer {
                $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
            }
            try #require(descriptor >= 0)
            _ = contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)

            let index = directory.appendingPathComponent("Index").path
            let output = try run(referatExecutable, ["index", "--db", index, corpus.path])
            #expect(output.status == 1)
            #expect(
                output.stderr == "referat: skipped \(corpus.path)/caf\\xE9.txt: file name is not valid UTF-8\n",
                "\(output.stderr)"
            )
            #expect(output.stdout.contains("3 files, 2 indexed, 0 unchanged, 1 failed; 2 meetings, 24 items"))
        }
    }

    @Test func anUnreadableFolderIsReportedAndCounted() throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("Corpus")
            try Project.copySeedMinutes(to: corpus)
            let locked = corpus.appendingPathComponent("locked")
            try alteredGreveMeeting(0, in: locked, named: "greve.json") { _, _ in }
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
            let index = directory.appendingPathComponent("Index").path
            // Root reads any folder, so the command runs as a user the permissions stop, who must write the index.
            try setPermissions(0o777, of: directory.path)
            let output = try runUnprivileged(["index", "--db", index, corpus.path])
            #expect(output.status == 1)
            #expect(
                output.stderr == "referat: skipped \(locked.path): cannot read folder (permission denied)\n",
                "\(output.stderr)"
            )
            #expect(output.stdout.contains("2 files, 2 indexed, 0 unchanged, 1 failed; 2 meetings, 24 items"))
        }
    }

    @Test func linksLeadingOutsideTheFoldersIndexedAreReportedNotFollowed() throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("Corpus")
            try Project.copySeedMinutes(to: corpus)
            let outside = directory.appendingPathComponent("elsewhere")
            try alteredGreveMeeting(0, in: outside, named: "greve.json") { _, _ in }
            let manager = FileManager.default
            let link = corpus.appendingPathComponent("elsewhere")
            try manager.createSymbolicLink(at: link, withDestinationURL: outside)
            let broken = corpus.appendingPathComponent("gone.json")
            try manager.createSymbolicLink(at: broken, withDestinationURL: outside.appendingPathComponent("gone"))
            // A loop inside the folder indexed, which must end.
            try manager.createSymbolicLink(
                at: corpus.appendingPathComponent("haderslev/loop"),
                withDestinationURL: corpus
            )
            let target = try #require(realpath(outside.path, nil))
            defer { free(target) }

            let index = directory.appendingPathComponent("Index").path
            let output = try run(referatExecutable, ["index", "--db", index, corpus.path])
            #expect(output.status == 0)
            #expect(
                output.stderr.split(separator: "\n").sorted() == [
                    "referat: skipped \(link.path): symbolic link to \(String(cString: target)), outside the folders "
                        + "being indexed; not followed",
                    "referat: skipped \(broken.path): broken symbolic link",
                ],
                "\(output.stderr)"
            )
            #expect(output.stdout.contains("2 files, 2 indexed, 0 unchanged, 0 failed, 2 not followed; 2 meetings"))

            // With the folder it leads to among those indexed, the link is followed.
            let both = try Indexer(databasePath: index).index(paths: [corpus.path, outside.path])
            #expect(both.skipped.map(\.path) == [broken.path])
            #expect(both.failures.isEmpty)
            #expect(both.documentCount > 24)
        }
    }
}
