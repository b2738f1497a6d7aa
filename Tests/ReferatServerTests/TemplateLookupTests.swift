import Foundation
import Mustache
import Referat
import Testing

@testable import ReferatServer

@Suite("Views answer every name the templates may ask")
struct TemplateLookupTests {
    @Test("Each view's own lookup answers each of its stored properties as reflection would")
    func lookupsMatchReflection() async throws {
        // Greve's votes name parties; Haderslev's case 21/24526 groups four items.
        try await withCorpus(Project.textMinutes + [Project.greve("greve_oekonomiudvalget_2023-11-27.json")]) {
            corpus in
            let searcher = try Searcher(databasePath: corpus.index)
            let everything = try searcher.search(SearchRequest(limit: 100, group: .case))
            let result = try searcher.search(SearchRequest(query: "kontanthjælp", limit: 50, group: .case))
            let limits = WebLimits()
            var search = WebSearch(pageSize: 20)
            search.query = "kontanthjælp"
            var views: [any MustacheParent] = []
            #expect(everything.hits.contains { $0.collapsed > 0 })
            #expect(everything.hits.contains { $0.votes?.against.isEmpty == false })
            for hit in everything.hits + result.hits {
                let view = HitView(hit)
                views.append(view)
                views += view.snippet.map { $0 as any MustacheParent }
                if let votes = view.votes { views.append(votes) }
            }
            for field in IndexSchema.facets {
                guard let facet = FacetView(field, result: result, search: search, limits: limits) else { continue }
                views.append(facet)
                views += (facet.top + facet.rest).map { $0 as any MustacheParent }
            }
            let chart = try #require(
                ChartView(
                    periods: [.init(label: "2022", count: 3, href: "/a"), .init(label: "2023", count: 0, href: "/b")],
                    caption: "x"
                )
            )
            views += chart.bars.map { $0 as any MustacheParent }
            views.append(chart)
            let page = SearchPageView(search: search, result: result, chart: chart, error: nil, limits: limits)
            views.append(page)
            views += (page.sortOptions + page.groupOptions + page.closedOptions).map { $0 as any MustacheParent }
            var filtered = search.adding("Haderslev", to: IndexSchema.municipality)
            filtered.page = 2
            filtered.sort = .date
            let filteredPage = SearchPageView(search: filtered, result: result, chart: nil, error: "x", limits: limits)
            views.append(filteredPage)
            views += filteredPage.hidden.map { $0 as any MustacheParent }
            views += filteredPage.active.map { $0 as any MustacheParent }
            views += filteredPage.pages.map { $0 as any MustacheParent }
            var suggested = result
            suggested.suggestion = "kontanthjælpen"
            let suggestion = try #require(
                SearchPageView(search: search, result: suggested, chart: nil, error: nil, limits: limits).suggestion
            )
            views.append(suggestion)
            let timeline = try searcher.caseHistory("21/24526")
            #expect(timeline.count > 1)
            views.append(CasePageView(caseNumber: "21/24526", items: timeline))
            for hit in everything.hits {
                let item = try #require(try searcher.item(id: hit.id))
                let view = ItemPageView(item)
                views.append(view)
                views += view.sections.map { $0 as any MustacheParent }
                views += view.attachments.map { $0 as any MustacheParent }
            }
            let meeting = try #require(try searcher.meeting(id: MeetingAgenda.id(ofItem: everything.hits[0].id)))
            views.append(MeetingPageView(meeting))
            views.append(ErrorPageView(pageTitle: "Fejl", status: 404, message: "x"))
            let feed = FeedView(search: search, hits: result.hits, base: "http://localhost", limits: limits)
            views.append(feed)
            views += feed.entries.map { $0 as any MustacheParent }
            #expect(views.count > 20)
            for view in views {
                for child in Mirror(reflecting: view).children {
                    let label = try #require(child.label)
                    #expect(
                        Self.text(view.child(named: label)) == Self.text(Self.unwrapped(child.value)),
                        "\(type(of: view)).\(label)"
                    )
                }
                #expect(view.child(named: "noSuchName") == nil)
            }
        }
    }

    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    private static func text(_ value: Any?) -> String {
        value.map { String(describing: $0) } ?? "nil"
    }
}
