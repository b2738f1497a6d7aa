import Hummingbird
import Referat

/// The JSON API under `/api/v1/`: the command's JSON shapes (``JSONRenderer``) for a search, an item, a case and a
/// meeting, and the OpenAPI document that describes them. Each answer is written on the worker that searched (see
/// ``PageController``).
struct APIController: Sendable {
    let pool: SearcherPool
    let resources: ServerResources
    let limits: WebLimits

    func addRoutes(to router: Router<some RequestContext>) {
        let api = router.group("api/v1")
        api.get("search", use: search)
        api.get("item/**", use: item)
        api.get("case/**", use: caseTimeline)
        api.get("meeting/**", use: meeting)
        api.get("openapi.json", use: openAPI)
    }

    /// `referat search --format json` for the search in the query string (the page's parameters); grouped by case
    /// only when asked (`gruppering=sag`).
    @Sendable func search(_ request: Request, context: some RequestContext) async throws -> Response {
        let search = try WebSearch(QueryString(request.uri.query), limits: limits)
        let searchRequest = search.request(groupedByDefault: false)
        return Responses.json(try await pool.withSearcher { JSONRenderer.render(try $0.search(searchRequest)) })
    }

    /// `referat show --format json ID`.
    @Sendable func item(_ request: Request, context: some RequestContext) async throws -> Response {
        let id = try PathArgument.value(context, noun: "Punktets id")
        return Responses.json(
            try await pool.found(orNotFound: "Punktet findes ikke i indekset.") {
                try $0.item(id: id).map { JSONRenderer.render(item: $0) }
            }
        )
    }

    /// `referat case --format json NUMBER`; 404 when no item is on the case.
    @Sendable func caseTimeline(_ request: Request, context: some RequestContext) async throws -> Response {
        let number = try PathArgument.value(context, noun: "Sagsnummeret")
        return Responses.json(
            try await pool.found(orNotFound: "Ingen punkter i indekset har sagsnummer \(number).") { searcher in
                let items = try searcher.caseHistory(number)
                return items.isEmpty ? nil : JSONRenderer.render(caseNumber: number, items: items)
            }
        )
    }

    /// A meeting's agenda with the fields of search hits (``JSONRenderer/render(meeting:)``).
    @Sendable func meeting(_ request: Request, context: some RequestContext) async throws -> Response {
        let id = try PathArgument.value(context, noun: "Mødets id")
        return Responses.json(
            try await pool.found(orNotFound: "Mødet findes ikke i indekset.") {
                try $0.meeting(id: id).map { JSONRenderer.render(meeting: $0) }
            }
        )
    }

    /// The OpenAPI 3.1 document.
    @Sendable func openAPI(_ request: Request, context: some RequestContext) async throws -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: resources.openAPI)
        )
    }
}
