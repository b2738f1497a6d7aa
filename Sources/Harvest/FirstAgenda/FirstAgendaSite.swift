import Foundation

/// One FirstAgenda Publication site, asked through its JSON API the way its own web page asks.
///
/// `GET /` opens an anonymous session (the site redirects through `/Home/AnonymousAuthentication`, which sets
/// the cookie); without it the API answers with a redirect. Then `GET /api/agenda/udvalgsliste` lists committees
/// with their meetings, `GET /api/agenda/dagsorden/{meetingId}` gives a meeting's publication JSON and
/// `GET /Vis/Pdf/bilag/{documentId}` an attachment's PDF.
struct FirstAgendaSite {
    let source: HarvestSource
    let client: PoliteClient
    private var cookies: [String: String] = [:]
    private var hasSession = false

    init(source: HarvestSource, client: PoliteClient) {
        self.source = source
        self.client = client
    }

    /// Opens a session: `GET /`, following up to five redirects on the same host, keeping the cookies set.
    mutating func openSession() async throws {
        var url = source.url("/")
        for _ in 0..<6 {
            let answer = try await client.get(url, host: source.host, cookies: cookieHeader)
            keep(answer.cookies)
            guard answer.isRedirect else {
                guard answer.status == 200 else {
                    throw HarvestError.request(url: url, reason: "HTTP \(answer.status) opening a session")
                }
                hasSession = true
                return
            }
            guard let next = sameSite(answer.location, from: url) else {
                throw HarvestError.unexpected(url: url, reason: "redirected off the site opening a session")
            }
            url = next
        }
        throw HarvestError.unexpected(url: source.url("/"), reason: "too many redirects opening a session")
    }

    /// The committee list with every meeting.
    mutating func committeeList() async throws -> CommitteeList.Listing {
        let url = source.url("/api/agenda/udvalgsliste")
        return try CommitteeList.parse(try await api(url), url: url)
    }

    /// The publication JSON of meeting `id` (a checked GUID), as the site sends it.
    mutating func agenda(_ id: String) async throws -> (url: String, data: Data) {
        let url = source.url("/api/agenda/dagsorden/\(id)")
        return (url, try await api(url))
    }

    /// The PDF of document `id` (a checked GUID).
    mutating func attachment(_ id: String) async throws -> (url: String, data: Data) {
        let url = source.url("/Vis/Pdf/bilag/\(id)")
        let data = try await api(url)
        guard data.prefix(1024).firstRange(of: Data("%PDF-".utf8)) != nil else {
            throw HarvestError.unexpected(url: url, reason: "the attachment is not a PDF")
        }
        return (url, data)
    }

    // A GET of the API with the session; a redirect means the session is missing or gone, so one new session
    // is opened and the request sent again.
    private mutating func api(_ url: String) async throws -> Data {
        if !hasSession { try await openSession() }
        var answer = try await client.get(url, host: source.host, cookies: cookieHeader)
        keep(answer.cookies)
        if answer.isRedirect {
            try await openSession()
            answer = try await client.get(url, host: source.host, cookies: cookieHeader)
            keep(answer.cookies)
        }
        guard !answer.isRedirect else {
            throw HarvestError.unexpected(url: url, reason: "redirected (HTTP \(answer.status)) even with a session")
        }
        guard answer.status == 200 else { throw HarvestError.request(url: url, reason: "HTTP \(answer.status)") }
        return answer.body
    }

    private var cookieHeader: [String] {
        cookies.keys.sorted().map { "\($0)=\(cookies[$0] ?? "")" }
    }

    private mutating func keep(_ setCookies: [String]) {
        for cookie in setCookies {
            guard let equals = cookie.firstIndex(of: "=") else { continue }
            cookies[String(cookie[..<equals])] = String(cookie[cookie.index(after: equals)...])
        }
    }

    // The absolute address of a redirect's `Location`, if it stays on the site.
    private func sameSite(_ location: String?, from url: String) -> String? {
        guard let location, let base = URL(string: url), let next = URL(string: location, relativeTo: base)
        else { return nil }
        let absolute = next.absoluteURL
        guard absolute.host == source.baseURL.host, absolute.port == source.baseURL.port else { return nil }
        return absolute.absoluteString
    }
}
