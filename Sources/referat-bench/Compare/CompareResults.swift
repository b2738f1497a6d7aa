/// One engine's indexing run.
struct IndexingResult {
    /// The engine's name.
    var engine: String
    /// Wall-clock seconds.
    var seconds: Double
    /// CPU seconds over all threads.
    var cpuSeconds: Double
    /// Peak resident memory of the indexing process, KiB.
    var peakKiB: Int
    /// Index bytes as written.
    var bytes: Int
    /// Index bytes after compaction.
    var compactedBytes: Int
}

/// One engine's search latencies.
struct SearchResultTimes {
    /// The engine's name.
    var engine: String
    /// Every timed run, milliseconds.
    var all: [Double] = []
    /// Per query: its label, the engine's hit count, and its median milliseconds.
    var perQuery: [(label: String, hits: Int, median: Double)] = []

    /// The median of all runs.
    var median: Double { Measure.percentile(all, 50) }
    /// The 95th percentile of all runs.
    var p95: Double { Measure.percentile(all, 95) }
    /// The 99th percentile of all runs.
    var p99: Double { Measure.percentile(all, 99) }
}
