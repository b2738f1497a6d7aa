import Foundation

/// How politely and how patiently referat asks a site.
public struct HarvestSettings: Sendable {
    /// The least time between the starts of two requests to the same host: one second by default.
    public var interval: Duration = .seconds(1)
    /// How long a request may wait to connect, and then for each part of its answer; a stalled answer fails.
    public var timeout: Duration = .seconds(30)
    /// How many times a request that timed out, was cut off or got a 5xx or 429 answer is tried again.
    public var retries = 3
    /// The wait before the first retry; it doubles with each retry. A `Retry-After` answer overrides it.
    public var backoff: Duration = .seconds(2)
    /// The longest `Retry-After` honoured; a site asking for longer fails this run and is asked again next run.
    public var longestRetryAfter: Duration = .seconds(300)
    /// The most bytes one answer may have; a larger one fails that request.
    public var maximumBytes = 64 << 20
    /// Whether attachments (*bilag*) are fetched, and their text extracted.
    public var attachments = true
    /// Sent with every request, so a site's operators can see who asks.
    public var userAgent = "referat/1.0 (harvester of Danish council minutes for search; one request per second)"

    /// The defaults: one request per second per host, 30 s timeouts, 3 retries from 2 s, 64 MiB per answer.
    public init() {}
}
