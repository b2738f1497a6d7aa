import ArgumentParser
import Foundation
import Harvest

/// Where the sources list and the corpus are, shared by `harvest` and `sources`.
struct HarvestOptions: ParsableArguments {
    @Option(help: "The sources file: one site per line, municipality, base URL and kind separated by tabs.")
    var sources = "sources.tsv"

    @Option(help: "The corpus folder; each site's files go into a folder of its own inside it.")
    var corpus = "Corpus"

    @Option(help: "Only this site (its municipality or folder name); may be given more than once.")
    var site: [String] = []

    /// The sources the options select.
    func selectedSources() throws -> [HarvestSource] {
        let all = try SourceList.load(path: sources)
        guard !site.isEmpty else { return all }
        let wanted = Set(site.map { $0.lowercased() })
        let chosen = all.filter { wanted.contains($0.municipality.lowercased()) || wanted.contains($0.folder) }
        let found = Set(chosen.flatMap { [$0.municipality.lowercased(), $0.folder] })
        if let missing = site.first(where: { !found.contains($0.lowercased()) }) {
            throw ValidationError("no source \(missing) in \(sources)")
        }
        return chosen
    }
}
