import Hummingbird
import Referat

/// The HTML pages: search (`/`), an item (`/punkt/<id>`), a case's timeline (`/sag/<number>`) and a meeting's agenda
/// (`/moede/<id>`).
///
/// Each page is rendered on the worker that searched for it, inside ``SearcherPool/withSearcher(_:)``: a request's
/// work runs on one thread from start to end, in the order requests came, and no more requests are worked on at
/// once than there are workers (under `make bench-serve` as fast as rendering on Swift's own threads, within noise).
struct PageController: Sendable {
    let pool: SearcherPool
    let resources: ServerResources
    let limits: WebLimits

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/", use: search)
        router.get("/punkt/**", use: item)
        router.get("/sag/**", use: caseTimeline)
        router.get("/moede/**", use: meeting)
    }

    /// The search page: the form, the hits, facets, chart and pages of the search in the query string; with no
    /// parameters, every item, newest first. A bad parameter shows the form with the message, status 400.
    @Sendable func search(_ request: Request, context: some RequestContext) async throws -> Response {
        let parameters = QueryString(request.uri.query)
        let search: WebSearch
        do {
            search = try WebSearch(parameters, limits: limits)
        } catch {
            return errorPage(WebSearch(pageSize: limits.defaultPageSize), error)
        }
        let (resources, limits) = (self.resources, self.limits)
        let page: String
        do {
            page = try await pool.withSearcher { searcher in
                let answer = try SearchWithChart.run(search, with: searcher)
                let chart = answer.chart(for: search, limits: limits)
                let view = SearchPageView(
                    search: search,
                    result: answer.result,
                    chart: chart,
                    error: nil,
                    limits: limits
                )
                return resources.render(view, with: "search")
            }
        } catch {
            guard let input = WebInputError(describing: error) else { throw error }
            return errorPage(search, input)
        }
        return Responses.html(page)
    }

    /// The whole item; 404 for an id the index does not hold.
    @Sendable func item(_ request: Request, context: some RequestContext) async throws -> Response {
        let id = try PathArgument.value(context, noun: "Punktets id")
        let resources = self.resources
        return Responses.html(
            try await pool.found(orNotFound: "Punktet findes ikke i indekset.") { searcher in
                try searcher.item(id: id).map { resources.render(ItemPageView($0), with: "item") }
            }
        )
    }

    /// Every item on the case, oldest first; 404 when none is.
    @Sendable func caseTimeline(_ request: Request, context: some RequestContext) async throws -> Response {
        let number = try PathArgument.value(context, noun: "Sagsnummeret")
        let resources = self.resources
        return Responses.html(
            try await pool.found(orNotFound: "Ingen punkter i indekset har sagsnummer \(number).") { searcher in
                let items = try searcher.caseHistory(number)
                return items.isEmpty
                    ? nil : resources.render(CasePageView(caseNumber: number, items: items), with: "case")
            }
        )
    }

    /// A meeting's agenda; 404 for a meeting the index does not hold.
    @Sendable func meeting(_ request: Request, context: some RequestContext) async throws -> Response {
        let id = try PathArgument.value(context, noun: "Mødets id")
        let resources = self.resources
        return Responses.html(
            try await pool.found(orNotFound: "Mødet findes ikke i indekset.") { searcher in
                try searcher.meeting(id: id).map { resources.render(MeetingPageView($0), with: "meeting") }
            }
        )
    }

    private func errorPage(_ search: WebSearch, _ error: WebInputError) -> Response {
        let view = SearchPageView(search: search, result: nil, chart: nil, error: error.message, limits: limits)
        return Responses.html(resources.render(view, with: "search"), status: error.status)
    }
}
