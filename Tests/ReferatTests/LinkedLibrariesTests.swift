import Foundation
import Testing

#if os(Linux)
@Suite("The libraries referat loads at start-up")
struct LinkedLibrariesTests {
    // ldd lists what the dynamic loader maps, the executable's own DT_NEEDED entries and theirs: a debug build
    // would reach libxml2 through libFoundationXML.so rather than directly.
    @Test func libxml2WaitsUntilADocumentIsParsed() throws {
        let output = try run(URL(fileURLWithPath: "/usr/bin/ldd"), [referatExecutable.path])
        #expect(output.status == 0, "\(output.stderr)")
        let libraries = output.stdout.split(separator: "\n").compactMap {
            $0.split(whereSeparator: \.isWhitespace).first.map(String.init)
        }
        #expect(libraries.contains { $0.hasPrefix("libxapian.so") }, "\(output.stdout)")
        #expect(!libraries.contains { $0.hasPrefix("libxml2.so") }, "\(output.stdout)")
        #expect(!libraries.contains { $0.hasPrefix("libFoundationXML") }, "\(output.stdout)")
    }
}
#endif
