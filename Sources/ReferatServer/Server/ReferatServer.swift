import Hummingbird
import Logging
import NIOCore

/// `referat serve`: the search page, the item, case and meeting pages, the JSON API and the Atom feeds over HTTP.
public enum ReferatServer {
    /// The application for `configuration`: opens the index and reads the templates now, so that a missing index
    /// or resource fails here with a clear error, before anything listens.
    ///
    /// - Parameter onListening: called with the port once the server listens (the one chosen when `port` is 0).
    public static func makeApplication(
        _ configuration: ServerConfiguration,
        logger: Logger = Logger(label: "referat.serve"),
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws -> some ApplicationProtocol {
        let pool = try SearcherPool(
            databasePath: configuration.databasePath,
            limits: configuration.limits.search,
            refreshInterval: configuration.refreshInterval
        )
        if let warning = pool.staleSchemaWarning { logger.warning("\(warning)") }
        let resources = try await ServerResources.load()
        let router = buildRouter(pool: pool, resources: resources, limits: configuration.limits)
        return Application(
            router: router,
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "referat"
            ),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }

    /// Every route, behind the middleware that logs requests, sets the security headers and answers errors.
    static func buildRouter(
        pool: SearcherPool,
        resources: ServerResources,
        limits: WebLimits
    ) -> Router<BasicRequestContext> {
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorPageMiddleware(resources: resources))
        router.add(middleware: ReadOnlyMiddleware())
        StaticController(resources: resources).addRoutes(to: router)
        PageController(pool: pool, resources: resources, limits: limits).addRoutes(to: router)
        FeedController(pool: pool, resources: resources, limits: limits).addRoutes(to: router)
        APIController(pool: pool, resources: resources, limits: limits).addRoutes(to: router)
        return router
    }
}
