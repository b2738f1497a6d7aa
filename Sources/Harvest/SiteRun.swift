import Foundation
import Minutes

/// One run at one site: list, compare with the state, fetch what is new or changed, write, remember.
struct SiteRun {
    let source: HarvestSource
    let folder: URL
    let settings: HarvestSettings
    let shouldStop: @Sendable () -> Bool
    let report: @Sendable (HarvestEvent) -> Void
    private var site: FirstAgendaSite
    private var state: HarvestState
    var result: SiteReport
    private let pdf = PdfText()

    init(
        source: HarvestSource,
        folder: URL,
        client: PoliteClient,
        settings: HarvestSettings,
        shouldStop: @escaping @Sendable () -> Bool,
        report: @escaping @Sendable (HarvestEvent) -> Void
    ) {
        self.source = source
        self.folder = folder
        self.settings = settings
        self.shouldStop = shouldStop
        self.report = report
        site = FirstAgendaSite(source: source, client: client)
        state = HarvestState.load(from: folder) ?? HarvestState(source: source)
        result = SiteReport(source: source, folder: folder)
    }

    mutating func harvest() async {
        state.site = source.baseURL.absoluteString
        state.municipality = source.municipality
        state.lastRun = HarvestState.stamp(Date())
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            AtomicFile.clearLeftovers(in: folder)
            AtomicFile.clearLeftovers(in: folder.appendingPathComponent(FileNames.attachments, isDirectory: true))
            let listing = try await site.committeeList()
            result.listed = listing.meetings.count
            result.leftOut = listing.leftOut
            state.lastListed = listing.meetings.count
            let due = listing.meetings.filter(isDue)
            result.unchanged = listing.meetings.count - due.count
            report(.listed(site: source.municipality, meetings: listing.meetings.count, new: due.count))
            if listing.meetings.isEmpty { fail("the site listed no meetings") }
            for meeting in due {
                if shouldStop() {
                    result.interrupted = true
                    break
                }
                do {
                    try await fetch(meeting)
                } catch is CancellationError {
                    result.interrupted = true
                    break
                } catch {
                    fail("\(meeting.committee) \(meeting.date): \(error)")
                }
            }
        } catch is CancellationError {
            result.interrupted = true
        } catch {
            fail("\(error)")
        }
        state.lastError = result.errors.first
        if result.errors.isEmpty, !result.interrupted { state.lastSuccess = HarvestState.stamp(Date()) }
        do {
            try state.save(in: folder)
        } catch {
            result.errors.append("\(error)")
        }
        AtomicFile.clearLeftovers(in: folder)
        AtomicFile.clearLeftovers(in: folder.appendingPathComponent(FileNames.attachments, isDirectory: true))
    }

    // New, changed, or fetched before with attachments missing; or its file has gone.
    private func isDue(_ meeting: ListedMeeting) -> Bool {
        guard let held = state.meetings[meeting.id], held.version == meeting.version, held.complete else {
            return true
        }
        return !FileManager.default.fileExists(atPath: folder.appendingPathComponent(held.file).path)
    }

    private mutating func fetch(_ listed: ListedMeeting) async throws {
        let (url, data) = try await site.agenda(listed.id)
        let name = fileName(for: listed)
        let target = folder.appendingPathComponent(name)
        let meeting: Meeting
        do {
            meeting = try MinutesLoader(readers: [FirstAgendaReader()]).load(data, from: target)
        } catch let error as MinutesError {
            throw HarvestError.unexpected(url: url, reason: error.reason)
        }
        var complete = true
        if settings.attachments {
            for id in AgendaAttachments.ids(in: data) {
                if shouldStop() { throw CancellationError() }
                do {
                    try await fetchAttachment(id)
                } catch let error as HarvestError {
                    complete = false
                    fail("\(listed.committee) \(listed.date): attachment \(id): \(error)")
                }
            }
        }
        try AtomicFile.write(data, to: target)
        result.written.append(target)
        report(.wrote(site: source.municipality, path: target.path))
        state.lastNew = HarvestState.stamp(Date())
        state.meetings[listed.id] = HarvestState.Meeting(
            committee: listed.committee,
            date: listed.date,
            version: listed.version,
            file: name,
            items: meeting.items.count,
            complete: complete,
            historic: listed.historic
        )
        try state.save(in: folder)
    }

    // The PDF and its text, side by side in the hidden attachments folder; a PDF already held is not fetched again.
    private mutating func fetchAttachment(_ id: String) async throws {
        let attachments = folder.appendingPathComponent(FileNames.attachments, isDirectory: true)
        let pdfFile = attachments.appendingPathComponent("\(id).pdf")
        let textFile = attachments.appendingPathComponent("\(id).txt")
        guard !FileManager.default.fileExists(atPath: textFile.path) else { return }
        let (url, data) = try await site.attachment(id)
        let reading: PdfText.Reading
        do {
            reading = try pdf.read(data, path: url)
        } catch {
            throw HarvestError.unexpected(url: url, reason: error.reason)
        }
        try FileManager.default.createDirectory(at: attachments, withIntermediateDirectories: true)
        try AtomicFile.write(data, to: pdfFile)
        try AtomicFile.write(Data(reading.text.utf8), to: textFile)
        result.attachments += 1
        result.ocrPages += reading.ocrPages
        result.ocrSeconds += reading.ocrSeconds
    }

    // The name the meeting had, else `<folder>_<committee>_<date>.json` unless another meeting holds that name.
    private func fileName(for listed: ListedMeeting) -> String {
        if let held = state.meetings[listed.id] { return held.file }
        let plain = FileNames.meeting(
            folder: source.folder,
            committee: listed.committee,
            date: listed.date,
            id: listed.id,
            taken: false
        )
        let heldByOther = state.meetings.contains { $0.key != listed.id && $0.value.file == plain }
        let onDisk = folder.appendingPathComponent(plain)
        var takenOnDisk = false
        if !heldByOther, FileManager.default.fileExists(atPath: onDisk.path) {
            // A file of the same name from elsewhere (the shipped corpus) is replaced only if it is this meeting.
            let other = try? MinutesLoader(readers: [FirstAgendaReader()]).load(fileAt: onDisk)
            takenOnDisk = other?.meetingID?.lowercased() != listed.id
        }
        return FileNames.meeting(
            folder: source.folder,
            committee: listed.committee,
            date: listed.date,
            id: listed.id,
            taken: heldByOther || takenOnDisk
        )
    }

    private mutating func fail(_ message: String) {
        result.errors.append(message)
        report(.failed(site: source.municipality, message: message))
    }
}
