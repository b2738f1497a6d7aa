import CXapian

extension Query {
    /// This query with each word of its phrases also matching the word's other forms in `database`.
    ///
    /// A phrase word becomes the OR of the terms in `database` that share its term prefix and its stem under
    /// `stemmer`, so `"lokalplaner for"` finds "lokalplanen for" in an index whose positions are on the words as
    /// written (Xapian's `STEM_SOME`, as Omega indexes). Phrases keep their words' order and adjacency, and are
    /// weighted by their words' `Z` stem terms, as a phrase of stems would be.
    public func inflectingPhrases(in database: Database, stemmer: Stemmer) throws(XapianError) -> Query {
        var inflected: OpaquePointer?
        try withExtendedLifetime((database, stemmer)) { () throws(XapianError) in
            try check { error in cx_query_inflect_phrases(handle, database.handle, stemmer.handle, &inflected, error) }
        }
        return Query(handle: allocated(inflected))
    }
}
