import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A FirstAgenda Publication site replayed on 127.0.0.1 (an ephemeral port) from shipped Greve files: the
/// committee list is derived from them, each meeting's agenda JSON is the shipped file itself, and attachments
/// are the PDFs a test hands in. Faults are switched on per test.
///
/// As the real sites do, every API path answers 302 to `/Home/AnonymousAuthentication` without the session
/// cookie, which that path sets.
final class ReplaySite: Sendable {
    /// What the site gets wrong, and when.
    struct Faults: Sendable {
        /// Faulty answers to give, per path, one per request, before the real one.
        var queued: [String: [Fault]] = [:]
        /// The committee list lists no meetings.
        var noMeetings = false
        /// Extra listed meetings with FirstAgenda's zero GUID as id, and one with a path as id.
        var badIDs = false
        /// An extra committee whose name tries to climb out of the folder, with one meeting of its own.
        var traversalName = false
    }

    /// One faulty answer.
    enum Fault: Sendable {
        /// This status; a 503 comes with `Retry-After: 0`.
        case status(Int)
        /// No answer until the site stops: only the client's timeout ends the request.
        case stall
        /// The real answer's body cut off halfway, the connection closed.
        case truncate
        /// JSON of another shape.
        case otherShape
    }

    /// One meeting of the replayed site.
    struct Meeting: Sendable {
        var id: String
        var committeeID: String
        var committee: String
        var start: String
        var kind: String
        var body: Data
    }

    let meetings: [Meeting]
    let attachments: [String: Data]
    private let faults = Mutex(Faults())
    private let log = Mutex<[String]>([])
    private let address = Mutex<Int?>(nil)
    private let server = Mutex<Task<Void, any Error>?>(nil)

    /// A site replaying `files` (shipped Greve JSON), serving `attachments` by document id.
    init(files: [URL], attachments: [String: Data] = [:]) throws {
        meetings = try files.map { file in
            let data = try Data(contentsOf: file)
            let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            let committee = root["Udvalg"] as? [String: Any] ?? [:]
            let meeting = root["Moede"] as? [String: Any] ?? [:]
            return Meeting(
                id: (root["Id"] as? String ?? "").lowercased(),
                committeeID: committee["Id"] as? String ?? "",
                committee: committee["Navn"] as? String ?? "",
                start: meeting["Dato"] as? String ?? "",
                kind: meeting["Navn"] as? String ?? "Referat",
                body: data
            )
        }
        self.attachments = attachments
    }

    /// The site's address, once started.
    var baseURL: String { "http://127.0.0.1:\(address.withLock { $0 } ?? 0)" }

    /// Changes the faults.
    func setFaults(_ change: (inout Faults) -> Void) {
        faults.withLock { change(&$0) }
    }

    /// Queues `fault` for the next `times` requests of `path`.
    func queue(_ fault: Fault, times: Int = 1, on path: String) {
        faults.withLock { $0.queued[path, default: []] += Array(repeating: fault, count: times) }
    }

    /// The paths requested so far, in order.
    var requests: [String] { log.withLock { $0 } }

    /// Forgets the requests logged so far.
    func clearLog() { log.withLock { $0.removeAll() } }

