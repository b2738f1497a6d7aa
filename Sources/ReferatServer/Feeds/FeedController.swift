import Hummingbird
import Referat

/// The search as an Atom feed (`/feed.atom`) and as a CSV file for spreadsheets (`/eksport.csv`), from the same query
/// string as the page.
struct FeedController: Sendable {
    let pool: SearcherPool
    let resources: ServerResources
    let limits: WebLimits

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/feed.atom", use: feed)
        router.get("/eksport.csv", use: csv)
    }

    /// The newest ``WebLimits/feedEntries`` items of the search, newest meeting first, whatever its sort.
    @Sendable func feed(_ request: Request, context: some RequestContext) async throws -> Response {
        var search = try WebSearch(QueryString(request.uri.query), limits: limits)
        search.page = 1
        // One entry per item, so never grouped.
        var searchRequest = search.request(groupedByDefault: false)
        searchRequest.group = nil
        searchRequest.sort = .date
        searchRequest.offset = 0
        searchRequest.limit = limits.feedEntries
        let (base, resources, limits) = (Self.base(of: request), self.resources, self.limits)
        let feed = try await pool.withSearcher { [searchRequest, search] searcher in
            let view = FeedView(
                search: search,
                hits: try searcher.search(searchRequest).hits,
                base: base,
                limits: limits
            )
            return resources.render(view, with: "feed")
        }
        return Responses.make(feed, type: "application/atom+xml; charset=utf-8")
    }

    /// Every hit of the search up to ``WebLimits/maxCSVRows``, in the page's order, as CSV that a spreadsheet set
    /// up for Danish opens as it is: a byte-order mark, so it is read as UTF-8, and semicolons between fields.
    @Sendable func csv(_ request: Request, context: some RequestContext) async throws -> Response {
        let search = try WebSearch(QueryString(request.uri.query), limits: limits)
        // One row per item, so never grouped.
        var searchRequest = search.request(groupedByDefault: false)
        searchRequest.group = nil
        searchRequest.offset = 0
        searchRequest.limit = limits.maxCSVRows
        let rows = try await pool.withSearcher { [searchRequest] in
            CSVRenderer.render(try $0.search(searchRequest).hits, separator: ";")
        }
        var response = Responses.make("\u{FEFF}" + rows + "\n", type: "text/csv; charset=utf-8")
        response.headers[.contentDisposition] = "attachment; filename=\"referat.csv\""
        return response
    }

    /// `http://` and the host the request was sent to, for the feed's absolute links; a host header with anything
    /// but the characters of a host and port is not used.
    static func base(of request: Request) -> String {
        let host = request.head.authority ?? ""
        let allowed = host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-:[]".contains($0)) }
        return "http://" + (allowed && !host.isEmpty ? host : "localhost")
    }
}
