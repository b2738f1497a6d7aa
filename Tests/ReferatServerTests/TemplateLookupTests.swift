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
