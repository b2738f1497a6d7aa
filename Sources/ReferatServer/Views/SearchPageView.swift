import Foundation
import Referat

/// What the search page shows: the form with the search's state, and, once something is asked, the result.
struct SearchPageView: Sendable {
    /// A choice of a `<select>`.
    struct Option: Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    /// A filter kept by the form as a hidden field, so a new query keeps the facets chosen.
    struct Hidden: Sendable {
        let name: String
        let value: String
    }

    /// A page link of the pagination.
    struct PageLink: Sendable {
        let number: String
        let href: String
        let current: Bool
    }

    /// The spelling suggestion and what happened with it.
    struct Suggestion: Sendable {
        let text: String
        let href: String
        /// The hits are for the suggestion because the query found nothing.
        let corrected: Bool
        let original: String
    }

    let pageTitle: String
    let query: String
    let from: String
    let to: String
    let sortOptions: [Option]
    let groupOptions: [Option]
    let closedOptions: [Option]
    let hidden: [Hidden]
    let error: String?
    let hasResult: Bool
    let summary: String
    /// Counting every match was cut short, so the numbers are estimates.
    let estimated: Bool
    let suggestion: Suggestion?
    let active: [ActiveFilterView]
    let hasActive: Bool
    let clearHref: String
    let hits: [HitView]
    let facets: [FacetView]
    let hasFacets: Bool
    let chart: ChartView?
    let previousHref: String?
    let nextHref: String?
    let pages: [PageLink]
    let hasPages: Bool
    let feedHref: String
    let csvHref: String
    let apiHref: String

    /// The page for `search` with `result`, or only the form (with `error` when the search could not run).
    init(search: WebSearch, result: SearchResult?, chart: ChartView?, error: String?, limits: WebLimits) {
        let words = search.query.trimmingCharacters(in: .whitespaces)
        pageTitle = words.isEmpty ? "Søg i referater" : "\(words) – søgning i referater"
        query = search.query
        from = search.from?.description ?? ""
        to = search.to?.description ?? ""
        sortOptions = [
            Option(value: "", label: "Automatisk", selected: search.sort == nil),
            Option(value: "relevans", label: "Bedste match", selected: search.sort == .relevance),
            Option(value: "dato", label: "Nyeste møde", selected: search.sort == .date),
        ]
        let grouped = search.grouped ?? true
        groupOptions = [
            Option(value: "", label: "Ét hit pr. sag", selected: grouped),
            Option(value: "ingen", label: "Alle punkter", selected: !grouped),
        ]
        closedOptions = [
            Option(value: "", label: "Åbne og lukkede", selected: search.closed == nil),
            Option(value: "nej", label: "Kun åbne", selected: search.closed == false),
            Option(value: "ja", label: "Kun lukkede", selected: search.closed == true),
        ]
        hidden =
            WebSearch.filterFields.flatMap { field in
                (search.filters[field] ?? []).map { Hidden(name: WebSearch.parameter(for: field), value: $0) }
            }
            + (search.pageSize == limits.defaultPageSize ? [] : [Hidden(name: "antal", value: String(search.pageSize))])
        self.error = error
        active =
            WebSearch.filterFields.flatMap { field in
                (search.filters[field] ?? []).map { value in
                    ActiveFilterView(
                        label: field.danishLabel,
                        value: value,
                        removeHref: Links.search(search.removing(value, from: field), limits: limits)
                    )
                }
            } + Self.dateFilters(search, limits: limits)
        hasActive = !active.isEmpty
        clearHref = Links.search(Self.onlyWords(search), limits: limits)
        feedHref = Links.feed(search, limits: limits)
        csvHref = Links.csv(search, limits: limits)
        var explicit = search
        explicit.grouped = grouped
        apiHref = Links.api(explicit, limits: limits)
        self.chart = chart
        guard let result else {
            hasResult = false
            summary = ""
            estimated = false
            suggestion = nil
            hits = []
            facets = []
            hasFacets = false
            previousHref = nil
            nextHref = nil
            pages = []
            hasPages = false
            return
        }
        hasResult = true
        summary =
            (result.timeLimited ? "Cirka " : "") + Self.summary(result, search: search)
            + (result.groups.map { groups in
                guard groups < result.total else { return "" }
                let about = result.groupsAreExact ? "" : "ca. "
                return " Samlet i \(about)\(DanishFormat.count(groups, "sag", "sager og punkter"))."
            } ?? "")
        estimated = result.timeLimited
        suggestion = result.suggestion.map { text in
            var corrected = search
            corrected.query = text
            corrected.page = 1
            return Suggestion(
                text: text,
                href: Links.search(corrected, limits: limits),
                corrected: result.corrected,
                original: search.query
            )
        }
        hits = result.hits.map { HitView($0) }
        facets = IndexSchema.facets.compactMap { FacetView($0, result: result, search: search, limits: limits) }
        hasFacets = !facets.isEmpty
        let pageCount = Self.pageCount(total: result.groups ?? result.total, search: search, limits: limits)
        previousHref = search.page > 1 ? Self.href(search, page: search.page - 1, limits: limits) : nil
        nextHref = search.page < pageCount ? Self.href(search, page: search.page + 1, limits: limits) : nil
        pages = Self.window(around: search.page, of: pageCount).map { number in
            PageLink(
                number: String(number),
                href: Self.href(search, page: number, limits: limits),
                current: number == search.page
            )
        }
        hasPages = pageCount > 1
    }

