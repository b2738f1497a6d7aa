/// Why `compare` could not finish: a missing program or one that failed.
struct CompareError: Error, CustomStringConvertible {
    /// What went wrong, in one line.
    var description: String

    /// An error saying `description`.
    init(_ description: String) { self.description = description }
}
