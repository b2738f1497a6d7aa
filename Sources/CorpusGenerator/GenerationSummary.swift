/// What a generation wrote.
public struct GenerationSummary: Sendable, Hashable {
    /// Agenda items in all.
    public var items = 0
    /// Meetings in all.
    public var meetings = 0
    /// Files written (one per meeting).
    public var files = 0
    /// Bytes written.
    public var bytes = 0
    /// Wall-clock seconds spent generating and writing, the source pool excluded.
    public var seconds = 0.0

    /// An empty summary.
    public init() {}
}
