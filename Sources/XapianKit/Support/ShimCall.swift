import CXapian

// Helpers that move strings and errors across the C boundary. Strings go in as UTF-8 bytes with an explicit
// length and come back malloc'ed; every malloc'ed string is freed here, right after it is copied into Swift.

/// The out-parameter through which a shim function reports its error message.
typealias ErrorOut = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

extension String {
    /// Calls `body` with this string's UTF-8 bytes and their count (NUL bytes inside the string are kept).
    func withBytes<Result>(_ body: (UnsafePointer<CChar>, Int) -> Result) -> Result {
        withCString { body($0, utf8.count) }
    }

    /// Copies `count` UTF-8 bytes; invalid sequences become U+FFFD.
    init(bytes: UnsafePointer<CChar>?, count: Int) {
        guard let bytes, count > 0 else {
            self = ""
            return
        }
        self = String(decoding: UnsafeRawBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}

/// Runs a fallible shim call and throws its error, freeing the message.
func check(_ call: (ErrorOut) -> Int32) throws(XapianError) {
    var message: UnsafeMutablePointer<CChar>?
    let status = call(&message)
    guard status != 0 else { return }
    defer { cx_string_free(message) }
    throw XapianError(status: status, message: message.map { String(cString: $0) } ?? "")
}

/// Runs a fallible shim call that hands back a malloc'ed string, and takes ownership of that string.
func checkString(
    _ call: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<Int>, ErrorOut) -> Int32
) throws(XapianError) -> String {
    var bytes: UnsafeMutablePointer<CChar>?
    var count = 0
    try check { error in call(&bytes, &count, error) }
    defer { cx_string_free(bytes) }
    return String(bytes: bytes, count: count)
}

/// Runs a fallible shim call that hands back a term list, and copies and frees that list.
func checkTermList(_ call: (UnsafeMutablePointer<OpaquePointer?>, ErrorOut) -> Int32) throws(XapianError) -> [TermCount]
{
    var list: OpaquePointer?
    try check { error in call(&list, error) }
    guard let list else { return [] }
    defer { cx_term_list_free(list) }
    return (0..<cx_term_list_count(list)).map { index in
        var term: UnsafePointer<CChar>?
        var length = 0
        var count: UInt64 = 0
        cx_term_list_get(list, index, &term, &length, &count)
        return TermCount(term: String(bytes: term, count: length), count: Int(clamping: count))
    }
}

/// Takes ownership of a malloc'ed string returned by an infallible shim call (nil only when out of memory).
func takeString(_ call: (UnsafeMutablePointer<Int>) -> UnsafeMutablePointer<CChar>?) -> String {
    var count = 0
    guard let bytes = call(&count) else { outOfMemory() }
    defer { cx_string_free(bytes) }
    return String(bytes: bytes, count: count)
}

/// For shim calls whose only possible failure is running out of memory (or misuse documented at the call site):
/// such a failure is not recoverable, so it stops the process with Xapian's message.
func mustSucceed(_ call: (ErrorOut) -> Int32) {
    orFatal { () throws(XapianError) in try check(call) }
}

/// Runs `body`, stopping the process if it throws; see ``mustSucceed(_:)`` for when that is the right call.
func orFatal<Result>(_ body: () throws(XapianError) -> Result) -> Result {
    do {
        return try body()
    } catch {
        fatalError("Xapian failed where it cannot fail in normal use: \(error)")
    }
}

/// Unwraps a handle returned by an allocating shim call (nil only when out of memory).
func allocated(_ handle: OpaquePointer?) -> OpaquePointer {
    guard let handle else { outOfMemory() }
    return handle
}

/// Stops the process: Swift itself has no way to recover from exhausted memory either.
func outOfMemory() -> Never {
    fatalError("Xapian: out of memory")
}
