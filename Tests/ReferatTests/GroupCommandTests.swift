import Foundation
import Testing

@Suite("referat search --group")
struct GroupCommandTests {
    /// Case 21/24526 has four items in the Haderslev minutes; grouped, `sag:` finds one hit standing for three more,
    /// with the case's latest decision day; per item (the default) four.
    @Test func oneHitPerCaseSaysHowManyMoreAndTheLatestDecision() throws {
        try withSeedCorpus { corpus, index in
            let indexed = try run(referatExecutable, ["index", "--db", index, corpus.path])
            #expect(indexed.status == 0, "\(indexed.stderr)")
            let grouped = try run(
                referatExecutable,
                ["search", "--db", index, "--group", "case", "--format", "json", "21/24526"]
            )
            #expect(grouped.status == 0, "\(grouped.stderr)")
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(grouped.stdout.utf8)) as? [String: Any]
            )
            let hits = try #require(json["hits"] as? [[String: Any]])
            #expect(hits.count == 1)
            #expect(hits.first?["collapsed"] as? Int == 3)
            #expect(json["groups"] as? Int == 1)
            let latest = try #require(hits.first?["case_latest_decision"] as? String)
            let text = try run(referatExecutable, ["search", "--db", index, "--group", "case", "21/24526"])
            #expect(text.stdout.contains("3 more items on the case"))
            #expect(text.stdout.contains("latest decision \(latest)"))
            let items = try run(referatExecutable, ["search", "--db", index, "--format", "json", "21/24526"])
            let all = try #require(try JSONSerialization.jsonObject(with: Data(items.stdout.utf8)) as? [String: Any])
            #expect((all["hits"] as? [[String: Any]])?.count == 4)
            #expect(all["groups"] == nil)
        }
    }
}
