import Foundation
import Minutes
import Testing

/// The vote parser over every decision in the shipped Greve corpus: the measured figures of docs/votes.md.
@Suite("Votes in the Greve corpus")
struct GreveVotesTests {
    @Test func measuredCoverage() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus/greve")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        let decisions = try files.flatMap { try MinutesLoader().load(fileAt: $0).items.compactMap(\.decision) }
        let votes = decisions.map(VoteParser.votes(in:))
        #expect(decisions.count == 2686)
        #expect(decisions.filter(VoteParser.mentionsVote).count == MeasuredGreve.mentions)
        #expect(votes.filter { $0?.namesParties == true }.count == MeasuredGreve.parties)
        #expect(votes.filter { $0?.unanimous == true }.count == MeasuredGreve.unanimous)
        #expect(votes.filter { $0 == nil }.count == MeasuredGreve.unread)
        // A decision read as votes never puts a party on two sides, and unanimity names no party.
        for case let found? in votes {
            #expect(Set(found.inFavour).isDisjoint(with: found.against + found.abstained))
            #expect(Set(found.against).isDisjoint(with: found.abstained))
            #expect(found.unanimous != found.namesParties)
        }
    }
}

/// The figures measured with `swift run -c release referat-eval votes Corpus/greve` (unread since placeholders,
/// a lone `.` under Beslutning, are no decisions).
enum MeasuredGreve {
    static let mentions = 220
    static let parties = 172
    static let unanimous = 2142
    static let unread = 372
}
