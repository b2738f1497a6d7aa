import CXapian
import Glibc

/// A value a field function could not turn into a query: the parse fails with this message.
public struct FieldValueError: Error, Sendable {
    /// Why the value was refused; it becomes the message of the parse's ``XapianError/Code/querySyntax`` error.
    public var message: String

    /// Creates an error carrying `message`.
    public init(_ message: String) {
        self.message = message
    }
}

extension QueryParser {
    /// Makes `field:value` a filter (`boolean: true`) or a free-text field whose query `makeQuery` builds from the
    /// value as typed.
    ///
    /// A filter's function gets everything after `field:` unchanged, capitals, `/` and `..` included
    /// (`dato:2022-01..2022-06` arrives as `2022-01..2022-06`), and a quoted value without its quotes; filters on the
    /// same field are ORed, on different fields ANDed. A free-text field's function gets one word, lower-cased by
    /// Xapian. Throwing ``FieldValueError`` makes ``parse(_:flags:)`` throw a ``XapianError/Code/querySyntax``
    /// error with its message; return ``Query/matchNothing()`` for a valid value that no document has.
    public func addField(
        _ field: String,
        boolean: Bool,
        _ makeQuery: @escaping (String) throws(FieldValueError) -> Query
    ) {
        let function = FieldFunction(makeQuery)
        fieldFunctions.append(function)
        let context = Unmanaged.passUnretained(function).toOpaque()
        mustSucceed { error in
            field.withBytes {
                cx_qparser_add_field_function(handle, $0, $1, boolean ? 1 : 0, callFieldFunction, context, error)
            }
        }
    }
}

/// A field function in a box, so that the shim can carry a pointer to it as its processor's context.
final class FieldFunction {
    let makeQuery: (String) throws(FieldValueError) -> Query

    init(_ makeQuery: @escaping (String) throws(FieldValueError) -> Query) {
        self.makeQuery = makeQuery
    }
}

/// The `cx_field_function` behind every ``QueryParser/addField(_:boolean:_:)``: runs the boxed closure and hands the
/// shim a new handle on its query, or NULL and a malloc'ed message. Nothing may unwind through the C++ parser, and
/// nothing does: the closure's only error is typed and caught here.
private func callFieldFunction(
    context: UnsafeMutableRawPointer?,
    value: UnsafePointer<CChar>,
    count: Int,
    message: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> OpaquePointer? {
    guard let context else { preconditionFailure("a field function was registered without its context") }
    let function = Unmanaged<FieldFunction>.fromOpaque(context).takeUnretainedValue()
    do {
        let query = try function.makeQuery(String(bytes: value, count: count))
        // NULL only when out of memory: the shim then fails the parse with CX_ERR_OUT_OF_MEMORY.
        return withExtendedLifetime(query) { cx_query_copy(query.handle) }
    } catch {
        message.pointee = strdup(error.message)
        return nil
    }
}
