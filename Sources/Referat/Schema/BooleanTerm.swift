/// Normalises the values of boolean terms the same way at index time and query time.
///
/// The C shim's field processors apply the same rules to `udvalg:`, `kommune:` and `sag:` values, so a user may
/// type any case and spacing.
public enum BooleanTerm {
    /// Names (municipality, committee, people): lower case, runs of whitespace and dashes as one space, trimmed,
    /// so `Beskæftigelses- og Erhvervsudvalget` and `beskæftigelses og erhvervsudvalget` are one name.
    public static func name(_ value: String) -> String {
        value.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: {
                $0.isWhitespace || $0.unicodeScalars.first?.properties.generalCategory == .dashPunctuation
            })
            .joined(separator: " ")
    }

    /// Codes (case numbers): lower case with every whitespace removed.
    public static func code(_ value: String) -> String {
        String(value.precomposedStringWithCanonicalMapping.lowercased().filter { !$0.isWhitespace })
    }
}
