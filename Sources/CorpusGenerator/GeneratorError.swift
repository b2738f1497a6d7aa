/// Why a corpus could not be generated, in one line.
public struct GeneratorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, e.g. `no files under Corpus`.
    public var message: String

    /// Creates an error saying `message`.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
