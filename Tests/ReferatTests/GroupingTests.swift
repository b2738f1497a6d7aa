import Foundation
import Referat
import Testing

@Suite("Hits grouped by case")
struct GroupingTests {
    @Test("One hit per case stands for the case's other matches; the total and the facets still count items")
    func oneHitPerCase() throws {
        try withSeedIndex { (searcher, _) throws in
            let plain = try searcher.search(
                SearchRequest(filters: [IndexSchema.municipality: ["haderslev"]], limit: 50)
            )
            let grouped = try searcher.search(
                SearchRequest(filters: [IndexSchema.municipality: ["haderslev"]], limit: 50, group: .case)
            )
            #expect(plain.total == 10)
            #expect(plain.groups == nil)
            #expect(grouped.total == plain.total)
            #expect(grouped.facets == plain.facets)
            // Items 88, 95, 96 and 97 are on case 21/24526; every other Haderslev item is on a case of its own.
            #expect(grouped.groups == 7)
            #expect(grouped.groupsAreExact)
            #expect(grouped.hits.count == 7)
            #expect(Set(grouped.hits.compactMap(\.caseNumber)).count == 7)
            let onCase = try #require(grouped.hits.first { $0.caseNumber == "21/24526" })
            #expect(onCase.collapsed == 3)
            #expect(grouped.hits.filter { $0.caseNumber != "21/24526" }.allSatisfy { $0.collapsed == 0 })
            #expect(grouped.hits.map(\.collapsed).reduce(grouped.hits.count, +) == plain.total)
        }
    }

    @Test("Pages of a grouped search count groups")
    func pagesOfGroups() throws {
        try withSeedIndex { (searcher, _) throws in
            let request = SearchRequest(filters: [IndexSchema.municipality: ["haderslev"]], limit: 4, group: .case)
            let first = try searcher.search(request)
            var next = request
            next.offset = 4
            let second = try searcher.search(next)
            #expect(first.hits.count == 4)
            #expect(second.hits.count == 3)
            #expect(Set(first.hits.map(\.id)).isDisjoint(with: second.hits.map(\.id)))
            #expect(second.hits.map(\.rank) == [5, 6, 7])
        }
    }

    @Test("Grouped JSON adds the number of groups and each hit's collapsed items")
    func json() throws {
        try withSeedIndex { (searcher, _) throws in
            let result = try searcher.search(SearchRequest(query: "sag:21/24526", group: .case))
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(JSONRenderer.render(result).utf8)) as? [String: Any]
            )
            #expect(object["groups"] as? Int == 1)
            #expect((object["hits"] as? [[String: Any]])?.first?["collapsed"] as? Int == 3)
            let plain = JSONRenderer.render(try searcher.search(SearchRequest(query: "sag:21/24526")))
            #expect(!plain.contains("\"groups\""))
            #expect(!plain.contains("\"collapsed\""))
        }
    }
}
