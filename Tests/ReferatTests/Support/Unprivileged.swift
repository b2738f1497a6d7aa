import Foundation
import Testing

/// Runs the built `referat` with `arguments` as a user whom file permissions stop: as `nobody` through util-linux's
/// `setpriv` when the tests run as root (permissions do not stop root), else as the tests' own user.
func runUnprivileged(_ arguments: [String]) throws -> ProcessOutput {
    guard getuid() == 0 else { return try run(referatExecutable, arguments) }
    let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
    try #require(FileManager.default.isExecutableFile(atPath: setpriv.path), "running as root needs setpriv")
    let output = try run(
        setpriv,
        ["--reuid=65534", "--regid=65534", "--clear-groups", "--", referatExecutable.path] + arguments
    )
    try #require(!output.stderr.hasPrefix("setpriv:"), "nobody cannot run \(referatExecutable.path): \(output.stderr)")
    return output
}

/// Sets the permission bits of `path`, and with `recursive` of everything under it, to `mode`.
func setPermissions(_ mode: Int, of path: String, recursive: Bool = false) throws {
    if recursive, let names = FileManager.default.subpaths(atPath: path) {
        for name in names {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path + "/" + name)
        }
    }
    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
}
