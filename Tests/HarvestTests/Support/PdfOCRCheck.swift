import Minutes

/// Whether this machine reads scans: `make test` installs tesseract, so it is there wherever the suite runs.
enum PdfOCRCheck {
    static let available = PdfText().canOCR
}
