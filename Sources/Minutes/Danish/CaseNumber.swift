import Foundation

/// Recognises journal and case numbers (*sagsnumre*, *journalnumre*) as Danish case systems print them.
public enum CaseNumber {
    /// The case number when `line` is nothing but one, bare or labelled; otherwise `nil`.
    ///
    /// Bare forms: `21/24526`, `15.00.00-A00-9-23` and `00.01.00-P20-1-22` (KLE), `22-013992`, `20-055908K`,
    /// `2011-29298`, `S21-1234`, `EMN-2024-001234`. Labelled forms: `Sagsnr.: 2011-29298`, `Sag nr. 21/645`,
    /// `J.nr. 21/645`, `Journalnr.: …`, `Sagsnummer: …`, `Acadre sagsnr. …`; a labelled number in one of the
    /// bare forms may be followed by another label (`Sagsnr.: 21/24526 Dok.nr.: 21/24526-3`). Markdown emphasis
    /// and parentheses around the number are ignored. Years (`2022`), dates (`15-09-2022`, `2022-09-15`),
    /// election periods (`2022-2025`), ranges (`6100-6200`), amounts (`1.234.567`), page numbers, telephone
    /// numbers and paragraph references (`§ 17, stk. 4`) are not case numbers.
    public static func find(in line: some StringProtocol) -> String? {
        find(in: Line(String(line)))
    }

    /// ``find(in:)-(StringProtocol)`` for a line already cleaned.
    static func find(in line: Line) -> String? {
        var text = line.plain
        // Every form holds a digit; most lines are sentences too long to be a number, or hold no digit at all.
        guard !text.isEmpty, TextLine.isShort(text, atMost: 80),
            text.unicodeScalars.contains(where: { $0.properties.generalCategory == .decimalNumber })
        else { return nil }
        if text.hasPrefix("("), text.hasSuffix(")") {
            text = TextLine.trimming(text.dropFirst().dropLast(), where: TextLine.isSpace)
        }
        if let match = labelled.firstMatch(in: text), let value = match.groups[0] {
            let number = TextLine.trimming(value) { $0 == "." || $0 == "," || TextLine.isSpace($0) }
            let followed = match.groups[1].map { !$0.isEmpty } ?? false
            guard !isDateOrPeriod(number), !followed || bare.matches(number) else { return nil }
            return number
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
            // KLE: 15.00.00-A00-9-23, 00.01.00-P20-1-22, 15.00.00-G01-12-2023
            + #"|\d{2}\.\d{2}(?:\.\d{2})?-[A-ZÆØÅ]\d{2}(?:-\d{1,7}-\d{2,4})?"#
            // 22-013992, 20-055908K
            + #"|\d{2}-\d{4,7}[A-Z]?"#
            // 2011-29298: a year and a serial number; `6100-6200` is a range, `2000-2500` an amount range.
            + #"|(?:19|20)\d{2}-\d{5,7}[A-Z]?"#
            // S21-1234, EMN-2024-001234
            + #"|[A-ZÆØÅ]{1,4}-?\d{2,4}-\d{2,7}[A-Z]?"#
            + ")$",
        caseInsensitive: false
    )

    // A label, the number, and optionally another label after it (`Dok.nr.: …`, `Sagsbehandler: …`).
    private static let labelled = Pattern(
        #"^(?:(?:Acadre|SBSYS|eDoc|ESDH|WorkZone|GetOrganized)[\s-]+)?"#
            + #"(?:sags?\s*-?\s*nr|sagsnummer|sags\s*-?\s*id|sag(?=\s*:)|journal\s*-?\s*nr|journalnummer|jour\.\s*nr"#
            + #"|j\.\s*nr|jnr|jr\.\s*nr)"#
            + #"\.?\s*[:.]?\s*([A-Za-zÆØÅæøå]{0,4}[-./]?\d[\w./-]*)"#
            + #"((?:\s+[-–|,;]?\s*\p{L}[\p{L}.\- ]{0,24}(?:nr\.?|:)\s*.*)?)$"#
    )

    private static let period = Pattern(#"^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$"#)
}
