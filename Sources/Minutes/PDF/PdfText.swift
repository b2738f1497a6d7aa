import Foundation

/// The text of a PDF: its text layer through `pdftotext`, or, for a PDF without one (a scan), OCR of its pages
/// when tesseract is installed.
public struct PdfText: Sendable {
    /// What was read, and how.
    public struct Reading: Sendable {
        /// The text, pages separated by form feeds.
        public var text: String
        /// How many pages OCR read (0 when the text layer was used).
        public var ocrPages: Int
        /// How long OCR took, in seconds.
        public var ocrSeconds: Double
    }

    private let extractor: PdfTextExtractor
    private let ocr: PdfOCR

    /// Finds the tools on `searchPath` (colon-separated, like `PATH`), or on the process's `PATH` when `nil`;
    /// `pdftotext` runs within `timeLimit` and `outputLimit` as ``PdfReader`` says, OCR of one PDF within
    /// `ocrTimeLimit`.
    public init(
        searchPath: String? = nil,
        timeLimit: Duration = PdfReader.defaultTimeLimit,
        outputLimit: Int = PdfReader.defaultOutputLimit,
        ocrTimeLimit: Duration = PdfReader.defaultOCRTimeLimit
    ) {
        extractor = PdfTextExtractor(searchPath: searchPath, timeLimit: timeLimit, outputLimit: outputLimit)
        ocr = PdfOCR(tools: ToolSearch(searchPath: searchPath), timeLimit: ocrTimeLimit)
    }

    /// Whether PDFs without a text layer can be read: `pdftoppm`, `tesseract` and its Danish data are installed.
    public var canOCR: Bool { ocr.isAvailable }

    /// Reads the PDF `data`; `path` names it in errors.
    ///
    /// - Throws: `MinutesError` when `pdftotext` fails, or when there is no text layer and OCR is not installed
    ///   or finds no text.
    public func read(_ data: Data, path: String) throws(MinutesError) -> Reading {
        let text: String
        do {
            text = try extractor.text(of: data)
        } catch {
            throw MinutesError(path: path, reason: error.reason)
        }
        // Stray control characters would reach the index, snippets and terminals; the readers drop them too.
        if text.contains(where: { !$0.isWhitespace }) {
            return Reading(text: ControlCharacters.removed(from: text), ocrPages: 0, ocrSeconds: 0)
        }
        guard ocr.isAvailable else { throw MinutesError(path: path, reason: Self.noTextWithoutOCR) }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("referat-ocr-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let start = ContinuousClock.now
        let pages: [String]
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: false)
            let input = scratch.appendingPathComponent("input.pdf")
            try data.write(to: input)
            pages = try ocr.pages(of: input, scratch: scratch)
        } catch PdfTextExtractor.Failure.tookTooLong(let limit) {
            throw MinutesError(path: path, reason: "OCR took longer than \(Self.shown(limit))")
        } catch let failure as PdfTextExtractor.Failure {
            throw MinutesError(path: path, reason: "OCR failed: \(failure.reason)")
        } catch {
            throw MinutesError(path: path, reason: "OCR failed: \(error.localizedDescription)")
        }
        let elapsed = (ContinuousClock.now - start).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        let joined = pages.joined(separator: "\u{0C}")
        guard joined.contains(where: { !$0.isWhitespace }) else {
            throw MinutesError(path: path, reason: "PDF has no text layer (scanned?) and OCR found no text")
        }
        return Reading(text: ControlCharacters.removed(from: joined), ocrPages: pages.count, ocrSeconds: seconds)
    }

    /// Why a PDF without a text layer is not read when OCR is not installed.
    public static let noTextWithoutOCR =
        "PDF has no text layer (scanned?); install tesseract-ocr and tesseract-ocr-dan to read it with OCR"

    // `900 s`, or `5 ms` for a limit under a second.
    private static func shown(_ limit: Duration) -> String {
        let (seconds, attoseconds) = limit.components
        return seconds > 0 ? "\(seconds) s" : "\(attoseconds / 1_000_000_000_000_000) ms"
    }
}
