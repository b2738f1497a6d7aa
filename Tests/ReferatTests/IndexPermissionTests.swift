import Foundation
import Testing

/// An index the user may not write or read, or a folder where it may not be created, is one line that says so.
///
/// The commands run as a user whom the permissions stop (``runUnprivileged(_:)``): as root, the tests would see
/// none of these errors.
@Suite("Index permissions, end to end")
struct IndexPermissionTests {
    @Test(arguments: [
        ["index"], ["index", "--rebuild"],
    ])
    func aReadOnlyIndexIsSaidToBeNotWritable(command: [String]) throws {
        try withIndexedSeedCorpus { (index, corpus) throws in
            try setPermissions(0o555, of: index, recursive: true)
            defer { try? setPermissions(0o755, of: index, recursive: true) }
            let output = try runUnprivileged(command + ["--db", index, corpus])
            #expect(output.status == 2)
            #expect(output.stderr == "referat: the index at \(index) is not writable: permission denied\n")
            #expect(try run(referatExecutable, ["search", "--db", index, "kontanthjælpsmodtagere"]).status == 0)
        }
    }

    @Test func aReadOnlyIndexIsNotCompactedInPlace() throws {
        try withIndexedSeedCorpus { (index, _) throws in
            try setPermissions(0o555, of: index, recursive: true)
            defer { try? setPermissions(0o755, of: index, recursive: true) }
            let output = try runUnprivileged(["compact", "--in-place", "--db", index])
            #expect(output.status == 2)
            #expect(output.stderr == "referat: the index at \(index) is not writable: permission denied\n")
        }
    }

    @Test(arguments: [["search", "kontanthjælpsmodtagere"], ["case", "21/19385"]])
    func anUnreadableIndexIsSaidToBeUnreadable(command: [String]) throws {
        try withIndexedSeedCorpus { (index, _) throws in
            try setPermissions(0o000, of: index)
            defer { try? setPermissions(0o755, of: index) }
            let output = try runUnprivileged([command[0], "--db", index] + command.dropFirst())
            #expect(output.status == 2)
            #expect(output.stderr == "referat: cannot open the index at \(index): permission denied\n")
        }
    }

    @Test func anIndexInAFolderThatMayNotBeWrittenIsOneLine() throws {
        try withIndexedSeedCorpus { (index, corpus) throws in
            let parent = URL(fileURLWithPath: index).deletingLastPathComponent().appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: false)
            try setPermissions(0o555, of: parent.path)
            defer { try? setPermissions(0o755, of: parent.path) }
            let inside = parent.appendingPathComponent("more/Index").path
            let output = try runUnprivileged(["index", "--db", inside, corpus])
            #expect(output.status == 2)
            #expect(output.stderr == "referat: cannot create index folder \(inside): permission denied\n")
        }
    }

    @Test func aRebuildNeedsToWriteBesideTheIndex() throws {
        try withIndexedSeedCorpus { (index, corpus) throws in
            let parent = URL(fileURLWithPath: index).deletingLastPathComponent()
            let staging = parent.appendingPathComponent(".Index.rebuild").path
            try setPermissions(0o777, of: index, recursive: true)
            try setPermissions(0o555, of: parent.path)
            defer { try? setPermissions(0o755, of: parent.path) }
            let output = try runUnprivileged(["index", "--rebuild", "--db", index, corpus])
            #expect(output.status == 2)
            #expect(
                output.stderr
                    == "referat: cannot create index folder \(staging): permission denied (a rebuild writes beside the index)\n"
            )
        }
    }

    /// Runs `referat index` on a copy of the seed minutes, then `body` with the index's and the corpus's paths; the
    /// temporary folder and all in it can be read by anyone.
    private func withIndexedSeedCorpus(_ body: (_ index: String, _ corpus: String) throws -> Void) throws {
        try withTemporaryDirectory { (directory) throws in
            let corpus = directory.appendingPathComponent("Corpus")
            try Project.copySeedMinutes(to: corpus)
            let index = directory.appendingPathComponent("Index").path
            let output = try run(referatExecutable, ["index", "--db", index, corpus.path])
            #expect(output.status == 0, "\(output.stderr)")
            try setPermissions(0o755, of: directory.path)
            try body(index, corpus.path)
        }
    }
}
