import CXapian

/// A Snowball stemmer (`Xapian::Stem`), e.g. Danish.
public final class Stemmer {
    let handle: OpaquePointer

    /// The language the stemmer was created for.
    public let language: String

    /// Creates the stemmer for `language` (`"danish"`, `"da"`, `"none"`, ...).
    ///
    /// - Throws: ``XapianError`` with code `.invalidArgument` for an unknown language.
    public init(language: String) throws(XapianError) {
        var handle: OpaquePointer?
        try check { error in language.withBytes { cx_stem_new($0, $1, &handle, error) } }
        self.handle = allocated(handle)
        self.language = language
    }

    deinit {
        cx_stem_free(handle)
    }

    /// The stem of `word`. The word should already be lowercase: the stemmer does not fold case.
    public func stem(_ word: String) -> String {
        orFatal { () throws(XapianError) in
            try checkString { bytes, count, error in
                word.withBytes { cx_stem_word(handle, $0, $1, bytes, count, error) }
            }
        }
    }
}

@available(*, unavailable)
extension Stemmer: Sendable {}
