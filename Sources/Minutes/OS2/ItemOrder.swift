/// Orders agenda item numbers as an agenda does: `2` before `10`, `5` before `5a`.
enum ItemOrder {
    /// Whether item number `lhs` comes before `rhs`.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let left = split(lhs)
        let right = split(rhs)
        if left.number != right.number { return left.number < right.number }
        return left.suffix < right.suffix
    }

    private static func split(_ number: String) -> (number: Int, suffix: String) {
        let digits = number.prefix { $0.isASCII && $0.isNumber }
        return (Int(digits) ?? Int.max, String(number.dropFirst(digits.count)))
    }
}
