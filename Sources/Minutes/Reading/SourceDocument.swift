import Foundation

/// One published document as read from disk: where it came from, its bytes and, if it is text, its text.
public struct SourceDocument: Sendable {
    /// Where the document was read from; errors name this path.
    public var url: URL
    /// The raw bytes; fixed, because `text` is decoded from them.
    public let data: Data
    /// The bytes decoded as text (UTF-8, UTF-16 with BOM or Windows-1252), NFC with `\n` line ends;
    /// `nil` when the bytes are not text.
    public let text: String?
    private let textFailure: TextDecoding.Failure?

    /// Wraps `data` read from `url`, decoding it as text once.
    public init(url: URL, data: Data) {
        self.url = url
        self.data = data
        switch TextDecoding.decode(data) {
        case .success(let text):
            self.text = text
            textFailure = nil
        case .failure(let failure):
            text = nil
            textFailure = failure
        }
    }

    /// Wraps text that is already decoded, e.g. in tests or from another tool's output.
    public init(url: URL, text: String) {
        self.url = url
        self.data = Data(text.utf8)
        self.text = TextDecoding.normalized(text)
        textFailure = nil
    }

    /// The decoded text, or a `MinutesError` saying why the bytes are not text.
    public func decodedText() throws(MinutesError) -> String {
        if let text { return text }
        throw error(textFailure?.reason ?? "not text")
    }

    /// An error about this document.
    public func error(_ reason: String) -> MinutesError {
        MinutesError(path: url.path, reason: reason)
    }
}
