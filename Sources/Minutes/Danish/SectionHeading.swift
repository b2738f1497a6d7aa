import Foundation

/// Recognises the section headings Danish minutes share, whatever a municipality's template calls them.
enum SectionHeading {
    /// A recognised heading: the heading as printed and, for `**Fraværende** Jon Krongaard`, the text on its line.
    struct Found: Equatable {
        /// The heading without markup or trailing colon, e.g. `Beslutning i Økonomiudvalget den 5. maj 2023`.
        var heading: String
        /// What the section is about.
        var kind: Section.Kind
        /// Text that followed the heading on the same line, if any.
        var inlineText: String?
    }

    /// The heading `line` starts, or `nil` when the line is ordinary text.
    ///
    /// A heading is a short line that is a known section name (`Sagsfremstilling`, `Økonomiske konsekvenser`),
    /// optionally bold, a markdown heading, or followed by a colon. Decisions may name the body and date
    /// (`Beslutning i Byrådet den 5. maj 2023`, `Økonomiudvalgets beslutning`). `X indstiller` lines open a
    /// recommendation. A known name followed by a colon or set in bold may carry text on the same line.
    static func find(in line: String) -> Found? {
        find(in: Line(line))
    }

    /// ``find(in:)-(String)`` for a line already cleaned.
    static func find(in line: Line) -> Found? {
        let text = line.plain
        guard !text.isEmpty, TextLine.isShort(text, atMost: 140) else { return nil }
        let bareHeading = TextLine.trimming(text) { ":,. ".unicodeScalars.contains($0) }
        if let kind = kind(ofName: bareHeading) {
            return Found(heading: bareHeading, kind: kind, inlineText: nil)
        }
        // A sentence that happens to start with "Beslutning i …" ends with a full stop; a heading does not.
        if !text.hasSuffix("."), decision.matches(bareHeading) || bodyDecision.matches(bareHeading) {
            return Found(heading: bareHeading, kind: .decision, inlineText: nil)
        }
        if recommends.matches(text), text.count <= 100 {
            let heading = TextLine.trimming(text) { ":, ".unicodeScalars.contains($0) }
            return Found(heading: heading, kind: .recommendation, inlineText: nil)
        }
        if let labelled = labelledLine(line) { return labelled }
        return nil
    }

    /// The kind of a section named exactly `name` (case-insensitive), or `nil` for an unknown name.
    static func kind(ofName name: String) -> Section.Kind? {
        kinds[name]
    }

    // `**Fraværende** Jon Krongaard, …` or `Beslutning: Godkendt.`: a known name, then text on the same line.
    private static func labelledLine(_ line: Line) -> Found? {
        if line.raw.utf8.contains(UInt8(ascii: "*")),
            let match = boldLabel.firstMatch(in: TextLine.trimming(line.raw, where: TextLine.isSpace)),
            let name = match.groups[0], let rest = match.groups[1]
        {
            let heading = TextLine.trimming(TextLine.plain(String(name))) { ": ".unicodeScalars.contains($0) }
            if let kind = kind(ofName: heading) {
                return Found(heading: heading, kind: kind, inlineText: TextLine.body(String(rest)))
            }
        }
        let text = line.plain
        if text.utf8.contains(UInt8(ascii: ":")), let colon = text.firstIndex(of: ":") {
            let heading = String(text[..<colon])
            let rest = TextLine.trimming(text[text.index(after: colon)...], where: TextLine.isSpace)
            if !rest.isEmpty, let kind = kind(ofName: heading) {
                return Found(heading: heading, kind: kind, inlineText: rest)
            }
        }
        return nil
    }

    private static let boldLabel = Pattern(
        #"^(?:#{1,6}\s+)?\*\*([^*]{2,60})\*\*\s*:?\s*(\S.*)$"#,
        requiring: ["**"]
    )

