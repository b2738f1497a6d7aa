/// How a municipality's case system prints case numbers; each style is one that Danish minutes use.
public enum CaseNumberStyle: Sendable, Hashable, CaseIterable {
    /// Two-digit year, hyphen, six digits: `21-014448` (SBSYS, as Greve prints it).
    case yearHyphenSix
    /// Two-digit year, slash, serial: `22/18533` (as Haderslev prints it).
    case yearSlash
    /// KLE subject code, letter code, serial and year: `15.00.00-A00-9-23` (as Hedensted prints it).
    case kle
    /// Four-digit year, hyphen, five digits: `2011-29298` (eDoc, as Ballerup prints it).
    case fullYearHyphen

    /// The case number of serial `serial` opened in `year`.
    func format(year: Int, serial: Int, generator: inout SeededGenerator) -> String {
        let short = pad(year % 100, 2)
        switch self {
        case .yearHyphenSix: return "\(short)-\(pad(serial, 6))"
        case .yearSlash: return "\(short)/\(serial)"
        case .kle:
            let subject = generator.pick(Self.kleSubjects)
            let facet = generator.pick(Self.kleFacets)
            return "\(subject)-\(facet)-\(serial)-\(short)"
        case .fullYearHyphen: return "\(year)-\(pad(serial, 5))"
        }
    }

    /// The first serial number of a year and the largest step between two cases.
    var serials: (start: ClosedRange<Int>, step: ClosedRange<Int>) {
        switch self {
        case .yearHyphenSix: (1000...9000, 1...60)
        case .yearSlash: (100...3000, 1...40)
        case .kle: (1...5, 1...3)
        case .fullYearHyphen: (1000...9000, 1...50)
        }
    }

    // KLE main groups as they head real journal numbers (administration, children, social, roads, planning…).
    private static let kleSubjects = [
        "00.01.00", "00.01.10", "00.30.00", "01.02.00", "02.00.00", "05.01.00", "13.00.00", "15.00.00",
        "16.00.00", "17.01.00", "17.02.00", "18.00.00", "20.00.00", "27.00.00", "28.00.00", "29.00.00",
        "32.00.00", "81.00.00", "82.00.00", "85.00.00",
    ]
    private static let kleFacets = ["A00", "A01", "A08", "G01", "G10", "P19", "P20", "Ø00", "Ø02", "K08"]
}

/// `number` with leading zeros to `width` digits.
func pad(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
