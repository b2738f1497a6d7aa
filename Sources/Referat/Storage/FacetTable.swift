import XapianKit

extension WritableDatabase {
    /// Commits, then stores the table searches count facets from (``IndexSchema/Metadata/facetTable``) for the
    /// revision it makes; `false` when the table was already current.
    @discardableResult
    func storeFacetTable() throws(XapianError) -> Bool {
        try storeValueTable(
            slots: IndexSchema.facetSlots,
            separators: IndexSchema.facetSeparators,
            forKey: IndexSchema.Metadata.facetTable
        )
    }
}
