import Foundation

/// Runs other programs: the engines' commands and their indexers.
enum ChildProcess {
    /// What a measured run gave: wall time and peak resident memory as GNU `time` reports them.
    struct Measured {
        /// Elapsed wall-clock seconds.
        var seconds: Double
        /// CPU seconds, user and system, over all its threads.
        var cpuSeconds: Double
        /// The process's maximum resident set, in KiB.
        var peakKiB: Int
        /// Its standard output.
        var output: String
    }

    /// Runs `executable` with `arguments`, standard error discarded; its standard output, or an error naming the
    /// command when it exits unsuccessfully.
    ///
    /// Uses `posix_spawn` and `waitpid` rather than Foundation's `Process`, whose `waitUntilExit` polls every
    /// 50 ms on Linux and would swamp the latencies measured.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], allowFailure: Bool = false) throws -> Data {
        var pipe: [Int32] = [0, 0]
        guard pipe.withUnsafeMutableBufferPointer({ Glibc.pipe($0.baseAddress!) }) == 0 else {
            throw CompareError("cannot create a pipe for \(executable)")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        close(pipe[1])
        guard spawned == 0 else {
            close(pipe[0])
            throw CompareError("cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, $0.count) }
            if count > 0 {
                output.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        close(pipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED and WEXITSTATUS are macros Swift cannot import.
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard allowFailure || exitCode == 0 else {
            throw CompareError("\(executable) \(arguments.joined(separator: " ")) exited with status \(exitCode)")
        }
        return output
    }

    /// Runs the command under GNU `/usr/bin/time`, which measures its wall time and peak memory, after flushing
    /// the page cache's dirty pages.
    static func measured(_ executable: String, _ arguments: [String], allowFailure: Bool = false) throws -> Measured {
        // Written-back files left by earlier steps would otherwise be flushed by this command's fsyncs, on its time.
        sync()
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("referat-time-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let output = try run(
            "/usr/bin/time",
            ["-o", report, "-f", "%e %M %U %S", executable] + arguments,
            allowFailure: allowFailure
        )
        let fields =
            try String(contentsOfFile: report, encoding: .utf8)
            .split(whereSeparator: \.isNewline).last?.split(separator: " ") ?? []
        guard fields.count == 4, let seconds = Double(fields[0]), let peak = Int(fields[1]),
            let user = Double(fields[2]), let system = Double(fields[3])
        else {
            throw CompareError("cannot read /usr/bin/time's report for \(executable)")
        }
        return Measured(
            seconds: seconds,
            cpuSeconds: user + system,
            peakKiB: peak,
            output: String(decoding: output, as: UTF8.self)
        )
    }

    /// The absolute path of `name` found on `PATH`, or `nil`.
    static func find(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
