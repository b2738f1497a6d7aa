import Minutes

/// A generated meeting with, for each item, the real item and decision it was made from.
struct GeneratedMeeting {
    /// Where one generated item's text comes from.
    struct Source: Hashable {
        /// The index of the item in `SourcePool.items`.
        var item: Int
        /// For a case returning to a later meeting, the index of its new decision in `SourcePool.decisions`.
        var decision: Int?
    }

    /// The meeting.
    var meeting: Meeting
    /// One source per item of `meeting`, in the same order.
    var sources: [Source]
    /// 1 for the committee's first meeting that day, 2 for a second one, ….
    var sitting = 1
}
