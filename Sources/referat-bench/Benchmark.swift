import ArgumentParser
import Foundation
import Referat

/// `referat-bench`: indexes a corpus from scratch and times a fixed mix of searches on it.
@main
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referat-bench",
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
        let peakKiB = Self.peakResidentKiB()
        let indexBytes = Self.size(ofFolder: index)
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
                    String(format: "  %9.3f %8.3f %6d  ", Self.percentile(times, 50), Self.percentile(times, 95), total)
                        + label
                )
            } catch {
                print("  (skipped: \(error))  " + label)
            }
        }
        print(
            String(
                format: "  all queries: median %.3f ms, p95 %.3f ms over %d searches",
                Self.percentile(all, 50),
                Self.percentile(all, 95),
                all.count
            )
        )
    }

    /// The `p`th percentile (nearest rank) of `values`.
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// The most memory this process has held at once, in KiB (Linux reports `ru_maxrss` in KiB).
    static func peakResidentKiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss)
    }

    /// The bytes of every file under `path`.
    static func size(ofFolder path: String) -> Int {
        let files = FileManager.default.enumerator(atPath: path)
        var total = 0
        while let name = files?.nextObject() as? String {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + "/" + name)
            total += (attributes?[.size] as? Int) ?? 0
        }
        return total
    }
}
