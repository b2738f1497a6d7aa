import CXapian

/// One page of search results (`Xapian::MSet`); it keeps its ``Enquire`` and so its ``Database`` alive.
public final class MSet {
    /// A hit on this page.
    public typealias Hit = XapianKit.Hit

    let handle: OpaquePointer
    /// The session that produced this page.
    public let enquire: Enquire

    /// The number of hits on this page.
    public let count: Int
    /// Xapian's estimate of the total number of matches.
    public let matchesEstimated: Int
    /// A lower bound on the total number of matches.
    public let matchesLowerBound: Int
    /// An upper bound on the total number of matches.
    public let matchesUpperBound: Int

    init(handle: OpaquePointer, enquire: Enquire) {
        self.handle = handle
        self.enquire = enquire
        count = Int(cx_mset_size(handle))
        var estimated: UInt32 = 0
        var lower: UInt32 = 0
        var upper: UInt32 = 0
        cx_mset_matches(handle, &estimated, &lower, &upper)
        matchesEstimated = Int(estimated)
        matchesLowerBound = Int(lower)
        matchesUpperBound = Int(upper)
    }

    deinit {
        cx_mset_free(handle)
    }

    /// The hit at `index` (`0 ..< count`) on this page, with its stored data: all of it, or with `dataPrefix` only
    /// its first bytes, cut back to whole characters (``Hit/dataIsCut`` then says whether any were left out).
    ///
    /// Xapian reads a document's data whole either way; a prefix spares copying and decoding what is not needed.
    ///
    /// - Throws: ``XapianError`` with code `.range` for an index outside the page, `.modified` when the database
    ///   changed underneath.
    public func hit(at index: Int, dataPrefix: Int? = nil) throws(XapianError) -> Hit {
        var docID: UInt32 = 0
        var rank: UInt32 = 0
        var weight = 0.0
        var percent: Int32 = 0
        var collapseCount: UInt32 = 0
        var cut: Int32 = 0
        let data = try checkString { bytes, length, error in
            cx_mset_hit_prefix(
                handle,
                UInt32(clamping: index),
                dataPrefix.map { max($0, 0) } ?? Int.max,
                &docID,
                &rank,
                &weight,
                &percent,
                &collapseCount,
                bytes,
                length,
                &cut,
                error
            )
        }
        return Hit(
            docID: docID,
            rank: Int(rank),
            weight: weight,
            percent: Int(percent),
            data: data,
            collapseCount: Int(collapseCount),
            dataIsCut: cut != 0
        )
    }

    /// The value in `slot` of the hit at `index` (`""` when the slot is empty).
    public func value(at index: Int, slot: UInt32) throws(XapianError) -> String {
        try checkString { bytes, length, error in
            cx_mset_value(handle, UInt32(clamping: index), slot, bytes, length, error)
        }
    }

    /// An extract of about `length` bytes of `text` around the query's matches, each match wrapped in
    /// `highlightStart`/`highlightEnd`, cuts marked with `omit` (`SNIPPET_EXHAUSTIVE`, without the background model, which reads the index for every word).
    ///
    /// Pass the document's original text and the indexer's stemmer. The text is not escaped: escape for the output
    /// format yourself, and use non-empty markers (Xapian 1.4.22 may return short text verbatim otherwise). If
    /// Xapian fails (e.g. the database changed underneath), the start of `text` is returned instead.
    public func snippet(
        _ text: String,
        length: Int,
        stemmer: Stemmer?,
        highlightStart: String,
        highlightEnd: String,
        omit: String = "\u{2026}"
    ) -> String {
        let result = try? checkString { bytes, count, error in
            text.withBytes { textBytes, textCount in
                highlightStart.withBytes { startBytes, startCount in
                    highlightEnd.withBytes { endBytes, endCount in
                        omit.withBytes { omitBytes, omitCount in
                            cx_mset_snippet(
                                handle,
                                textBytes,
                                textCount,
                                max(length, 0),
                                stemmer?.handle,
                                startBytes,
                                startCount,
                                endBytes,
                                endCount,
                                omitBytes,
                                omitCount,
                                bytes,
                                count,
                                error
                            )
                        }
                    }
                }
            }
        }
        if let result { return result }
        let prefix = String(text.utf8.prefix(max(length, 0))) ?? String(text.prefix(max(length, 0)))
        return prefix.count < text.count ? prefix + omit : prefix
    }
}

@available(*, unavailable)
extension MSet: Sendable {}
