/// Splits an HTML fragment into text and tags, the way a browser would read them for their text.
///
/// Attributes are skipped (quoted values may hold `>`), comments, doctypes and processing instructions
/// are dropped, and the content of `script` and `style` is never returned. Text comes with its character
/// references decoded. A `<` that opens no tag is text.
struct HTMLTokenizer: Sequence, IteratorProtocol {
    /// One piece of the fragment.
    enum Token: Equatable {
        /// Text with entities decoded and whitespace as written.
        case text(String)
        /// An opening tag, its name in lower case.
        case start(String)
        /// A closing tag, its name in lower case.
        case end(String)
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0

    /// Prepares to read `html`.
    init(_ html: String) {
        scalars = Array(html.unicodeScalars)
    }

    /// The next token, or `nil` at the end of the fragment.
    mutating func next() -> Token? {
        while position < scalars.count {
            guard opensMarkup(at: position) else { return .text(text()) }
            // A comment or declaration yields no token; the position has moved past it.
            if let token = tag() { return token }
        }
        return nil
    }

    // Text up to the next `<` that opens a tag, comment or declaration; always consumes at least one scalar.
    private mutating func text() -> String {
        var result = String.UnicodeScalarView()
        repeat {
            let scalar = scalars[position]
            if scalar == "&", let (decoded, length) = HTMLEntities.decode(scalars, at: position) {
                result.append(contentsOf: decoded.unicodeScalars)
                position += length
            } else {
                result.append(scalar)
                position += 1
            }
        } while position < scalars.count && !opensMarkup(at: position)
        return String(result)
    }

    private func opensMarkup(at index: Int) -> Bool {
        guard scalars[index] == "<", index + 1 < scalars.count else { return false }
        let next = scalars[index + 1]
        return isNameStart(next) || next == "/" || next == "!" || next == "?"
    }

    // At a `<` that opens markup: reads a tag and returns it, or skips a comment, declaration or nameless end
    // tag and returns nil. Either way the position moves past what was read.
    private mutating func tag() -> Token? {
        let next = scalars[position + 1]
        if next == "!" || next == "?" {
            if next == "!", starts(with: "<!--", at: position) {
                position = index(after: "-->", from: position + 4) ?? scalars.count
            } else {
                position = index(after: ">", from: position + 2) ?? scalars.count
            }
            return nil
        }
        let isEnd = next == "/"
        var cursor = position + (isEnd ? 2 : 1)
        guard cursor < scalars.count, isNameStart(scalars[cursor]) else {
            // `</` followed by no name: browsers drop it up to the next `>`.
            position = index(after: ">", from: cursor) ?? scalars.count
            return nil
        }
        var name = ""
        while cursor < scalars.count, isNameCharacter(scalars[cursor]) {
            name.unicodeScalars.append(scalars[cursor])
            cursor += 1
        }
        name = name.lowercased()
        position = endOfTag(from: cursor)
        if isEnd { return .end(name) }
        if name == "script" || name == "style" {
            position = rawTextEnd(of: name)
        }
        return .start(name)
    }

    // The index after the `>` that closes a tag, skipping quoted attribute values.
    private func endOfTag(from start: Int) -> Int {
        var cursor = start
        var quote: Unicode.Scalar?
        while cursor < scalars.count {
            let scalar = scalars[cursor]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return cursor + 1
            }
            cursor += 1
        }
        return scalars.count
    }

    // Where the closing tag of a raw-text element (`</script`) starts, or the end of the fragment.
    private func rawTextEnd(of name: String) -> Int {
        var cursor = position
        let closing = "</" + name
        while cursor < scalars.count {
            if starts(with: closing, at: cursor, ignoringCase: true) { return cursor }
            cursor += 1
        }
        return scalars.count
    }

    private func starts(with prefix: String, at index: Int, ignoringCase: Bool = false) -> Bool {
        var cursor = index
        for expected in prefix.unicodeScalars {
            guard cursor < scalars.count else { return false }
            let actual = scalars[cursor]
            let matches =
                ignoringCase
                ? String(actual).lowercased() == String(expected).lowercased()
                : actual == expected
            guard matches else { return false }
            cursor += 1
        }
        return true
    }

    private func index(after terminator: String, from start: Int) -> Int? {
        var cursor = start
        while cursor < scalars.count {
            if starts(with: terminator, at: cursor) { return cursor + terminator.unicodeScalars.count }
            cursor += 1
        }
        return nil
    }

    private func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == ":"
    }
}
