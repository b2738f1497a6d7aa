import Foundation

/// Paths inside the package checkout the tests run from.
enum Project {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped corpus of real minutes.
    static let corpus = root.appendingPathComponent("Corpus")

    /// The shipped Haderslev minutes.
    static let haderslev = corpus.appendingPathComponent(
        "haderslev/haderslev_beskaeftigelse-og-borgerserviceudvalget_2022-09-15.txt"
    )

    /// The shipped Hedensted minutes.
    static let hedensted = corpus.appendingPathComponent(
        "hedensted/hedensted_udvalget-for-beskaeftigelse_2023-03-07.txt"
    )

    /// Three shipped meetings of Greve's council, whose decisions record how the parties voted and who was absent.
    static let greveCouncilMeetings = ["2022-03-07", "2022-12-12", "2023-05-15"].map {
        corpus.appendingPathComponent("greve/greve_byraad-2022-2025_\($0).json")
    }

    /// Copies ``greveCouncilMeetings`` into `directory/greve`.
    static func copyGreveCouncilMeetings(to directory: URL) throws {
        let folder = directory.appendingPathComponent("greve")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for meeting in greveCouncilMeetings {
            try FileManager.default.copyItem(at: meeting, to: folder.appendingPathComponent(meeting.lastPathComponent))
        }
    }

    /// Copies the shipped text minutes into `directory`, keeping the municipality folders.
    static func copySeedMinutes(to directory: URL) throws {
        for file in [haderslev, hedensted] {
            let folder = directory.appendingPathComponent(file.deletingLastPathComponent().lastPathComponent)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent(file.lastPathComponent))
        }
    }
}
