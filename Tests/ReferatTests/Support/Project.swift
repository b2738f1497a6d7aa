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

    /// Copies the shipped text minutes into `directory`, keeping the municipality folders.
    static func copySeedMinutes(to directory: URL) throws {
        for file in [haderslev, hedensted] {
            let folder = directory.appendingPathComponent(file.deletingLastPathComponent().lastPathComponent)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent(file.lastPathComponent))
        }
    }
}
