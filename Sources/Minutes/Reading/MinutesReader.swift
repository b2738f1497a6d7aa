/// A reader for one publishing format, such as text extracted from a PDF or a FirstAgenda JSON export.
///
/// A new format is one new type conforming to this protocol plus its line in `MinutesLoader.defaultReaders`.
public protocol MinutesReader: Sendable {
    /// Whether this reader recognises the content (by content, not only by file extension).
    func canRead(_ source: SourceDocument) -> Bool
    /// Parses one document into a meeting. Throws `MinutesError` naming the file and reason.
    func read(_ source: SourceDocument) throws -> Meeting
}
