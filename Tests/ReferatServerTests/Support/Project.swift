import Foundation

/// Paths inside the package checkout the tests run from.
enum Project {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped corpus of real minutes.
    static let corpus = root.appendingPathComponent("Corpus")

    /// A shipped Greve file by its name in `Corpus/greve`.
    static func greve(_ name: String) -> URL {
        corpus.appendingPathComponent("greve").appendingPathComponent(name)
    }

    /// The Greve meetings that carry case 20-055908K from a committee through Økonomiudvalget to the city
    /// council, and the Økonomiudvalget meetings just before and after, so the meeting page has neighbours.
    static let greveFiles = [
        "greve_plan-og-tryghedsudvalget_2022-10-11.json",
        "greve_oekonomiudvalget_2022-09-26.json",
        "greve_oekonomiudvalget_2022-10-24.json",
        "greve_oekonomiudvalget_2022-10-27.json",
        "greve_byraad-2022-2025_2022-11-07.json",
    ]

    /// The shipped Haderslev and Hedensted text minutes.
    static let textMinutes = [
        corpus.appendingPathComponent("haderslev/haderslev_beskaeftigelse-og-borgerserviceudvalget_2022-09-15.txt"),
        corpus.appendingPathComponent("hedensted/hedensted_udvalget-for-beskaeftigelse_2023-03-07.txt"),
    ]
}
