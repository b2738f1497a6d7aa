import Minutes

/// The most text the index keeps of one agenda item, and the cutting of an item to it.
///
/// Xapian holds a whole document in memory while it is written, and every search that finds it reads its data:
/// an item of 200 MB took over 2 GB to index and made each later search that hit it take half a minute. The
/// text past the limit is neither stored nor indexed; the writer reports each item cut.
public enum ItemTextLimit {
    /// 1 MiB of UTF-8 text per item, for its text and, apart, for its title: the largest item of the shipped
    /// corpus has 29 KB.
    public static let bytes = 1 << 20

    /// `bytes` in MiB with one decimal, for messages: `200.0 MiB`.
    public static func mebibytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MiB"
    }

    /// An item cut to the limit, with how much text it had.
    struct Cut {
        /// The item, its text, title and sections cut.
        var item: AgendaItem
        /// The UTF-8 bytes of the item's whole text before cutting.
        var originalBytes: Int
    }

    /// `item` with its text, title and sections (together) cut to `limit` bytes each at a word boundary, or `nil`
    /// when it is within the limit.
    static func cut(_ item: AgendaItem, to limit: Int = bytes) -> Cut? {
        let sectionBytes = item.sections.reduce(0) { $0 + $1.text.utf8.count }
        guard item.text.utf8.count > limit || item.title.utf8.count > limit || sectionBytes > limit else {
            return nil
        }
        var cut = item
        cut.text = prefix(of: item.text, bytes: limit)
        cut.title = prefix(of: item.title, bytes: limit)
        var remaining = limit
        cut.sections = []
        for var section in item.sections where remaining > 0 {
            section.text = prefix(of: section.text, bytes: remaining)
            remaining -= section.text.utf8.count
            cut.sections.append(section)
        }
        return Cut(item: cut, originalBytes: max(item.text.utf8.count, sectionBytes))
    }

    /// The longest start of `text` of at most `bytes` UTF-8 bytes that ends before a space or line break, or,
    /// when the last 256 bytes hold none, at a character boundary.
    static func prefix(of text: String, bytes: Int) -> String {
        let utf8 = text.utf8
        guard utf8.count > bytes else { return text }
        let start = utf8.startIndex
        var end = utf8.index(start, offsetBy: bytes)
        // Back to the first byte of a scalar, then to a word boundary near it.
        while end > start, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        var space = end
        var looked = 0
        while space > start, looked < 256 {
            let before = utf8.index(before: space)
            if [0x20, 0x0A, 0x09, 0x0D].contains(utf8[before]) {
                end = before
                break
            }
            space = before
            looked += 1
        }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
