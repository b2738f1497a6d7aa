import ArgumentParser
import Foundation
import Referat

/// `referat-bench corpus` (the default): indexes a corpus from scratch and times a fixed mix of searches on it.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Measure indexing throughput, peak memory, index size and search latency on a corpus."
    )

    @Option(help: "Where to build the index; it is deleted first. Default: a temporary folder, removed after.")
    var db: String?

    @Option(help: "Times each query is run after one warm-up run.")
    var repetitions = 20

    @Argument(help: "Files or folders of minutes.")
    var paths: [String] = ["Corpus"]

    func run() throws {
        let temporary = db == nil
        let index =
            db ?? FileManager.default.temporaryDirectory.appendingPathComponent("referat-bench-\(getpid())").path
        try? FileManager.default.removeItem(atPath: index)
        defer { if temporary { try? FileManager.default.removeItem(atPath: index) } }

        let summary = try Indexer(databasePath: index).index(paths: paths)
        let peakKiB = Measure.peakResidentKiB()
        let indexBytes = Measure.size(of: index)
        let megabytes = Double(summary.bytes) / 1_000_000
        print("Indexing \(paths.joined(separator: " ")) from scratch")
        print(String(format: "  files           %8d  (%d failed)", summary.files, summary.failures.count))
        print(String(format: "  items           %8d", summary.items))
        print(String(format: "  input           %8.2f MB", megabytes))
        print(String(format: "  time            %8.2f s", summary.seconds))
        print(String(format: "  files/s         %8.1f", Double(summary.files) / summary.seconds))
        print(String(format: "  items/s         %8.1f", Double(summary.items) / summary.seconds))
        print(String(format: "  MB/s            %8.2f", megabytes / summary.seconds))
        print(String(format: "  peak memory     %8.1f MiB (process maximum resident set)", Double(peakKiB) / 1024))
        print(
            String(
                format: "  index size      %8.1f MB (%.2f× the input)",
                Double(indexBytes) / 1_000_000,
                Double(indexBytes) / Double(max(1, summary.bytes))
            )
        )

        let searcher = try Searcher(databasePath: index)
        var all: [Double] = []
        print("\nSearching: \(BenchmarkQueries.all.count) queries, \(repetitions) runs each after a warm-up")
        print("  median ms   p95 ms   hits  query")
        for request in BenchmarkQueries.all {
            let label = BenchmarkQueries.label(request)
            do {
                let total = try searcher.search(request).total
                var times: [Double] = []
                for _ in 0..<repetitions {
                    let start = DispatchTime.now().uptimeNanoseconds
                    _ = try searcher.search(request)
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                }
                all += times
                print(
                    String(
                        format: "  %9.3f %8.3f %6d  ",
                        Measure.percentile(times, 50),
                        Measure.percentile(times, 95),
                        total
                    )
                        + label
                )
            } catch {
                print("  (skipped: \(error))  " + label)
            }
        }
        print(
            String(
                format: "  all queries: median %.3f ms, p95 %.3f ms over %d searches",
                Measure.percentile(all, 50),
                Measure.percentile(all, 95),
                all.count
            )
        )
    }
}