    /// Starts the server and waits until it listens.
    func start() async throws {
        let router = Router()
        router.get("/") { request, _ in self.answer(request) { self.page() } }
        router.get("/Home/AnonymousAuthentication") { request, _ in self.answerSession(request) }
        router.get("/api/agenda/udvalgsliste") { request, _ in
            try await self.answerAPI(request) { .json(self.committeeList()) }
        }
        router.get("/api/agenda/dagsorden/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            return try await self.answerAPI(request) {
                guard let meeting = self.meeting(id.lowercased()) else { return .status(404) }
                return .json(meeting.body)
            }
        }
        router.get("/Vis/Pdf/bilag/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            return try await self.answerAPI(request) {
                guard let pdf = self.attachments[id.lowercased()] else { return .status(404) }
                return .pdf(pdf)
            }
        }
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in self.address.withLock { $0 = channel.localAddress?.port } },
            logger: Self.quiet
        )
        let task = Task { try await app.runService(gracefulShutdownSignals: []) }
        server.withLock { $0 = task }
        for _ in 0..<500 where address.withLock({ $0 }) == nil {
            try await Task.sleep(for: .milliseconds(10))
        }
        guard address.withLock({ $0 }) != nil else { throw CancellationError() }
    }

    /// Stops the server.
    func stop() async {
        let task = server.withLock { $0 }
        task?.cancel()
        _ = await task?.result
    }

    // The faults make the server log errors the tests expect.
    private static let quiet: Logger = {
        var logger = Logger(label: "replay-site")
        logger.logLevel = .critical
        return logger
    }()

    private enum Reply {
        case json(Data)
        case pdf(Data)
        case html(String)
        case status(Int)
    }

    private func answer(_ request: Request, _ reply: () -> Reply) -> Response {
        log.withLock { $0.append(request.uri.path) }
        guard hasSession(request) else { return redirectToSession() }
        return response(reply(), truncated: false)
    }

    private func answerAPI(_ request: Request, _ reply: () -> Reply) async throws -> Response {
        let path = request.uri.path
        log.withLock { $0.append(path) }
        guard hasSession(request) else { return redirectToSession() }
        let fault = faults.withLock { faults -> Fault? in
            guard let fault = faults.queued[path]?.first else { return nil }
            faults.queued[path]?.removeFirst()
            return fault
        }
        switch fault {
        case .status(let code):
            var headers = HTTPFields()
            if code == 503 { headers[.retryAfter] = "0" }
            return Response(status: .init(code: code), headers: headers)
        case .stall:
            // Cancelled when the site stops; no test waits this long.
            try await Task.sleep(for: .seconds(600))
            return response(reply(), truncated: false)
        case .truncate:
            return response(reply(), truncated: true)
        case .otherShape:
            return response(.json(Data(#"{"Fejl":"Mødet findes ikke","Kode":17}"#.utf8)), truncated: false)
        case nil:
            return response(reply(), truncated: false)
        }
    }

    private func answerSession(_ request: Request) -> Response {
        log.withLock { $0.append(request.uri.path) }
        var headers = HTTPFields()
        headers[.setCookie] = ".AspNet.Cookies=replay-session; path=/; HttpOnly"
        headers[.location] = "/"
        return Response(status: .found, headers: headers)
    }

    private func hasSession(_ request: Request) -> Bool {
        request.headers[.cookie]?.contains(".AspNet.Cookies=replay-session") == true
    }

    private func redirectToSession() -> Response {
        var headers = HTTPFields()
        headers[.location] = "/Home/AnonymousAuthentication?callback=%2f"
        return Response(status: .found, headers: headers)
    }

    private func response(_ reply: Reply, truncated: Bool) -> Response {
        let (body, type): (Data, String)
        switch reply {
        case .json(let data): (body, type) = (data, "application/json; charset=utf-8")
        case .pdf(let data): (body, type) = (data, "application/pdf")
        case .html(let text): (body, type) = (Data(text.utf8), "text/html; charset=utf-8")
        case .status(let code): return Response(status: .init(code: code))
        }
        var headers = HTTPFields()
        headers[.contentType] = type
        if truncated {
            let half = ByteBuffer(bytes: body.prefix(body.count / 2))
            return Response(
                status: .ok,
                headers: headers,
                body: ResponseBody { writer in
                    try await writer.write(half)
                    throw CancellationError()
                }
            )
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    private func page() -> Reply {
        .html("<!DOCTYPE html><html lang=\"da\"><head><title>Dagsordener og referater</title></head></html>")
    }

    // `{"Udvalg": {"Udvalg 2022-2025": [{"Id", "Navn", "Historisk", "Moeder": [...]}]}}`, as the real sites send.
    private func committeeList() -> Data {
        let faults = self.faults.withLock { $0 }
        var committees: [String: [String: Any]] = [:]
        for meeting in meetings {
            var committee =
                committees[meeting.committeeID] ?? [
                    "Id": meeting.committeeID, "Navn": meeting.committee, "Historisk": false,
                    "Moeder": [[String: Any]](),
                ]
            var listed = committee["Moeder"] as? [[String: Any]] ?? []
            if !faults.noMeetings {
                listed.append(Self.entry(id: meeting.id, start: meeting.start, kind: meeting.kind))
            }
            committee["Moeder"] = listed
            committees[meeting.committeeID] = committee
        }
        var list = committees.keys.sorted().compactMap { committees[$0] }
        if faults.badIDs, !faults.noMeetings {
            list.append([
                "Id": "00000000-0000-0000-0000-000000000000", "Navn": "Ældrerådet", "Historisk": false,
                "Moeder": [
                    Self.entry(id: "00000000-0000-0000-0000-000000000000", start: "2023-01-02T10:00:00+01:00"),
                    Self.entry(id: "../../../etc/passwd", start: "2023-01-03T10:00:00+01:00"),
                ],
            ])
        }
        if faults.traversalName, !faults.noMeetings, !meetings.isEmpty {
            list.append([
                "Id": "6a0b2b8e-0000-4000-8000-00000000abcd", "Navn": "../../../tmp/.Udvalg/..", "Historisk": false,
                "Moeder": [Self.entry(id: Self.traversalMeetingID, start: "2023-02-01T10:00:00+01:00")],
            ])
        }
        let root: [String: Any] = ["Udvalg": ["Udvalg 2022-2025": list]]
        return (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])) ?? Data()
    }

    /// The id under which the ``Faults/traversalName`` committee lists the first meeting once more.
    static let traversalMeetingID = "6a0b2b8e-1111-4000-8000-00000000abcd"

    private func meeting(_ id: String) -> Meeting? {
        if id == Self.traversalMeetingID, faults.withLock({ $0.traversalName }) { return meetings.first }
        return meetings.first { $0.id == id }
    }

    private static func entry(id: String, start: String, kind: String = "Referat") -> [String: Any] {
        [
            "Id": id, "Dato": start, "MeetingBeginUtc": start, "ReleasedDate": NSNull(), "Sted": "Byrådssalen",
            "Afsluttet": true, "Navn": kind, "IsSupplementaryAgenda": false,
        ]
    }
}
