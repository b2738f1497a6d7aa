import Minutes
import XapianKit

/// One source file read and analysed by a worker thread, on its way to the thread that writes the index.
///
/// Its documents move from the worker to the writer and are never touched by both: the worker lets go of a
/// file once it is handed over.
struct PreparedFile: @unchecked Sendable {
    /// The file as found.
    var path: String
    /// What reading it gave.
    var outcome: Outcome

    enum Outcome {
        /// The file's content is what the index already holds.
        case unchanged
        /// The file is not minutes referat can read; the rest goes on.
        case failed(MinutesError)
        /// Something other than the file went wrong (Xapian ran out of memory, say); indexing stops.
        case broken(any Error)
        /// The file's items, ready to be written.
        case analysed(AnalysedFile)
    }
}

/// A file's meeting turned into documents, with what the writer records about the file.
struct AnalysedFile {
    /// The content hash recorded once the items are in, so an unchanged file is skipped next time.
    var hash: String
    /// The boolean term every item of the file carries.
    var sourceTerm: String
    /// Whether an earlier run indexed the file, so that its items are in the index.
    var wasIndexed: Bool
    /// Each item's document, not yet given its id, with its stored form.
    var documents: [(stored: StoredItem, document: Document)]
    /// `municipality/committee/date` of the meeting (``ItemID/meetingPart(of:)``).
    var meetingPart: String
    /// What the index is to remember of the meeting; its key is chosen by the writer.
    var meeting: IndexedMeeting
    /// Bytes read.
    var bytes: Int
    /// Whether no municipality was found for the meeting.
    var lacksMunicipality: Bool
}
