import Foundation
import Harvest

/// Paths, settings and set-ups the harvest tests share.
enum HarvestFixtures {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every shipped Greve meeting, in name order.
    static let greveFiles: [URL] = {
        let folder = root.appendingPathComponent("Corpus/greve")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }()

    /// A shipped Greve meeting by its file name's committee and date part, e.g. `byraad-2022-2025_2022-01-14`.
    static func greve(_ part: String) -> URL {
        root.appendingPathComponent("Corpus/greve/greve_\(part).json")
    }

    /// A fixture of this test target.
    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }

    /// Settings for a site on this machine: no pause between requests, short timeouts and waits, no attachments
    /// (the attachment tests ask for them).
    static var settings: HarvestSettings {
        var settings = HarvestSettings()
        settings.attachments = false
        settings.interval = .zero
        settings.timeout = .seconds(5)
        settings.backoff = .milliseconds(10)
        settings.retries = 2
        return settings
    }

    /// The source `site` stands for, named `municipality`.
    static func source(_ site: ReplaySite, municipality: String = "Greve Kommune") -> HarvestSource {
        HarvestSource(municipality: municipality, baseURL: URL(string: site.baseURL)!)
    }

    /// Runs `body` with a replay site of `files` and `attachments`, started, and a fresh empty folder; stops the
    /// site and removes the folder whatever happens.
    static func withSite<T>(
        _ files: [URL],
        attachments: [String: Data] = [:],
        _ body: (ReplaySite, URL) async throws -> T
    ) async throws -> T {
        let site = try ReplaySite(files: files, attachments: attachments)
        try await site.start()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("referat-harvest-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do {
            let result = try await body(site, folder)
            await site.stop()
            try? FileManager.default.removeItem(at: folder)
            return result
        } catch {
            await site.stop()
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    /// The files under `folder`, relative paths, hidden ones included, sorted.
    static func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(path).path,
                isDirectory: &isDirectory
            ),
                !isDirectory.boolValue
            {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
