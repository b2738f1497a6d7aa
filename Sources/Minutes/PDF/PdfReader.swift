import Foundation

/// Reads minutes published as PDF, through poppler's `pdftotext` (or OCR for a scan) and the text reader.
///
/// `pdftotext -layout` keeps each page's lines in reading order and separates pages with form feeds, which is
/// what ``TextMinutesReader`` needs to recognise and drop running page headers and footers, skip the table of
/// contents and find the items. Scanned PDFs (images without text) are read with OCR when tesseract and its Danish
/// data are installed (``PdfText``), and refused otherwise.
public struct PdfReader: MinutesReader {
    /// How long `pdftotext` may run on one file when no limit is given: far beyond the second or so that the
    /// largest real minutes take.
    public static let defaultTimeLimit = Duration.seconds(60)
    /// How many bytes of text `pdftotext` may print for one file when no limit is given: many times the text of
    /// the largest real minutes.
    public static let defaultOutputLimit = 64 << 20
    /// How long OCR of one PDF without a text layer may take in all (rendering and reading every page), by default:
    /// at about 3 s a page, 200 pages (``PdfOCR/maximumPages``) fit.
    public static let defaultOCRTimeLimit = Duration.seconds(900)

    private let reader: PdfText

    /// Creates a reader that finds `pdftotext` on `searchPath` (colon-separated, like `PATH`), or on the
    /// process's `PATH` when `nil`.
    ///
    /// `pdftotext` is killed, and the file refused, when it runs longer than `timeLimit` (by default 60 s) or
    /// prints more than `outputLimit` bytes of text (by default 64 MB).
    public init(
        searchPath: String? = nil,
        timeLimit: Duration = PdfReader.defaultTimeLimit,
        outputLimit: Int = PdfReader.defaultOutputLimit
    ) {
        reader = PdfText(searchPath: searchPath, timeLimit: timeLimit, outputLimit: outputLimit)
    }

    /// Whether `source` starts with the PDF signature `%PDF-` (within the first 1024 bytes, as readers allow).
    public func canRead(_ source: SourceDocument) -> Bool {
        source.data.prefix(1024).firstRange(of: Self.signature) != nil
    }

    /// Extracts the text of `source` and parses it as minutes.
    ///
    /// - Throws: `MinutesError` with `pdftotext not found (install poppler-utils)`, `pdftotext failed: …` (the
    ///   tool's last diagnostic line, e.g. for a truncated file), `pdftotext took longer than 60 s`,
    ///   `pdftotext output exceeds 64 MB`, ``PdfText/noTextWithoutOCR``, `PDF has no text layer (scanned?) and OCR
    ///   found no text`, or what ``TextMinutesReader`` reports about the text.
    public func read(_ source: SourceDocument) throws -> Meeting {
        let text = try reader.read(source.data, path: source.url.path).text
        return try TextMinutesReader().read(SourceDocument(url: source.url, text: text))
    }

    private static let signature = Data("%PDF-".utf8)
}
