import Foundation
import Referat

/// A search as the web page, the API, the feed and the CSV export take it from the query string: the same
/// parameters for all four, so a page's state is its URL and its feed is the same URL under `/feed.atom`.
///
/// | parameter | meaning |
/// |---|---|
/// | `q` | the query, in the command's query language |
/// | `kommune`, `udvalg`, `år`, `fraværende`, `for`, `imod`, `undlod`, `sag` | a filter value (repeatable), named as the query field |
/// | `fra`, `til` | first and last meeting day: `2023`, `2023-03`, `2023-03-07`, `marts 2023` |
/// | `lukket` | `ja` for closed items only, `nej` for open ones only |
/// | `sortering` | `relevans` or `dato` |
/// | `side`, `antal` | page number from 1, hits per page |
/// | `gruppering` | `sag`: one hit per case (the page's default), `ingen`: every item a hit (the API's default) |
struct WebSearch: Sendable, Hashable {
    /// The fields a parameter filters by: every facet, and the case number.
    static let filterFields = IndexSchema.facets + [IndexSchema.caseNumber]

    var query = ""
    /// Filter values by field, in the order given.
    var filters: [Field: [String]] = [:]
    var from: DateBound?
    var to: DateBound?
    var closed: Bool?
    var sort: SearchRequest.Sort?
    /// The page, from 1.
    var page = 1
    /// Hits per page.
    var pageSize: Int
    /// One hit per case (`true`) or per item (`false`); `nil` leaves it to the page (grouped) or the API (not).
    var grouped: Bool?

    /// A search for everything, newest first.
    init(pageSize: Int) {
        self.pageSize = pageSize
    }

    /// Reads the parameters of `parameters`, checking each against `limits`.
    ///
    /// - Throws: ``WebInputError`` (400) naming the first parameter that is malformed or beyond a limit.
    init(_ parameters: QueryString, limits: WebLimits) throws(WebInputError) {
        pageSize = limits.defaultPageSize
        query = parameters.value("q") ?? ""
        guard query.count <= limits.search.queryLength else {
            throw WebInputError("Søgningen er for lang: højst \(limits.search.queryLength) tegn.")
        }
        for field in Self.filterFields {
            let values = parameters.values(Self.parameter(for: field))
            guard values.count <= limits.maxFilterValues else {
                throw WebInputError("Højst \(limits.maxFilterValues) værdier pr. filter.")
            }
            guard values.allSatisfy({ $0.count <= limits.search.queryLength }) else {
                throw WebInputError("En filterværdi er for lang: højst \(limits.search.queryLength) tegn.")
            }
            if !values.isEmpty { filters[field] = values }
        }
        from = try Self.date(parameters.value("fra"))
        to = try Self.date(parameters.value("til"))
        if let from, let to, from.first > to.last {
            throw WebInputError("Fra-datoen ligger efter til-datoen.")
        }
        switch parameters.value("lukket") {
        case nil: closed = nil
        case "ja": closed = true
        case "nej": closed = false
        default: throw WebInputError("»lukket« skal være »ja« eller »nej«.")
        }
        switch parameters.value("sortering") {
        case nil: sort = nil
        case "relevans": sort = .relevance
        case "dato": sort = .date
        default: throw WebInputError("»sortering« skal være »relevans« eller »dato«.")
        }
        switch parameters.value("gruppering") {
        case nil: grouped = nil
        case "sag": grouped = true
        case "ingen": grouped = false
        default: throw WebInputError("»gruppering« skal være »sag« eller »ingen«.")
        }
        if let text = parameters.value("antal") {
            guard let size = Int(text), (1...limits.maxPageSize).contains(size) else {
                throw WebInputError("»antal« skal være et tal fra 1 til \(limits.maxPageSize).")
            }
            pageSize = size
        }
        if let text = parameters.value("side") {
            guard let page = Int(text), page >= 1 else { throw WebInputError("»side« skal være et tal fra 1.") }
            self.page = page
        }
        // Compared by division, so that a huge page number cannot overflow.
        guard page - 1 <= limits.maxOffset / pageSize else {
            let shown = DanishFormat.number(limits.maxOffset)
            throw WebInputError("Der kan højst bladres \(shown) hits frem; gør søgningen snævrere.")
        }
    }

    /// The query-string name of `field`'s filter: its Danish query name, `udvalg`.
    static func parameter(for field: Field) -> String {
        field.queryNames.first ?? field.key
    }

    private static func date(_ text: String?) throws(WebInputError) -> DateBound? {
        guard let text else { return nil }
        guard let bound = DateBound(text) else {
            throw WebInputError("»\(text)« er ikke en dato: skriv ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller fx »marts 2023«.")
        }
        return bound
    }

    /// Whether the search has query words or any filter: the page then shows results, not only the form.
    var isEmpty: Bool {
        query.trimmingCharacters(in: .whitespaces).isEmpty && filters.isEmpty && from == nil && to == nil
            && closed == nil
    }

    /// The first hit of the page.
    var offset: Int { (page - 1) * pageSize }

    /// The request for the searcher, grouped by case when ``grouped`` says so or, unsaid, `groupedByDefault`.
    func request(groupedByDefault: Bool) -> SearchRequest {
        SearchRequest(
            query: query,
            filters: filters,
            from: from,
            to: to,
            closed: closed,
            sort: sort,
            offset: offset,
            limit: pageSize,
            group: (grouped ?? groupedByDefault) ? .case : nil
        )
    }

    /// The parameters that say this search, in a fixed order, without defaults: what links and feeds are made of.
    func parameters(defaultPageSize: Int) -> QueryString {
        var pairs: [(name: String, value: String)] = []
        if !query.isEmpty { pairs.append(("q", query)) }
        for field in Self.filterFields {
            for value in filters[field] ?? [] { pairs.append((Self.parameter(for: field), value)) }
        }
        if let from { pairs.append(("fra", from.description)) }
        if let to { pairs.append(("til", to.description)) }
        if let closed { pairs.append(("lukket", closed ? "ja" : "nej")) }
        switch sort {
        case .relevance?: pairs.append(("sortering", "relevans"))
        case .date?: pairs.append(("sortering", "dato"))
        case nil: break
        }
        if let grouped { pairs.append(("gruppering", grouped ? "sag" : "ingen")) }
        if pageSize != defaultPageSize { pairs.append(("antal", String(pageSize))) }
        if page != 1 { pairs.append(("side", String(page))) }
        return QueryString(pairs: pairs)
    }

    /// This search with `value` added to `field`'s filter, from the first page.
    func adding(_ value: String, to field: Field) -> WebSearch {
        var search = self
        if !(search.filters[field] ?? []).contains(value) { search.filters[field, default: []].append(value) }
        search.page = 1
        return search
    }

    /// This search without `value` in `field`'s filter, from the first page.
    func removing(_ value: String, from field: Field) -> WebSearch {
        var search = self
        let kept = (search.filters[field] ?? []).filter { $0 != value }
        search.filters[field] = kept.isEmpty ? nil : kept
        search.page = 1
        return search
    }
}
