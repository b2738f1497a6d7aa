import CXapian

/// A stemmer (`Xapian::Stem`): Snowball's for a language, e.g. Danish, or dictionary lemmas from hunspell.
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

    /// Creates a stemmer whose stems are hunspell lemmas from the dictionary `affix` + `dictionary` (e.g. Debian's
    /// `/usr/share/hunspell/da_DK.aff` and `.dic`), with Snowball's `fallback` stemmer for words it does not know.
    ///
    /// Words with anything but letters stay as written. The dictionary is loaded once per process, on first use.
    /// `wordCounts` (`word count` lines) is the evidence between readings of a word (see `HunspellStem.hpp`): of
    /// two, one whose lemma it holds ten times as often wins, so `planer` is `plan` rather than the verb `plane`.
    /// - Throws: ``XapianError`` with code `.invalidArgument` when a file is unreadable or `fallback` unknown.
    public init(
        hunspellAffix affix: String,
        dictionary: String,
        fallback: String,
        wordCounts: String = ""
    )
        throws(XapianError)
    {
        var handle: OpaquePointer?
        try check { error in
            affix.withBytes { aff, affCount in
                dictionary.withBytes { dic, dicCount in
                    fallback.withBytes { fallback, fallbackCount in
                        wordCounts.withBytes {
                            cx_stem_new_hunspell(
                                aff,
                                affCount,
                                dic,
                                dicCount,
                                fallback,
                                fallbackCount,
                                $0,
                                $1,
                                &handle,
                                error
                            )
                        }
                    }
                }
            }
        }
        self.handle = allocated(handle)
        self.language = fallback
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
