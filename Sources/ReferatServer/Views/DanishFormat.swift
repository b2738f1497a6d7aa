/// Numbers and dates as Danish readers write them.
enum DanishFormat {
    static let months = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
        "november", "december",
    ]

    /// `1234567` → `1.234.567`.
    static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var output = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { output += "." }
            output.append(digit)
        }
        return value < 0 ? "-" + output : output
    }

    /// `2023-03-07` → `7. marts 2023`; anything else as it is.
    static func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]) else {
            return iso
        }
        return "\(day). \(months[month - 1]) \(parts[0])"
    }

    /// `2023-03` → `marts 2023`.
    static func month(year: Int, month: Int) -> String {
        "\(months[month - 1]) \(year)"
    }

    /// `count` and the noun in singular or plural: `1 punkt`, `3 punkter`.
    static func count(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(number(count)) \(count == 1 ? singular : plural)"
    }
}
