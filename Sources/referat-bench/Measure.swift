import Foundation

/// Small measuring helpers shared by the benchmark's commands.
enum Measure {
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

    /// The bytes of every file under `path`, or of `path` itself when it is a file.
    static func size(of path: String) -> Int {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return 0 }
        guard isDirectory.boolValue else {
            return ((try? manager.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        }
        let files = manager.enumerator(atPath: path)
        var total = 0
        while let name = files?.nextObject() as? String {
            let attributes = try? manager.attributesOfItem(atPath: path + "/" + name)
            total += (attributes?[.size] as? Int) ?? 0
        }
        return total
    }

    /// Milliseconds `body` took.
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }
}
