extension CorpusFrequencies {
    /// ``table`` read into a dictionary, once per process.
    static let counts: [String: Int] = {
        var counts: [String: Int] = [:]
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.count == 2, let count = Int(fields[1]) { counts[String(fields[0])] = count }
        }
        return counts
    }()
}
