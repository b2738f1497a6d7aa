import CXapian

/// A stop-word list (`Xapian::SimpleStopper`): words the term generator skips and the query parser drops.
///
/// Debian's Xapian ships no Danish list; pass one in (Snowball's Danish list is the usual source).
public final class Stopper {
    let handle: OpaquePointer

    /// Creates a stopper for exactly `words` (compared byte for byte, so pass lowercase NFC words).
    public init(words: some Sequence<String>) {
        handle = allocated(cx_stopper_new())
        for word in words {
            mustSucceed { error in word.withBytes { cx_stopper_add(handle, $0, $1, error) } }
        }
    }

    deinit {
        cx_stopper_free(handle)
    }
}

@available(*, unavailable)
extension Stopper: Sendable {}
