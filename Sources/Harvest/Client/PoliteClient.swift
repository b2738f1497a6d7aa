import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// Makes GET requests the polite way: paced per host, identified by a User-Agent, with timeouts, retries with
/// backoff on timeouts, cut-off answers, 5xx and 429, `Retry-After` honoured and a cap on each answer's size.
///
/// Redirects are not followed: a FirstAgenda site redirects to open a session, which the caller handles.
final class PoliteClient: Sendable {
    private let http: HTTPClient
    private let settings: HarvestSettings
    private let pacer: Pacer
    private let count = Atomic<Int>(0)

    /// A client with `settings`; call ``shutdown()`` when done.
    init(settings: HarvestSettings) {
        self.settings = settings
        pacer = Pacer(interval: settings.interval)
        let timeout = TimeAmount.milliseconds(Self.milliseconds(settings.timeout))
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: timeout, read: timeout)
        )
        // `get` retries with its own backoff; left on, the pool would also retry a refused connection until the
        // timeout, so a site that is down would cost the whole timeout on every try.
        configuration.connectionPool.retryConnectionEstablishment = false
        http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    /// The requests sent so far, retries included.
    var requests: Int { count.load(ordering: .relaxed) }

    /// Stops the client's connections.
    func shutdown() async {
        try? await http.shutdown()
    }

    /// Gets `url` on `host`, sending `cookies`; tries again as the settings say.
    ///
    /// - Throws: ``HarvestError/request(url:reason:)`` once the retries are spent or for an answer that will not
    ///   change (too large); `CancellationError` when the task is cancelled.
    func get(_ url: String, host: String, cookies: [String]) async throws -> HTTPAnswer {
        var attempt = 0
        while true {
            try await pacer.wait(for: host)
            var wait = backoff(after: attempt)
            let answer: HTTPAnswer
            do {
                answer = try await fetch(url, cookies: cookies)
            } catch is CancellationError {
                throw CancellationError()
            } catch is NIOTooManyBytesError {
                throw HarvestError.request(url: url, reason: "answer larger than \(settings.maximumBytes) bytes")
            } catch {
                try Task.checkCancellation()
                try await retry(url, host: host, failure: RequestFailure.describe(error), wait: wait, attempt: &attempt)
                continue
            }
            guard answer.status >= 500 || answer.status == 429 else { return answer }
            let failure = "HTTP \(answer.status)"
            if let asked = RetryAfter.delay(answer.retryAfter) {
                guard asked <= settings.longestRetryAfter else {
                    throw HarvestError.request(url: url, reason: "\(failure), Retry-After \(asked) is too long")
                }
                wait = asked
            }
            try await retry(url, host: host, failure: failure, wait: wait, attempt: &attempt)
        }
    }

    // Counts a failed attempt and holds the host for `wait`, or throws once the retries are spent.
    private func retry(_ url: String, host: String, failure: String, wait: Duration, attempt: inout Int) async throws {
        guard attempt < settings.retries else {
            let tries = attempt + 1
            throw HarvestError.request(url: url, reason: "\(failure) (\(tries) \(tries == 1 ? "try" : "tries"))")
        }
        attempt += 1
        await pacer.hold(host, for: wait)
    }

    private func fetch(_ url: String, cookies: [String]) async throws -> HTTPAnswer {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: settings.userAgent)
        request.headers.add(name: "Accept", value: "application/json, application/pdf, text/html;q=0.5, */*;q=0.1")
        if !cookies.isEmpty { request.headers.add(name: "Cookie", value: cookies.joined(separator: "; ")) }
        count.add(1, ordering: .relaxed)
        let timeout = TimeAmount.milliseconds(Self.milliseconds(settings.timeout))
        let response = try await http.execute(request, timeout: timeout)
        let body = try await response.body.collect(upTo: settings.maximumBytes)
        return HTTPAnswer(
            status: Int(response.status.code),
            location: response.headers.first(name: "Location"),
            cookies: response.headers["Set-Cookie"].compactMap { header in
                header.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) }
            },
            retryAfter: response.headers.first(name: "Retry-After"),
            body: Data(body.readableBytesView)
        )
    }

    private func backoff(after attempt: Int) -> Duration {
        settings.backoff * (1 << min(attempt, 10))
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
