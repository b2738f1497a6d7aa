import Foundation

/// The meeting facts printed before the first agenda item: committee, date, time, place and who took part.
struct CoverPage {
    /// The municipality, when a line of the cover is nothing but its official name.
    var municipality: String?
    /// The committee without election period, or `nil`.
    var committee: String?
    /// The meeting date, or `nil`.
    var date: CalendarDate?
    /// `HH:MM`, or `nil`.
    var time: String?
    /// The meeting place, or `nil`.
    var place: String?
    /// Everyone listed, absent members included.
    var participants: [String] = []
    /// Members listed as absent.
    var absent: [String] = []
    /// Item numbers the table of contents puts on the closed (`true`) or open (`false`) agenda.
    var contentsStatus: [String: Bool] = [:]

    /// Reads the cover from the lines before the first item.
    init(lines: ArraySlice<Line>) {
        let contentsStart = lines.firstIndex { Self.contentsTitles.contains($0.plain) }
        let cover = lines[..<(contentsStart ?? lines.endIndex)]
        contentsStatus = AgendaStatus.contents(of: lines)

        let fields = Self.fields(in: cover)
        var labelled: Set<Int> = []
        for field in fields { labelled.formUnion(field.lines) }

        for field in fields {
            switch field.kind {
            case .date:
                if date == nil { date = DanishDate.parse(field.value) }
                if time == nil { time = Self.time(in: field.value) }
            case .time:
                if time == nil { time = Self.time(in: field.value) }
            case .place:
                if place == nil, !field.value.isEmpty { place = field.value }
            case .participants:
                for entry in NameList.entries(in: field.value) {
                    participants.append(entry.name)
                    if entry.isAbsent { absent.append(entry.name) }
                }
            case .absent:
                absent += NameList.names(in: field.value)
            case .committee:
                if committee == nil, !field.value.isEmpty { committee = Self.committeeName(field.value) }
            case .ignored:
                break
            }
        }
        absent = Self.unique(absent)
        participants = Self.unique(participants + absent)

        for index in cover.indices where !labelled.contains(index) && !ItemHeading.isContentsLine(cover[index].raw) {
            let plain = cover[index].plain
            guard !plain.isEmpty else { continue }
            if municipality == nil, plain.count <= 60, Self.namesAuthority.matches(plain),
                let official = MunicipalityDirectory.match(plain)
            {
                municipality = official
                continue
            }
            if committee == nil, Self.committeeWord.matches(plain) {
                let name = Self.committeeName(plain)
                if !name.isEmpty { committee = name }
            }
            if date == nil { date = DanishDate.parse(plain) }
            if time == nil, !plain.lowercased().contains("slut") { time = Self.time(in: plain) }
        }
    }

    /// `name` without a leading `Referat`/`Dagsorden`, a trailing date or an election period such as `(2022-2025)`.
    static func committeeName(_ name: String) -> String {
        var text = TextLine.plain(name)
        text = documentWord.replacing(in: text, with: "")
        if let date = DanishDate.firstMatch(in: text) {
            text = String(text[..<date.range.lowerBound])
        }
        text = dateLead.replacing(in: text, with: "")
        text = electionPeriod.replacing(in: text, with: "")
        return text.trimmingCharacters(in: CharacterSet(charactersIn: " ,-–:"))
    }

    /// `HH:MM` from the first `kl. 15:30`, `Kl. 16.00` or bare `15:30` in `text`.
    static func time(in text: String) -> String? {
        guard let match = clock.firstMatch(in: text) ?? bareClock.firstMatch(in: text),
            let hours = match.groups[0].flatMap({ Int($0) }), let minutes = match.groups[1].flatMap({ Int($0) }),
            hours < 24, minutes < 60
        else { return nil }
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    private enum FieldKind {
        case date, time, place, participants, absent, committee, ignored
    }

    private struct Field {
        var kind: FieldKind
        var value: String
        var lines: [Int]
    }

    // A field is a label at the start of a line (`Mødedato:`, `**Mødedato**`, `Mødedato<TAB>`) and its value,
    // which may continue on the following lines up to a blank line or the next label.
    private static func fields(in lines: ArraySlice<Line>) -> [Field] {
        var fields: [Field] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            guard let (kind, first) = label(of: lines[index].raw) else {
                index += 1
                continue
            }
            var field = Field(kind: kind, value: first, lines: [index])
            let usesCommas =
                first.contains(",")
                || lines[(index + 1)...].prefix { !$0.isBlank }.first?.raw.contains(",") == true
            var next = index + 1
            while next < lines.endIndex, !lines[next].isBlank, label(of: lines[next].raw) == nil,
                SectionHeading.find(in: lines[next]) == nil
            {
                let piece = lines[next].plain
                // A list that uses commas wraps mid-name; a list without them has one entry per line.
                if field.value.isEmpty || field.value.hasSuffix(",") || usesCommas {
                    field.value += (field.value.isEmpty ? "" : " ") + piece
                } else {
                    field.value += ", " + piece
                }
                field.lines.append(next)
                next += 1
            }
            fields.append(field)
            index = next
        }
        return fields
    }

