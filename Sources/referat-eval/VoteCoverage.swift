import ArgumentParser
import Foundation
import Minutes

/// `referat-eval votes`: how many decisions in a corpus the vote parser reads, and how.
struct VoteCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "votes",
        abstract: "Count the items whose decision records party votes, unanimity or neither."
    )

    @Flag(help: "Also print each decision that mentions a vote but is not read as party votes.")
    var showUnread = false

    @Argument(help: "Files or folders of minutes.")
    var paths: [String] = ["Corpus/greve"]

    func validate() throws {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("no such file or folder: \(path)")
        }
    }

    func run() throws {
        var counts = Counts()
        for file in Self.files(under: paths) {
            let meeting: Meeting
            do {
                meeting = try MinutesLoader().load(fileAt: URL(fileURLWithPath: file))
            } catch {
                FileHandle.standardError.write(Data("skipped: \(error)\n".utf8))
                continue
            }
            for item in meeting.items {
                let unread = counts.add(item)
                if showUnread, unread, let decision = item.decision {
                    print("--- \(file) item \(item.number)\n\(decision)")
                }
            }
        }
        print(counts.report)
    }

    /// Regular files under `paths`, hidden ones skipped, in a stable order.
    private static func files(under paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                return [path]
            }
            let names = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            return names.filter { name in !name.split(separator: "/").contains { $0.hasPrefix(".") } }
                .map { (path as NSString).appendingPathComponent($0) }
                .filter {
                    var folder: ObjCBool = false
                    return FileManager.default.fileExists(atPath: $0, isDirectory: &folder) && !folder.boolValue
                }
                .sorted()
        }
    }

    /// The tallies the command prints.
    struct Counts {
        var items = 0
        var decisions = 0
        var mentions = 0
        var parties = 0
        var unanimous = 0
        var unread = 0
        var mentionsUnread = 0

        /// Counts `item`; returns whether its decision mentions a vote that was not read as party votes.
        mutating func add(_ item: AgendaItem) -> Bool {
            items += 1
            guard let decision = item.decision else { return false }
            decisions += 1
            let mentioned = VoteParser.mentionsVote(decision)
            if mentioned { mentions += 1 }
            let votes = VoteParser.votes(in: decision)
            if votes?.namesParties == true {
                parties += 1
            } else if votes?.unanimous == true {
                unanimous += 1
            } else {
                unread += 1
                if mentioned { mentionsUnread += 1 }
            }
            return mentioned && votes?.namesParties != true
        }

        /// One line per figure.
        var report: String {
            """
            items                         \(items)
            with a decision               \(decisions)
            mentioning a vote             \(mentions)
            read as party votes           \(parties)
            read as unanimous             \(unanimous)
            read as nothing (nil)         \(unread)
            mentioning a vote, but nil    \(mentionsUnread)
            """
        }
    }
}
