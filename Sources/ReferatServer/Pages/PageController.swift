import Hummingbird
import Referat

/// The HTML pages: search (`/`), an item (`/punkt/<id>`), a case's timeline (`/sag/<number>`) and a meeting's agenda
/// (`/moede/<id>`).
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
        let answer: SearchWithChart
        do {
            answer = try await SearchWithChart.run(search, in: pool)
        } catch {
            guard let input = WebInputError(describing: error) else { throw error }
            return errorPage(search, input)
        }
        let chart = answer.chart(for: search, limits: limits)
        let view = SearchPageView(search: search, result: answer.result, chart: chart, error: nil, limits: limits)
        return Responses.html(resources.render(view, with: "search"))
    }

    /// The whole item; 404 for an id the index does not hold.
    @Sendable func item(_ request: Request, context: some RequestContext) async throws -> Response {
        let id = try PathArgument.value(context, noun: "Punktets id")
        guard let item = try await pool.withSearcher({ try $0.item(id: id) }) else {
            throw WebInputError.notFound("Punktet findes ikke i indekset.")
        }
        return Responses.html(resources.render(ItemPageView(item), with: "item"))
    }

    /// Every item on the case, oldest first; 404 when none is.
    @Sendable func caseTimeline(_ request: Request, context: some RequestContext) async throws -> Response {
        let number = try PathArgument.value(context, noun: "Sagsnummeret")
        let items = try await pool.withSearcher { try $0.caseHistory(number) }
        guard !items.isEmpty else { throw WebInputError.notFound("Ingen punkter i indekset har sagsnummer \(number).") }
        return Responses.html(resources.render(CasePageView(caseNumber: number, items: items), with: "case"))
    }

    /// A meeting's agenda; 404 for a meeting the index does not hold.
    @Sendable func meeting(_ request: Request, context: some RequestContext) async throws -> Response {
        let id = try PathArgument.value(context, noun: "Mødets id")
        guard let meeting = try await pool.withSearcher({ try $0.meeting(id: id) }) else {
            throw WebInputError.notFound("Mødet findes ikke i indekset.")
        }
        return Responses.html(resources.render(MeetingPageView(meeting), with: "meeting"))
    }

    private func errorPage(_ search: WebSearch, _ error: WebInputError) -> Response {
        let view = SearchPageView(search: search, result: nil, chart: nil, error: error.message, limits: limits)
        return Responses.html(resources.render(view, with: "search"), status: error.status)
    }
}
