/// A named section of an agenda item, such as *Sagsfremstilling* or *Beslutning*.
public struct Section: Sendable, Hashable, Codable {
    /// What a section is about, whatever its heading says in a given municipality's minutes.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// *Sagsindhold*, *Beslutningstema*, *Resume*: what the item is about.
        case summary
        /// *Sagsfremstilling*: the case presentation.
        case presentation
        /// *Indstilling*, *Forvaltningen indstiller*: what the administration recommends.
        case recommendation
        /// *Beslutning*: what the committee decided.
        case decision
        /// *Økonomi*, *Økonomiske konsekvenser*.
        case economy
        /// *Lovgrundlag*: the legal basis.
        case legalBasis
        /// *Historik*, *Sagens forløb*: earlier treatment of the case.
        case history
        /// *Procedure*: the path the case takes.
        case procedure
        /// *Kommunikation*.
        case communication
        /// *Bilag*: the attachment list.
        case attachments
        /// *Fraværende*: absent members.
        case absent
        /// Any other heading.
        case other
    }

    /// The heading as printed, e.g. `Beslutning i Beskæftigelse- og Borgerserviceudvalget den 15-09-2022`.
    public var heading: String
    /// What the section is about.
    public var kind: Kind
    /// The section's text, paragraphs separated by blank lines.
    public var text: String

    /// Creates a section.
    public init(heading: String, kind: Kind, text: String) {
        self.heading = heading
        self.kind = kind
        self.text = text
    }
}
