import Foundation
import Referat

/// Omega's dump file format: records of `name=value` lines separated by a blank line, a newline inside a value
/// written as a newline followed by `=`. scriptindex reads it; the FTS5 peer reads the same file.
enum DumpFile {
    /// The dump of `items`, with the names ``OmegaScript`` indexes.
    static func write(_ items: [PeerItem], to path: String) throws {
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
        }
        try out.write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// The records of the dump file at `path`, each a dictionary from field name to value.
    static func read(_ path: String) throws -> [[String: String]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var records: [[String: String]] = []
        var record: [String: String] = [:]
        var last: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if !record.isEmpty { records.append(record) }
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
        if !record.isEmpty { records.append(record) }
        return records
    }
}
