import Foundation

/// What one run did at one site.
public struct SiteReport: Sendable {
    /// The site.
    public var source: HarvestSource
    /// The folder its files are in.
    public var folder: URL
    /// How many meetings the site listed, `nil` when the run failed before the list came.
    public var listed: Int?
    /// Listed entries left out: no usable id (the zero GUID) or no date.
    public var leftOut = 0
    /// Meetings already held and unchanged.
    public var unchanged = 0
    /// The files of meetings written, new or changed.
    public var written: [URL] = []
    /// Attachments fetched.
    public var attachments = 0
    /// Attachment pages read by OCR, and the seconds that took.
    public var ocrPages = 0
    public var ocrSeconds = 0.0
    /// What went wrong, one line each; the site's other meetings were still fetched.
    public var errors: [String] = []
    /// Whether the run stopped early because it was asked to.
    public var interrupted = false
    /// The requests sent to the site, retries included.
    public var requests = 0
}

/// What the harvester tells as it goes.
public enum HarvestEvent: Sendable {
    /// A site's committee list came: `meetings` listed, `new` of them to fetch.
    case listed(site: String, meetings: Int, new: Int)
    /// A meeting's file was written.
    case wrote(site: String, path: String)
    /// Something failed; the harvest goes on.
    case failed(site: String, message: String)
}
