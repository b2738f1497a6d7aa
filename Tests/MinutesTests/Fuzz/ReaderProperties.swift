import Foundation
import Minutes

/// What must hold whatever bytes a minutes file holds: the loader either gives a well-formed meeting or throws a
/// `MinutesError` naming the file and saying in one line what is wrong.
enum ReaderProperties {
    /// What is wrong with how the default loader treats `bytes` as the file `name`, or `nil` when nothing is.
    static func problem(reading bytes: [UInt8], as name: String) -> String? {
        let url = URL(fileURLWithPath: "/fuzz").appendingPathComponent(name)
        do {
            return problem(with: try MinutesLoader().load(Data(bytes), from: url))
        } catch let error as MinutesError {
            if error.path != url.path { return "the error names \(error.path), not the file" }
            if error.reason.isEmpty { return "the error gives no reason" }
            if error.reason.contains("\n") || error.reason.count > 400 {
                return "the reason is not one short line: \(error.reason.prefix(400))"
            }
            return nil
        } catch {
            return "threw \(type(of: error)), not MinutesError: \(error)"
        }
    }

    // A meeting as the indexer may use it: items, a plausible date, and text without control characters other
    // than tab, line feed and form feed (a page break in text from PDFs).
    private static func problem(with meeting: Meeting) -> String? {
        if meeting.items.isEmpty { return "a meeting without items" }
        if !MeetingDateRange.dates().contains(meeting.date) { return "an implausible date \(meeting.date)" }
        let texts =
            [meeting.committee] + meeting.participants + meeting.absent
            + meeting.items.flatMap { [$0.number, $0.title, $0.text] + $0.sections.map(\.text) + $0.attachments }
        if let bad = texts.first(where: { $0.unicodeScalars.contains(where: isControl) }) {
            return "text with a control character: \(bad.debugDescription.prefix(160))"
        }
        return nil
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\u{0C}"
    }
}
