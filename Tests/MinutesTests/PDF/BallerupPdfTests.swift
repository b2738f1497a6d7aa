import Foundation
import Minutes
import Testing

@Suite("Ballerup minutes as PDF (pdftotext and the text reader)")
struct BallerupPdfTests {
    let meeting: Meeting

    init() throws {
        meeting = try BallerupFiles.load(BallerupFiles.pdf)
    }

    @Test func meetingFields() {
        #expect(meeting.municipality == "Ballerup Kommune")
        #expect(meeting.committee == "Sundheds- og Forebyggelsesudvalget")
        #expect(meeting.date == CalendarDate(year: 2012, month: 12, day: 4))
        #expect(meeting.time == "13:00")
        #expect(
            meeting.participants == [
                "Lolan Ottesen (A)", "Grethe Larsen (A)", "Birte Kramhøft (F)", "Doris Børger (A)",
                "Karl Vilhelm Nielsen (V)", "Maria Lundahl Assov (A)", "Per Mortensen (A)",
            ]
        )
    }

    @Test func eightOpenItemsAndNoContentsEntries() {
        #expect(meeting.items.map(\.number) == (1...8).map(String.init))
        #expect(meeting.items.allSatisfy { !$0.isClosed })
    }

    @Test(arguments: [
        ("1", "2011-29298", "Meddelelser"),
        ("2", "2012-28504", "Bygningsvedligeholdelse 2013 - anlægsbevilling"),
        ("3", "2012-31114", "Kvalitetsstandarder for stof- og alkoholbehandling 2012-2013"),
        ("4", "2012-31673", "Takstreduktion på aflastningstilbuddet Torvevej i Skovlunde i 2013"),
        ("5", "2011-29939", "KL's opfølgningsproces vedrørende det nære sundhedsvæsen"),
        ("6", "2012-21786", "Prioritering af midler til kronisk syge borgere og hverdagsrehabilitering for ældre"),
        ("7", "2012-28505", "Etablering af aktivitetscenter på Solvej 6 i Ballerup"),
        ("8", "2010-3082", "Evaluering af rygestopkurser"),
    ])
    func item(number: String, caseNumber: String, title: String) throws {
        let item = try #require(meeting.items.first { $0.number == number })
        #expect(item.caseNumber == caseNumber)
        #expect(item.title == title)
        let decision = try #require(item.decision)
        #expect(!decision.isEmpty)
        #expect(!decision.contains("Sundheds- og Forebyggelsesudvalget"))
        #expect(!Self.hasRunningHeader(decision))
        #expect(!Self.hasRunningHeader(item.text))
    }

    @Test(arguments: [
        ("1", "Taget til efterretning"),
        // The decision heading ends page 6 and the decision opens page 7, below the running header.
        ("3", "Indstilles til godkendelse"),
        (
            "7",
            "Indstillingen godkendt med denne bemærkning: Gruppen af unge i Ballerup Kommune også får adgang til at bruge lokalerne på Solvej 6."
        ),
        ("8", "Taget til efterretning"),
    ])
    func decision(number: String, text: String) throws {
        let item = try #require(meeting.items.first { $0.number == number })
        #expect(TestFiles.collapsed(item.decision) == text)
        #expect(
            item.sections.first { $0.kind == .decision }?.heading
                == "Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt \(number)"
        )
    }

    @Test func sectionsOfAnItemThatCrossesAPage() throws {
        let item = try #require(meeting.items.first { $0.number == "2" })
        #expect(
            item.sections.map(\.kind) == [
                .other, .other, .presentation, .economy, .attachments, .procedure, .recommendation, .decision, .absent,
            ]
        )
        #expect(item.attachments == ["2012-200782 - Bygningsliste og prioriteringssystem"])
        let presentation = try #require(item.text(of: .presentation))
        // Page 4 ends mid-sentence and page 5 goes on after its header: the two halves meet.
        #expect(TestFiles.collapsed(presentation)?.contains("af servicepersonalet i de respektive distrikter") == true)
    }

    @Test func bilagIngenIsNoAttachment() throws {
        let item = try #require(meeting.items.first { $0.number == "8" })
        #expect(item.attachments.isEmpty)
    }

    @Test func pdfWithoutTextIsReportedAsSuch() throws {
        let url = try BallerupFiles.url(BallerupFiles.noTextLayer)
        // The page only paints a rectangle: OCR, when installed, finds no text in it either.
        let reason =
            PdfText().canOCR ? "PDF has no text layer (scanned?) and OCR found no text" : PdfText.noTextWithoutOCR
        #expect(throws: MinutesError(path: url.path, reason: reason)) {
            try MinutesLoader().load(fileAt: url)
        }
    }

    @Test func withoutOCRAScanIsRefusedWithWhatToInstall() throws {
        let url = try BallerupFiles.url(BallerupFiles.noTextLayer)
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        let pdftotext = try #require(
            path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("pdftotext") }
                .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        )
        // Only pdftotext on the search path: no pdftoppm, no tesseract.
        try TestFiles.withTemporaryDirectory { directory in
            try FileManager.default.createSymbolicLink(
                at: directory.appendingPathComponent("pdftotext"),
                withDestinationURL: pdftotext
            )
            let loader = MinutesLoader(readers: [PdfReader(searchPath: directory.path)])
            #expect(throws: MinutesError(path: url.path, reason: PdfText.noTextWithoutOCR)) {
                try loader.load(fileAt: url)
            }
        }
    }

    @Test func missingPdftotextIsNamed() throws {
        try TestFiles.withTemporaryDirectory { emptyDirectory in
            let error = try BallerupFiles.error(
                loading: try BallerupFiles.data(BallerupFiles.pdf),
                as: "referat.pdf",
                readers: [PdfReader(searchPath: emptyDirectory.path)]
            )
            #expect(error?.reason == "pdftotext not found (install poppler-utils)")
        }
    }

    @Test func truncatedPdfGivesPdftotextsReasonOnOneLine() throws {
        let truncated = try BallerupFiles.data(BallerupFiles.pdf).prefix(30_000)
        let error = try #require(try BallerupFiles.error(loading: Data(truncated), as: "truncated.pdf"))
        #expect(error.reason == "pdftotext failed: Syntax Error: Couldn't read xref table")
    }

    @Test func chosenByContentNotByName() throws {
        let pdf = try BallerupFiles.data(BallerupFiles.pdf)
        let renamed = try BallerupFiles.load(pdf, as: "ballerup_referat.dat")
        #expect(renamed.items.count == 8)
        let url = URL(fileURLWithPath: "/x/minutes.pdf")
        #expect(PdfReader().canRead(SourceDocument(url: url, data: pdf)))
        #expect(!PdfReader().canRead(SourceDocument(url: url, text: "Referat\n\nPunkt 1: Eventuelt\n")))
        #expect(!TextMinutesReader().canRead(SourceDocument(url: url, data: pdf)))
    }

    private static func hasRunningHeader(_ text: String) -> Bool {
        text.split(separator: "\n").contains { line in
            let plain = line.trimmingCharacters(in: .whitespaces)
            return plain == "Referat" || plain == "Åbent referat" || plain.hasPrefix("Dato: 04.12.2012")
                || plain.range(of: #"^Side \d+$"#, options: .regularExpression) != nil
        }
    }
}
