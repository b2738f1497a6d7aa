import Foundation
import Testing
import XapianKit

@Suite("Errors are classified by Xapian exception type")
struct ErrorTests {
    @Test("A second writer on the same index gets .locked")
    func secondWriterIsLocked() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            let first = try WritableDatabase(path: path)
            let error = #expect(throws: XapianError.self) { try WritableDatabase(path: path) }
            #expect(error?.code == .locked)
            #expect(error?.message.isEmpty == false)
            #expect(error?.description.hasPrefix("index is locked by another writer: ") == true)
            try first.close()
            // Once the first writer has let go, the lock is free again.
            _ = try WritableDatabase(path: path, mode: .open)
        }
    }

    @Test("Opening waits a moment for a writer that is letting go")
    func openingWaitsForAWriterLettingGo() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            try WritableDatabase(path: path).close()
            // Another process holds the write lock for 0.15 s, well within the half second opening waits.
            let holder = Process()
            holder.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            holder.arguments = [
                "-c",
                "import sys, time, xapian; db = xapian.WritableDatabase(sys.argv[1]); print('held', flush=True); "
                    + "time.sleep(0.15); db.close()",
                path,
            ]
            let output = Pipe()
            holder.standardOutput = output
            try holder.run()
            defer { holder.waitUntilExit() }
            // Whatever arrives first comes after the lock was taken (the newline may come in a write of its own).
            #expect(String(decoding: output.fileHandleForReading.availableData, as: UTF8.self).hasPrefix("held"))
            let second = try WritableDatabase(path: path, mode: .open)
            try second.close()
        }
    }

    @Test("A dangling AND is .querySyntax with Xapian's own message")
    func malformedQueryIsSyntaxError() throws {
        let parser = QueryParser()
        let error = #expect(throws: XapianError.self) { try parser.parse("udvalg AND") }
        #expect(error?.code == .querySyntax)
        // Xapian 1.4.22's message for a binary operator missing its right-hand side.
        #expect(error?.message == "Syntax: <expression> AND <expression>")
        #expect(error?.description == "query syntax error: Syntax: <expression> AND <expression>")
    }

    @Test("Opening a missing index read-only is .notFound")
    func missingIndexReadOnly() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("missing").path
            let error = #expect(throws: XapianError.self) { try Database(path: path) }
            #expect(error?.code == .notFound)
            #expect(error?.message.contains(path) == true)
        }
    }

    @Test("Opening a missing index for writing with .open is .notFound and creates nothing")
    func missingIndexWritable() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("missing").path
            let error = #expect(throws: XapianError.self) { try WritableDatabase(path: path, mode: .open) }
            #expect(error?.code == .notFound)
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test("An empty directory is .notFound, a file that is not a stub is .opening")
    func notAnIndex() throws {
        try withTemporaryDirectory { directory in
            let empty = #expect(throws: XapianError.self) { try Database(path: directory.path) }
            #expect(empty?.code == .notFound)

            let junk = directory.appendingPathComponent("junk")
            try "not a stub file\n".write(to: junk, atomically: true, encoding: .utf8)
            let notStub = #expect(throws: XapianError.self) { try Database(path: junk.path) }
            #expect(notStub?.code == .opening)
            #expect(notStub?.message == "\(junk.path):1: Bad line")
        }
    }

    @Test("Creating an index under a missing parent directory is .opening")
    func cannotCreate() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("missing/index").path
            let error = #expect(throws: XapianError.self) { try WritableDatabase(path: path) }
            #expect(error?.code == .opening)
            #expect(error?.message.contains("mkdir failed") == true)
        }
    }

    @Test("An unknown stemmer language is .invalidArgument")
    func unknownLanguage() {
        let error = #expect(throws: XapianError.self) { try Stemmer(language: "klingon") }
        #expect(error?.code == .invalidArgument)
    }

    @Test("Reading past the end of a page is .range")
    func hitPastEndOfPage() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            try writeIndex(at: path, items: Array(sampleItems.prefix(2)))
            let enquire = Enquire(database: try Database(path: path))
            enquire.setQuery(.matchAll())
            let page = try enquire.mset(offset: 0, limit: 10)
            #expect(page.count == 2)
            let error = #expect(throws: XapianError.self) { try page.hit(at: 2) }
            #expect(error?.code == .range)
        }
    }
}
