extension HighlightedText {
    /// A run of the text, matched or not.
    public struct Segment: Sendable, Hashable {
        /// The text of the run, unescaped.
        public var text: String
        /// Whether the run is a match.
        public var isMatch: Bool
    }

    /// The text as runs, alternating between unmatched and matched, for renderers that escape each run
    /// themselves (HTML templates); empty runs are left out.
    public var segments: [Segment] {
        var segments: [Segment] = []
        var current = ""
        var inMatch = false
        for character in marked {
            guard character == Self.start || character == Self.end else {
                current.append(character)
                continue
            }
            if !current.isEmpty { segments.append(Segment(text: current, isMatch: inMatch)) }
            current = ""
            inMatch = character == Self.start
        }
        if !current.isEmpty { segments.append(Segment(text: current, isMatch: inMatch)) }
        return segments
    }
}
