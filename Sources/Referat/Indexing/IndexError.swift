/// Why an index cannot be written, in one line a user can act on.
public enum IndexError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The index was built with another analysis than the one asked for.
    case analysisMismatch(path: String, built: String, requested: Analysis)
    /// The index was written by a version of referat that laid documents out differently.
    case schemaMismatch(path: String, built: String)
    /// A thread building a shard of a new index ended without saying how it went.
    case shareUnfinished
    /// The shards of a new index could not be merged into it.
    case mergeFailed(path: String, reason: String)
    /// The index's folder or lock file may not be written, e.g. for want of permission or on a read-only disk.
    case notWritable(path: String, reason: String)
    /// The index's folder, or the one a rebuild writes beside it, could not be created.
    case cannotCreateFolder(path: String, reason: String)

    public var description: String {
        switch self {
        case .analysisMismatch(let path, let built, let requested):
            return "the index at \(path) was built with the \(built) analysis, not \(requested); use --rebuild"
        case .schemaMismatch(let path, let built):
            return "the index at \(path) has schema \(built), this referat writes \(IndexSchema.version); use --rebuild"
        case .shareUnfinished:
            return "a thread building part of the index ended without a result"
        case .mergeFailed(let path, let reason):
            return "cannot merge the new index into \(path): \(reason)"
        case .notWritable(let path, let reason):
            return "the index at \(path) is not writable: \(reason)"
        case .cannotCreateFolder(let path, let reason):
            return "cannot create index folder \(path): \(reason)"
        }
    }
}