    private static func label(of line: String) -> (FieldKind, String)? {
        // Bold marks become tabs so that `**Mødedato** Torsdag` reads like `Mødedato<TAB>Torsdag`.
        var text = line
        // Bytes first: most lines have no bold marks, and replacingOccurrences bridges to NSString.
        if text.utf8.contains(UInt8(ascii: "*")) { text = text.replacingOccurrences(of: "**", with: "\t") }
        if text.utf8.contains(UInt8(ascii: "_")) { text = text.replacingOccurrences(of: "__", with: "\t") }
        text = TextLine.trimming(text, where: TextLine.isSpace)
        guard let match = labelPattern.firstMatch(in: text), let name = match.groups[0] else { return nil }
        let value = TextLine.plain(match.groups[1].map(String.init) ?? "")
        let key = name.lowercased()
        for (kind, names) in labels where names.contains(key) {
            return (kind, value.trimmingCharacters(in: CharacterSet(charactersIn: " .")))
        }
        return nil
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    private static let labels: [(FieldKind, Set<String>)] = [
        (.date, ["mødedato", "dato"]),
        (.time, ["mødetidspunkt", "tidspunkt", "tid", "mødetid", "starttidspunkt", "mødestart", "start"]),
        (.place, ["mødested", "sted", "mødelokale", "lokale"]),
        (.participants, ["deltagere", "mødedeltagere", "medlemmer", "til stede", "tilstede", "fremmødte"]),
        (.absent, ["fraværende", "afbud", "fravær", "fraværende/afbud", "afbud/fraværende"]),
        (.committee, ["udvalg", "udvalget", "forum", "organ"]),
        (
            .ignored,
            [
                "bemærkninger", "bemærkning", "sekretær", "referent", "mødeleder", "formand", "sluttidspunkt",
                "mødet sluttede", "mødet slut", "slut", "note", "andre deltagere", "øvrige deltagere", "gæster",
            ]
        ),
    ]

    private static let labelPattern: Pattern = {
        let names = labels.flatMap(\.1).sorted { $0.count > $1.count }
            .map { NSRegularExpression.escapedPattern(for: $0) }
        // Every label holds its longest run of ASCII letters, e.g. `dedato` of `mødedato`.
        let literals = labels.flatMap(\.1).map { (name: String) -> String in
            let runs: [Substring] = name.split(whereSeparator: { !$0.isASCII })
            return String(runs.max { $0.count < $1.count } ?? Substring(name))
        }
        return Pattern(
            #"^(?:#{1,6}\s+)?("# + names.joined(separator: "|") + #")\s*(?::|\t|$)\s*(.*)$"#,
            requiring: literals
        )
    }()

    private static let contentsTitles = NameTable([
        "indholdsfortegnelse", "indholdsfortegnelse:", "indhold", "indhold:", "dagsordenoversigt", "punktoversigt",
        "oversigt over punkter",
    ])
    private static let namesAuthority = Pattern(
        #"\b(?:kommune|regionskommune)$|^region\s"#,
        requiring: ["kommune", "region"]
    )
    private static let committeeWord = Pattern(
        #"udvalg|byråd|kommunalbestyrelse|regionsråd|borgerrepræsentation|råd(?:et)?\b|bestyrelse|nævn|forum"#
    )
    private static let documentWord = Pattern(
        #"^(?:(?:åbent|åben|lukket)\s+)?(?:referat|dagsorden|beslutningsprotokol|protokol|mødeindkaldelse)"#
            + #"(?:\s+(?:fra|for|til|af))?(?:\s+mødet\s+i)?\s*[:\-–]?\s*"#
    )
    private static let dateLead = Pattern(
        #"(?:[\s,]+(?:d\.|den|mødet|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag))+[\s,]*$"#
    )
    private static let electionPeriod = Pattern(#"\s*[(\[]?\s*(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)\d{2}\s*[)\]]?\s*$"#)
    private static let clock = Pattern(#"\bkl\.?\s*(\d{1,2})[.:](\d{2})\b"#)
    private static let bareClock = Pattern(#"(?<![\d.:/-])(\d{1,2}):(\d{2})(?![\d:])"#)
}
