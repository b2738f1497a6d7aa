import Foundation

/// Prints `compare`'s tables and the targets.
struct CompareTable {
    /// Items indexed.
    var items: Int
    /// Bytes of item text every engine indexed.
    var textBytes: Int

    /// The indexing table.
    func printIndexing(_ results: [IndexingResult]) {
        let megabytes = Double(textBytes) / 1_000_000
        print(
            "engine                 time s    cpu s   items/s   MB/s  peak MiB   index MB  ×text   compacted MB  ×text"
        )
        for result in results {
            print(
                pad(result.engine, 20)
                    + String(
                        format: " %8.2f %8.2f %9.1f %6.2f %9.1f %10.1f %6.2f %14.1f %6.2f",
                        result.seconds,
                        result.cpuSeconds,
                        Double(items) / result.seconds,
                        megabytes / result.seconds,
                        Double(result.peakKiB) / 1024,
                        Double(result.bytes) / 1_000_000,
                        Double(result.bytes) / Double(textBytes),
                        Double(result.compactedBytes) / 1_000_000,
                        Double(result.compactedBytes) / Double(textBytes)
                    )
            )
        }
    }

    /// The search latency table.
    func printSearching(_ results: [SearchResultTimes]) {
        print("engine                  median ms   p95 ms   p99 ms")
        for result in results {
            print(
                pad(result.engine, 22)
                    + String(
                        format: " %10.2f %8.2f %8.2f",
                        result.median,
                        result.p95,
                        result.p99
                    )
            )
        }
    }

    /// Per query, each engine's hits and median.
    func printPerQuery(_ results: [SearchResultTimes]) {
        print("median ms (hits) per engine: " + results.map(\.engine).joined(separator: " | "))
        guard let first = results.first else { return }
        for (index, query) in first.perQuery.enumerated() {
            let cells = results.map { result in
                let entry = result.perQuery[index]
                return String(format: "%7.2f (%5d)", entry.median, entry.hits)
            }
            print(cells.joined(separator: " ") + "  " + query.label)
        }
    }

    /// Each target of issue 5 with the measured figure and whether it is met.
    func printTargets(indexing: [IndexingResult], searching: [SearchResultTimes]) {
        func line(_ what: String, _ value: String, _ met: Bool) {
            let verdict = met ? "met" : "NOT met"
            print(pad(what, 50) + pad(value, 22) + verdict)
        }
        let referat = indexing.first { $0.engine.hasPrefix("referat") }
        let omega = indexing.first { $0.engine.hasPrefix("Omega") }
        let inProcess = searching.first { $0.engine == "referat in-process" }
        let command = searching.first { $0.engine == "referat command" }
        let quest = searching.first { $0.engine.hasPrefix("quest") }
        let fts = searching.first { $0.engine.hasPrefix("SQLite") }
        if let referat, let omega {
            let ratio = omega.seconds / referat.seconds
            line("referat items/s ≥ 1.7× scriptindex's", String(format: "%.2f×", ratio), ratio >= 1.7)
        }
        if let referat {
            let mebibytes = Double(referat.peakKiB) / 1024
            line("referat peak memory < 1 GiB", String(format: "%.0f MiB", mebibytes), mebibytes < 1024)
            let ratio = Double(referat.compactedBytes) / Double(textBytes)
            line("referat compacted index ≤ 1.5× raw text", String(format: "%.2f×", ratio), ratio <= 1.5)
        }
        if let command, let quest {
            let ratio = command.median / quest.median
            line("referat command median ≤ 1.2× quest's", String(format: "%.2f×", ratio), ratio <= 1.2)
        }
        if let inProcess, let fts {
            // FTS5 runs inside this process, so referat's in-process searcher is its like.
            line(
                "referat in-process p95 < FTS5's",
                String(format: "%.2f vs %.2f ms", inProcess.p95, fts.p95),
                inProcess.p95 < fts.p95
            )
        }
        if let inProcess {
            line(
                "referat in-process median < 5 ms, exact facets",
                String(format: "%.2f ms", inProcess.median),
                inProcess.median < 5
            )
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
