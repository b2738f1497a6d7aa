import CXapian

/// A document being built for indexing (`Xapian::Document`): terms, value slots and stored data.
///
/// Fill it directly or through a ``TermGenerator``, then hand it to ``WritableDatabase/replaceDocument(_:uniqueTerm:)``.
public final class Document {
    let handle: OpaquePointer

    /// Creates an empty document.
    public init() {
        handle = allocated(cx_doc_new())
    }

    deinit {
        cx_doc_free(handle)
    }

    /// Adds `term` (already prefixed and normalised) with the given within-document frequency, without a position.
    public func addTerm(_ term: String, wdf: Int = 1) {
        mustSucceed { error in term.withBytes { cx_doc_add_term(handle, $0, $1, UInt32(clamping: wdf), error) } }
    }

    /// Adds `term` as a boolean filter term: it matches but adds nothing to relevance (wdf 0).
    public func addBooleanTerm(_ term: String) {
        mustSucceed { error in term.withBytes { cx_doc_add_boolean_term(handle, $0, $1, error) } }
    }

    /// Stores `value` in `slot`, for sorting, ranges, collapsing and facets (one value per slot).
    public func setValue(_ value: String, slot: UInt32) {
        mustSucceed { error in value.withBytes { cx_doc_add_value(handle, slot, $0, $1, error) } }
    }

    /// The opaque data returned with each hit (e.g. JSON describing the item).
    public var data: String {
        get {
            orFatal { () throws(XapianError) in
                try checkString { bytes, count, error in cx_doc_get_data(handle, bytes, count, error) }
            }
        }
        set {
            mustSucceed { error in newValue.withBytes { cx_doc_set_data(handle, $0, $1, error) } }
        }
    }
}

@available(*, unavailable)
extension Document: Sendable {}
