import Foundation
import Referat

/// Omega's dump file format: records of `name=value` lines separated by a blank line, a newline inside a value
/// written as a newline followed by `=`. scriptindex reads it; the FTS5 peer reads the same file.
enum DumpFile {
    /// Writes the dump of `items`, with the names ``OmegaScript`` indexes, to `path`.
    static func write(_ items: [PeerItem], to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let file = FileHandle(forWritingAtPath: path)
        else { throw CompareError("cannot write \(path)") }
        defer { try? file.close() }
        var out = ""
        for item in items {
            let fields: [(String, String)] = [
                ("id", item.id),
                ("municipality", item.municipality),
                ("municipality_key", BooleanTerm.name(item.municipality)),
                ("committee", item.committee),
                ("committee_key", BooleanTerm.name(item.committee)),
                ("date", item.date),
                ("year", String(item.date.prefix(4))),
                ("case", item.caseNumber),
                ("case_key", BooleanTerm.code(item.caseNumber)),
                ("item", item.item),
                ("status", item.closed ? "closed" : "open"),
                ("title", item.title),
                ("decision", item.decision),
                ("recommendation", item.recommendation),
                ("body", item.body),
            ]
            for (name, value) in fields where !value.isEmpty {
                let clean = value.replacingOccurrences(of: "\r", with: "")
                out += name + "=" + clean.replacingOccurrences(of: "\n", with: "\n=") + "\n"
            }
            out += "\n"
            if out.utf8.count > 1 << 20 {
                try file.write(contentsOf: Data(out.utf8))
                out = ""
            }
        }
        try file.write(contentsOf: Data(out.utf8))
    }

    /// Calls `body` with each record of the dump file at `path`, a dictionary from field name to value, reading
    /// a line at a time so memory holds one record.
    static func forEachRecord(in path: String, _ body: ([String: String]) throws -> Void) throws {
        guard let file = fopen(path, "r") else { throw CompareError("cannot read \(path)") }
        defer { fclose(file) }
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        var record: [String: String] = [:]
        var last: String?
        while true {
            let length = getline(&buffer, &capacity, file)
            guard length > 0, let buffer else { break }
            let line = Substring(String(cString: buffer).dropLast(buffer[length - 1] == 10 ? 1 : 0))
            if line.isEmpty {
                if !record.isEmpty { try body(record) }
                record = [:]
                last = nil
            } else if line.first == "=", let name = last {
                record[name, default: ""] += "\n" + line.dropFirst()
            } else if let equals = line.firstIndex(of: "=") {
                let name = String(line[..<equals])
                record[name] = String(line[line.index(after: equals)...])
                last = name
            }
        }
        if !record.isEmpty { try body(record) }
    }
}
