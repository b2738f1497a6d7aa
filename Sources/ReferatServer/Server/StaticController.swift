import Hummingbird

/// The stylesheet, the only file the pages load.
struct StaticController: Sendable {
    let resources: ServerResources

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/static/referat.css", use: stylesheet)
    }

    @Sendable func stylesheet(_ request: Request, context: some RequestContext) async throws -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
            body: ResponseBody(byteBuffer: resources.stylesheet)
        )
    }
}