    // Beslutning, Beslutning i Byrådet den 5. maj 2023, Beslutning (udvalg), Beslutning den 15-09-2022.
    private static let decision = Pattern(
        #"^(?:endelig\s+)?beslutning(?:er)?(?:\s+(?:i|den|d\.)\s+.+|\s*\(.+\))?$"#,
        requiring: ["beslutning"]
    )
    // Økonomiudvalgets beslutning, Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2.
    private static let bodyDecision = Pattern(
        #"^(?:\S+\s+){0,6}\S+s\s+beslutning(?:\s+(?:den|d\.)\s+.+)?$"#,
        requiring: ["beslutning"]
    )
    // Forvaltningen indstiller, / Direktionen indstiller, at / Sundhedssamarbejdsudvalget i Region X indstiller
    private static let recommends = Pattern(
        #"^\p{Lu}[^.!?]*\sindstiller(?:,?\s*at)?\s*[,:]?\s*$"#,
        caseInsensitive: false,
        requiring: ["indstiller"]
    )

    private static let kinds: NameTable<Section.Kind> = {
        let table: [(Section.Kind, [String])] = [
            (
                .summary,
                [
                    "sagsindhold", "beslutningstema", "resume", "resumé", "sammenfatning", "kort sagsbeskrivelse",
                    "sagens indhold", "hvad skal besluttes", "formål", "indledning",
                ]
            ),
            (
                .presentation,
                [
                    "sagsfremstilling", "sagsbeskrivelse", "supplerende sagsfremstilling", "sagens baggrund",
                    "beskrivelse", "sagsforklaring", "fremstilling", "supplerende sagsbeskrivelse",
                    "ny supplerende sagsfremstilling",
                ]
            ),
            (
                .recommendation,
                [
                    "indstilling", "indstillinger", "forslag til beslutning", "administrationens indstilling",
                    "forvaltningens indstilling", "direktionens indstilling", "forvaltningen indstiller",
                    "direktionen indstiller", "administrationen indstiller", "indstilling fra forvaltningen",
                    "supplerende indstilling",
                ]
            ),
            (.decision, ["beslutning", "beslutninger", "afgørelse", "udvalgets beslutning", "byrådets beslutning"]),
            (
                .economy,
                [
                    "økonomi", "økonomiske konsekvenser", "økonomi og finansiering", "finansiering",
                    "bevillingsmæssige konsekvenser", "økonomiske forhold", "økonomisk vurdering",
                    "økonomi og bevilling", "bevilling", "økonomiske konsekvenser og finansiering",
                ]
            ),
            (.legalBasis, ["lovgrundlag", "lovgivning", "retsgrundlag", "hjemmel", "lovhjemmel", "juridiske forhold"]),
            (.history, ["historik", "sagens forløb", "tidligere beslutninger", "tidligere behandling", "forløb"]),
            (
                .procedure,
                [
                    "procedure", "videre proces", "proces", "sagsgang", "beslutningskompetence", "kompetence",
                    "beslutningen træffes af", "sagsprocedure",
                ]
            ),
            (.communication, ["kommunikation", "kommunikation og presse", "information og kommunikation"]),
            (.attachments, ["bilag", "bilagsliste", "vedhæftede bilag", "bilagsfortegnelse"]),
            (
                .absent,
                [
                    "fraværende", "afbud", "fravær", "fraværende/afbud", "afbud/fraværende",
                    "følgende deltog ikke i behandlingen af punktet",
                ]
            ),
            (
                .other,
                [
                    "høring", "høringssvar", "tidsplan", "miljøvurdering", "baggrund", "vurdering",
                    "administrationens vurdering", "forvaltningens vurdering", "personalemæssige konsekvenser",
                    "konsekvenser", "bæredygtighed", "klimakonsekvenser", "risikovurdering", "borgerinddragelse",
                    "inddragelse", "udtalelse", "handicappolitik", "alternativer", "supplerende oplysninger",
                    "sagsbehandling", "implementering", "opfølgning", "målgruppe", "sundhedsmæssige konsekvenser",
                    "erhvervsmæssige konsekvenser", "retlige konsekvenser", "dokumenter", "protokoltilførsel",
                    "mindretalsudtalelse", "øvrige konsekvenser", "øvrige forhold",
                ]
            ),
        ]
        var kinds: [String: Section.Kind] = [:]
        for (kind, names) in table {
            for name in names { kinds[name] = kind }
        }
        return NameTable(kinds)
    }()
}
