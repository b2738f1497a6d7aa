/// How `referat serve` runs: which index, where it listens, and the limits on requests.
public struct ServerConfiguration: Sendable {
    /// The index, as `--db` takes it: a folder, a stub file or a folder of shards.
    public var databasePath: String
    /// The address to listen on; `127.0.0.1` keeps the server to this machine.
    public var host: String
    /// The port; 0 asks the system for a free one.
    public var port: Int
    /// The limits on one request.
    public var limits: WebLimits
    /// How often, at most, the index is checked for newly indexed items.
    public var refreshInterval: Duration

    /// A configuration with the defaults of `referat serve`.
    public init(
        databasePath: String = "Index",
        host: String = "127.0.0.1",
        port: Int = 8080,
        limits: WebLimits = WebLimits(),
        refreshInterval: Duration = .seconds(1)
    ) {
        self.databasePath = databasePath
        self.host = host
        self.port = port
        self.limits = limits
        self.refreshInterval = refreshInterval
    }
}
