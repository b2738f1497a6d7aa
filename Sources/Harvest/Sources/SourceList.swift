import Foundation

/// Reads the sources file: one site per line, `municipality<TAB>base URL<TAB>kind`.
///
/// Blank lines and lines starting with `#` are skipped. The kind may be left out (`firstagenda`). Two or more
/// spaces separate columns as well as a tab does, so a file edited by hand still reads.
public enum SourceList {
    /// Parses the text of a sources file; `path` names it in errors.
    ///
    /// - Throws: ``HarvestError/badSources(path:line:reason:)`` for a line that is not a source.
    public static func parse(_ text: String, path: String) throws(HarvestError) -> [HarvestSource] {
        var sources: [HarvestSource] = []
        var folders: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let columns = columns(of: line)
            func bad(_ reason: String) -> HarvestError { .badSources(path: path, line: index + 1, reason: reason) }
            guard columns.count >= 2, columns.count <= 3 else {
                throw bad("expected municipality, base URL and kind separated by tabs")
            }
            guard let url = URL(string: columns[1]), let scheme = url.scheme?.lowercased(),
                scheme == "https" || scheme == "http", url.host?.isEmpty == false
            else { throw bad("not an http(s) address: \(columns[1])") }
            let kindName = columns.count == 3 ? columns[2].lowercased() : HarvestSource.Kind.firstagenda.rawValue
            guard let kind = HarvestSource.Kind(rawValue: kindName) else {
                let known = HarvestSource.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw bad("unknown kind \(columns[2]) (known: \(known))")
            }
            let source = HarvestSource(municipality: columns[0], baseURL: url, kind: kind)
            if let other = folders[source.folder] {
                throw bad("\(source.municipality) would share the folder \(source.folder) with \(other)")
            }
            folders[source.folder] = source.municipality
            sources.append(source)
        }
        return sources
    }

    /// Reads and parses the sources file at `path`.
    public static func load(path: String) throws(HarvestError) -> [HarvestSource] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .cannotRead(path: path, reason: (error as NSError).localizedDescription)
        }
        return try parse(text, path: path)
    }

    private static func columns(of line: String) -> [String] {
        line.replacingOccurrences(of: "\t", with: "  ")
            .components(separatedBy: "  ")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
