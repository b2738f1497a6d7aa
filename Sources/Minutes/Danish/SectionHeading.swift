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
        let text = TextLine.plain(line)
        guard !text.isEmpty, text.count <= 140 else { return nil }
        let bareHeading = text.trimmingCharacters(in: CharacterSet(charactersIn: ":,. "))
        if let kind = kind(ofName: bareHeading) {
            return Found(heading: bareHeading, kind: kind, inlineText: nil)
        }
        // A sentence that happens to start with "Beslutning i …" ends with a full stop; a heading does not.
        if !text.hasSuffix("."), decision.matches(bareHeading) || bodyDecision.matches(bareHeading) {
            return Found(heading: bareHeading, kind: .decision, inlineText: nil)
        }
        if recommends.matches(text), text.count <= 100 {
            let heading = text.trimmingCharacters(in: CharacterSet(charactersIn: ":, "))
            return Found(heading: heading, kind: .recommendation, inlineText: nil)
        }
        if let labelled = labelledLine(line) { return labelled }
        return nil
    }

    /// The kind of a section named exactly `name` (case-insensitive), or `nil` for an unknown name.
    static func kind(ofName name: String) -> Section.Kind? {
        kinds[name.lowercased()]
    }

    // `**Fraværende** Jon Krongaard, …` or `Beslutning: Godkendt.`: a known name, then text on the same line.
    private static func labelledLine(_ line: String) -> Found? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if let match = boldLabel.firstMatch(in: trimmed), let name = match.groups[0], let rest = match.groups[1] {
            let heading = TextLine.plain(String(name)).trimmingCharacters(in: CharacterSet(charactersIn: ": "))
            if let kind = kind(ofName: heading) {
                return Found(heading: heading, kind: kind, inlineText: TextLine.body(String(rest)))
            }
        }
        let text = TextLine.plain(line)
        if let colon = text.firstIndex(of: ":") {
            let heading = String(text[..<colon])
            let rest = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty, let kind = kind(ofName: heading) {
                return Found(heading: heading, kind: kind, inlineText: rest)
            }
        }
        return nil
    }

    private static let boldLabel = Pattern(#"^(?:#{1,6}\s+)?\*\*([^*]{2,60})\*\*\s*:?\s*(\S.*)$"#)

    // Beslutning, Beslutning i Byrådet den 5. maj 2023, Beslutning (udvalg), Beslutning den 15-09-2022.
    private static let decision = Pattern(#"^(?:endelig\s+)?beslutning(?:er)?(?:\s+(?:i|den|d\.)\s+.+|\s*\(.+\))?$"#)
    // Økonomiudvalgets beslutning, Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2.
    private static let bodyDecision = Pattern(#"^(?:\S+\s+){0,6}\S+s\s+beslutning(?:\s+(?:den|d\.)\s+.+)?$"#)
    // Forvaltningen indstiller, / Direktionen indstiller, at / Sundhedssamarbejdsudvalget i Region X indstiller
    private static let recommends = Pattern(
        #"^\p{Lu}[^.!?]*\sindstiller(?:,?\s*at)?\s*[,:]?\s*$"#,
        caseInsensitive: false
    )

    private static let kinds: [String: Section.Kind] = {
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
        return kinds
    }()
}
