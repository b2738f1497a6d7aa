import Foundation

/// Runs the Python `lines` with the Xapian bindings (`python3-xapian`), after opening the index at `index` for
/// writing as `db`: how tests make an index look like one an older referat wrote.
///
/// Opening retries as referat's own writer does: a child process that another test forks shares a lock this
/// process has just released, until the child execs.
func runPythonWriter(on index: String, _ lines: [String]) throws -> ProcessOutput {
    let script =
        [
            "import sys, time, xapian",
            "for attempt in range(50):",
            "    try:",
            "        db = xapian.WritableDatabase(sys.argv[1])",
            "        break",
            "    except xapian.DatabaseLockError:",
            "        time.sleep(0.01)",
        ] + lines
    return try run(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", script.joined(separator: "\n"), index])
}
