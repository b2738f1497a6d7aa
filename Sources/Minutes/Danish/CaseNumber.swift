import Foundation

/// Recognises journal and case numbers (*sagsnumre*, *journalnumre*) as Danish case systems print them.
public enum CaseNumber {
    /// The case number when `line` is nothing but one, bare or labelled; otherwise `nil`.
    ///
    /// Bare forms: `21/24526`, `15.00.00-A00-9-23` (KLE), `21-014448`, `20-010677K`, `2011-29298`, `S21-1234`.
    /// Labelled forms: `Sagsnr.: 2011-29298`, `Journalnr.: 21/645`, `J.nr. 21/645`. Markdown emphasis around
    /// the number is ignored. Years (`2022`), dates (`15-09-2022`), election periods (`2022-2025`), page
    /// numbers and telephone numbers are not case numbers.
    public static func find(in line: some StringProtocol) -> String? {
        find(in: Line(String(line)))
    }

    /// ``find(in:)-(StringProtocol)`` for a line already cleaned.
    static func find(in line: Line) -> String? {
        let text = line.plain
        // Every form holds a digit; most lines are sentences too long to be a number, or hold no digit at all.
        guard !text.isEmpty, TextLine.isShort(text, atMost: 80),
            text.unicodeScalars.contains(where: { $0.properties.generalCategory == .decimalNumber })
        else { return nil }
        if let match = labelled.firstMatch(in: text), let value = match.groups[0] {
            let number = TextLine.trimming(value, where: TextLine.isSpace)
            return isDateOrPeriod(number) ? nil : number
        }
        guard bare.matches(text), !isDateOrPeriod(text) else { return nil }
        return text
    }

    /// The form used for index terms: lower case with all whitespace removed.
    public static func normalized(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) })
    }

    private static func isDateOrPeriod(_ text: String) -> Bool {
        period.matches(text) || DanishDate.firstMatch(in: text).map { text[$0.range] == text[...] } == true
    }

    private static let bare = Pattern(
        "^(?:"
            // 21/24526, 2021/12345
            + #"(?:\d{2}|\d{4})/\d{3,7}"#
            // KLE: 15.00.00-A00-9-23, 27.00.00-P19-1-23, 15.00.00-G01-12-2023
            + #"|\d{2}\.\d{2}(?:\.\d{2})?-[A-ZÆØÅ]\d{2}(?:-\d{1,7}-\d{2,4})?"#
            // 21-014448, 20-010677K, 2011-29298
            + #"|(?:\d{2}|\d{4})-\d{4,7}[A-Z]?"#
            // S21-1234, EMN-2021-01234
            + #"|[A-ZÆØÅ]{1,4}-?\d{2,4}-\d{2,7}[A-Z]?"#
            + ")$",
        caseInsensitive: false
    )

    private static let labelled = Pattern(
        #"^(?:Acadre\s+)?(?:sagsnr|sags\s*nr|sagsnummer|sag\s+nr|journalnr|journal\s*nr|journalnummer|j\.\s*nr|jnr)"#
            + #"\.?\s*[:.]?\s*([A-Za-zÆØÅæøå]{0,4}[-./]?\d[\w./-]*)$"#
    )

    private static let period = Pattern(#"^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$"#)
}
