/// One agenda item (*punkt*) of a meeting.
public struct AgendaItem: Sendable, Hashable, Codable {
    /// The item number as printed in the minutes, e.g. `88`.
    public var number: String
    /// The title, on one line even when the minutes wrap it.
    public var title: String
    /// The journal or case number as printed, e.g. `21/24526` or `15.00.00-A00-9-23`.
    public var caseNumber: String?
    /// Whether the item is on the closed agenda (*lukket dagsorden*).
    public var isClosed: Bool
    /// The named sections in the order they appear.
    public var sections: [Section]
    /// Attachment titles listed under *Bilag*.
    public var attachments: [String]
    /// Where each attachment is published, in the order of ``attachments``: empty when the source gives no
    /// addresses, else one per attachment, `nil` for one without.
    public var attachmentURLs: [String?] = []
    /// Where the item is published, when the source says: FirstAgenda's `https://<site>/vis?id=…&punktid=…`.
    public var url: String?
    /// Members recorded as absent for this item.
    public var absent: [String]
    /// The whole text of the item, title and sections included, as plain text.
    public var text: String

    /// Creates an agenda item.
    public init(
        number: String,
        title: String,
        caseNumber: String? = nil,
        isClosed: Bool = false,
        sections: [Section] = [],
        attachments: [String] = [],
        absent: [String] = [],
        text: String = ""
    ) {
        self.number = number
        self.title = title
        self.caseNumber = caseNumber
        self.isClosed = isClosed
        self.sections = sections
        self.attachments = attachments
        self.absent = absent
        self.text = text
    }

    /// The text of the first section of `kind`, if any.
    public func text(of kind: Section.Kind) -> String? {
        sections.first { $0.kind == kind }?.text
    }

    /// The decision (*Beslutning*), if the minutes record one.
    public var decision: String? { text(of: .decision) }

    /// The recommendation (*Indstilling*), if any.
    public var recommendation: String? { text(of: .recommendation) }
}
