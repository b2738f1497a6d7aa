import CXapian

extension Query {
    /// This query with each stem of a word the dictionary does not know also matching the lemmas of the words in
    /// `database` that share its fallback (Snowball) stem.
    ///
    /// With a hunspell `stemmer` (``Stemmer/init(hunspellAffix:dictionary:fallback:wordCounts:)``), the name `ukraine`, which
    /// the dictionary knows only capitalised, has Snowball's stem `ukrain`, and `ukrainere` the lemma `ukrainer`;
    /// `Zukrain` then becomes `Zukrain SYNONYM Zukrainer`, as Snowball stemmed both alike. Words the dictionary
    /// knows keep their lemmas; with any other stemmer the query stays as it is.
    public func wideningUnknownWords(in database: Database, stemmer: Stemmer) throws(XapianError) -> Query {
        var widened: OpaquePointer?
        try withExtendedLifetime((database, stemmer)) { () throws(XapianError) in
            try check { error in
                cx_query_widen_unknown_words(handle, database.handle, stemmer.handle, &widened, error)
            }
        }
        return Query(handle: allocated(widened))
    }
}
