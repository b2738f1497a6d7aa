/// Why the server could not start.
public enum ServerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The templates, stylesheet or OpenAPI document are not beside the program.
    case missingResources

    public var description: String {
        switch self {
        case .missingResources:
            "the server's templates and stylesheet are missing (referat_ReferatServer.resources beside the program)"
        }
    }
}
