import CXapian

/// Turns text into terms of a ``Document`` (`Xapian::TermGenerator`): tokenises, lowercases, stems and records
/// positions, one field at a time.
public final class TermGenerator {
    let handle: OpaquePointer
    // Xapian keeps only a raw pointer to the stopper, so it must live as long as this generator.
    private let stopper: Stopper?
    private var spellingDatabase: WritableDatabase?

    /// Creates a generator; pass the same stemmer, stopper and strategy to the ``QueryParser``.
    ///
    /// With `rememberedStems` above 0 the generator keeps the stems of that many words, so a word it meets again
    /// is not stemmed again: the terms are the same, for less work and that much more memory.
    public init(stemmer: Stemmer?, stopper: Stopper?, strategy: StemmingStrategy = .some, rememberedStems: Int = 0) {
        handle = allocated(cx_termgen_new())
        self.stopper = stopper
        cx_termgen_set_remembering_stemmer(handle, stemmer?.handle, max(0, rememberedStems))
        cx_termgen_set_stopper(handle, stopper?.handle)
        cx_termgen_set_stemming_strategy(handle, strategy.cValue)
    }

    deinit {
        cx_termgen_free(handle)
    }

    /// Feeds every word indexed from now on into `database`'s spelling table (`FLAG_SPELLING`), which
    /// ``QueryParser/correctedQuery`` draws on.
    public func enableSpelling(into database: WritableDatabase) {
        spellingDatabase = database
        cx_termgen_enable_spelling(handle, database.handle)
    }

    /// Directs further terms into `document` and resets the term position to 0.
    public func setDocument(_ document: Document) {
        cx_termgen_set_document(handle, document.handle)
    }

    /// Indexes `text` with positions (for phrase and proximity queries); words get `wdf` each and `prefix`.
    ///
    /// Stops the process if Xapian fails, which happens only when out of memory or when spelling is enabled for a
    /// database that has been closed.
    public func index(_ text: String, wdf: Int = 1, prefix: String = "") {
        index(text, wdf: wdf, prefix: prefix, withPositions: true)
    }

    /// Indexes `text` without positions (smaller; no phrase matching); otherwise like ``index(_:wdf:prefix:)``.
    public func indexWithoutPositions(_ text: String, wdf: Int = 1, prefix: String = "") {
        index(text, wdf: wdf, prefix: prefix, withPositions: false)
    }

    /// Advances the term position, so that phrases do not match across the boundary between two fields.
    public func increaseTermPosition(by delta: Int = 100) {
        cx_termgen_increase_termpos(handle, UInt32(clamping: delta))
    }

    private func index(_ text: String, wdf: Int, prefix: String, withPositions: Bool) {
        mustSucceed { error in
            text.withBytes { textBytes, textCount in
                prefix.withBytes { prefixBytes, prefixCount in
                    cx_termgen_index_text(
                        handle,
                        textBytes,
                        textCount,
                        UInt32(clamping: wdf),
                        prefixBytes,
                        prefixCount,
                        withPositions ? 1 : 0,
                        error
                    )
                }
            }
        }
    }
}

@available(*, unavailable)
extension TermGenerator: Sendable {}
