import Foundation

/// Reads the pages of a PDF without a text layer with OCR: poppler's `pdftoppm` renders each page, Debian's
/// `tesseract` (with the Danish data, `tesseract-ocr-dan`) reads it.
struct PdfOCR: Sendable {
    /// The resolution pages are rendered at: tesseract reads body text best at about 300 dpi.
    static let dpi = 300
    /// The most pages read: a scan longer than this is read in part, since each page takes seconds.
    static let maximumPages = 200

    private let tools: ToolSearch
    /// How long reading one PDF may take in all; past it the tool running is killed.
    let timeLimit: Duration

    /// OCR with the tools found on `tools`, within `timeLimit` a PDF.
    init(tools: ToolSearch, timeLimit: Duration = PdfReader.defaultOCRTimeLimit) {
        self.tools = tools
        self.timeLimit = timeLimit
    }

    /// Whether `pdftoppm`, `tesseract` and tesseract's Danish data are all installed.
    var isAvailable: Bool {
        tools.executable("pdftoppm") != nil && tools.executable("tesseract") != nil && danishData != nil
    }

    /// The text of each page of the PDF at `input`, pages in order; `scratch` is a private folder for the
    /// rendered pages.
    func pages(of input: URL, scratch: URL) throws(PdfTextExtractor.Failure) -> [String] {
        guard let pdftoppm = tools.executable("pdftoppm"), let tesseract = tools.executable("tesseract"),
            let data = danishData
        else { throw .toolNotFound }
        let prefix = scratch.appendingPathComponent("page")
        let deadline = ContinuousClock.now + timeLimit
        _ = try ToolSearch.run(
            pdftoppm,
            ["-r", "\(Self.dpi)", "-l", "\(Self.maximumPages)", "-gray", "-png", input.path, prefix.path],
            in: scratch,
            deadline: deadline,
            limit: timeLimit
        )
        let images = ((try? FileManager.default.contentsOfDirectory(atPath: scratch.path)) ?? [])
            .filter { $0.hasPrefix("page") && $0.hasSuffix(".png") }
            .sorted { Self.pageNumber($0) < Self.pageNumber($1) }
        var pages: [String] = []
        for image in images {
            let page = scratch.appendingPathComponent(image)
            let text = try ToolSearch.run(
                tesseract,
                [page.path, "stdout", "-l", "dan", "--tessdata-dir", data.path],
                in: scratch,
                deadline: deadline,
                limit: timeLimit
            )
            pages.append(String(decoding: text, as: UTF8.self))
            try? FileManager.default.removeItem(at: page)
        }
        return pages
    }

    // `page-07.png` → 7: pdftoppm pads the numbers only as wide as the last page's.
    private static func pageNumber(_ name: String) -> Int {
        Int(name.dropFirst(5).prefix { $0.isNumber }) ?? 0
    }

    // The folder holding `dan.traineddata`, where Debian's packages put it.
    private var danishData: URL? {
        let candidates =
            ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata"]
            + (ProcessInfo.processInfo.environment["TESSDATA_PREFIX"].map { [$0] } ?? [])
        return candidates.map { URL(fileURLWithPath: $0, isDirectory: true) }
            .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("dan.traineddata").path) }
    }
}
