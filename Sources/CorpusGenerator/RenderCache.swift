/// The escaped item bodies of each output format, rendered once per real item and decision and then reused.
///
/// A corpus of 100,000 items draws each real item some forty times; rendering and escaping its sections is most
/// of the work of writing a file, so each piece is made once and the pieces are joined per item.
struct RenderCache {
    private let pool: SourcePool
    private var firstAgendaItems: [(opening: String, body: String)?]
    private var firstAgendaDecisions: [String?]
    private var eDocItems: [(opening: String, body: String)?]
    private var eDocDecisions: [String?]

    /// An empty cache for items drawn from `pool`.
    init(pool: SourcePool) {
        self.pool = pool
        firstAgendaItems = Array(repeating: nil, count: pool.items.count)
        eDocItems = firstAgendaItems
        firstAgendaDecisions = Array(repeating: nil, count: pool.decisions.count)
        eDocDecisions = firstAgendaDecisions
    }

    /// The item's FirstAgenda HTML body, escaped for a JSON string.
    mutating func firstAgendaHTML(_ source: GeneratedMeeting.Source) -> String {
        let item = pool.items[source.item]
        let pieces =
            firstAgendaItems[source.item]
            ?? (
                Markup.json(FirstAgendaWriter.opening(decision: item.decision, absent: item.absent)),
                Markup.json(FirstAgendaWriter.presentation(item.body))
            )
        firstAgendaItems[source.item] = pieces
        guard let decision = source.decision else { return pieces.opening + pieces.body }
        let opening =
            firstAgendaDecisions[decision]
            ?? Markup.json(FirstAgendaWriter.opening(decision: pool.decisions[decision], absent: []))
        firstAgendaDecisions[decision] = opening
        return opening + pieces.body
    }

    /// The item's sections as eDoc prints them, escaped for XML.
    mutating func eDocSections(_ source: GeneratedMeeting.Source) -> String {
        let item = pool.items[source.item]
        let pieces =
            eDocItems[source.item]
            ?? (
                Markup.xml(EDocWriter.text(of: (item.decision.map { [$0] } ?? []) + item.absent)),
                Markup.xml(EDocWriter.text(of: item.body))
            )
        eDocItems[source.item] = pieces
        guard let decision = source.decision else { return pieces.opening + pieces.body }
        let opening = eDocDecisions[decision] ?? Markup.xml(EDocWriter.text(of: [pool.decisions[decision]]))
        eDocDecisions[decision] = opening
        return opening + pieces.body
    }
}
