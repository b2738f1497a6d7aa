/// Lower-case names looked up case-insensitively, with what each stands for.
///
/// Lowercasing never makes text shorter in Unicode scalars, so text with more scalars than the longest name is
/// none of them; such text, most lines of a document, is rejected without being lowercased.
struct NameTable<Value: Sendable>: Sendable {
    private let values: [String: Value]
    private let longest: Int

    /// A table of `values` under their lower-case names.
    init(_ values: [String: Value]) {
        self.values = values
        longest = values.keys.map(\.unicodeScalars.count).max() ?? 0
    }

    /// What the name `text` (in any case) stands for, or `nil`.
    subscript(_ text: some StringProtocol) -> Value? {
        guard text.unicodeScalars.dropFirst(longest).isEmpty else { return nil }
        return values[text.lowercased()]
    }
}

extension NameTable where Value == Bool {
    /// A table of lower-case `names`.
    init(_ names: Set<String>) {
        self.init(Dictionary(uniqueKeysWithValues: names.map { ($0, true) }))
    }

    /// Whether `text` (in any case) is one of the names.
    func contains(_ text: some StringProtocol) -> Bool {
        self[text] != nil
    }
}