    private static func summary(_ result: SearchResult, search: WebSearch) -> String {
        guard result.total > 0 else { return "Ingen punkter fundet." }
        let first = search.offset + 1
        let last = search.offset + result.hits.count
        let found = DanishFormat.count(result.total, "punkt", "punkter") + " fundet"
        guard result.hits.count > 0 else { return found + "." }
        return found + ((result.groups ?? result.total) > result.hits.count ? ", viser \(first)–\(last)." : ".")
    }

    /// Pages that can be reached: as many as the results fill, but no further than the offset limit.
    private static func pageCount(total: Int, search: WebSearch, limits: WebLimits) -> Int {
        let filled = (total + search.pageSize - 1) / search.pageSize
        return max(1, min(filled, limits.maxOffset / search.pageSize + 1))
    }

    /// The page numbers shown: the first, the last and two either side of the current one.
    private static func window(around page: Int, of count: Int) -> [Int] {
        guard count > 1 else { return [] }
        let near = max(1, page - 2)...min(count, page + 2)
        return Array(Set([1, count] + Array(near))).sorted()
    }

    private static func href(_ search: WebSearch, page: Int, limits: WebLimits) -> String {
        var search = search
        search.page = page
        return Links.search(search, limits: limits)
    }

    private static func onlyWords(_ search: WebSearch) -> WebSearch {
        var cleared = WebSearch(pageSize: search.pageSize)
        cleared.query = search.query
        cleared.sort = search.sort
        return cleared
    }

    private static func dateFilters(_ search: WebSearch, limits: WebLimits) -> [ActiveFilterView] {
        var filters: [ActiveFilterView] = []
        if let from = search.from {
            var without = search
            without.from = nil
            without.page = 1
            filters.append(
                ActiveFilterView(
                    label: "Fra",
                    value: from.description,
                    removeHref: Links.search(without, limits: limits)
                )
            )
        }
        if let to = search.to {
            var without = search
            without.to = nil
            without.page = 1
            filters.append(
                ActiveFilterView(label: "Til", value: to.description, removeHref: Links.search(without, limits: limits))
            )
        }
        if let closed = search.closed {
            var without = search
            without.closed = nil
            without.page = 1
            filters.append(
                ActiveFilterView(
                    label: "Dagsorden",
                    value: closed ? "Kun lukkede" : "Kun åbne",
                    removeHref: Links.search(without, limits: limits)
                )
            )
        }
        return filters
    }
}
