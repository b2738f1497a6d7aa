/// A council member's name as a facet value.
public enum MemberName {
    /// `name` with runs of whitespace as one space and trailing parenthesised party or role notes dropped:
    /// `Marc Genning (V)` → `Marc Genning`, `Liselott  Blixt (UP-1) (formand)` → `Liselott Blixt`.
    public static func normalised(_ name: String) -> String {
        var words = name.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        while let last = words.last, last.hasSuffix(")") || last.hasSuffix("),") || last.hasSuffix(")."),
            let open = words.lastIndex(where: { $0.hasPrefix("(") })
        {
            words.removeSubrange(open...)
        }
        var result = words.joined(separator: " ")
        while let last = result.last, last == "," || last == ";" || last == ":" { result.removeLast() }
        return result
    }
}
