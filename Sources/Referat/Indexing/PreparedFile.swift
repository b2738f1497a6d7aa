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
        /// The file could not be read or prepared (it is not minutes referat can read, say), for the reason
        /// given in one short line; the rest goes on.
        case failed(reason: String)
        /// The worker could not be set up at all, so no file can be prepared; indexing stops.
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
    /// The items whose text was cut to ``ItemTextLimit``: each one's number and how many bytes of text it had.
    var cutItems: [(number: String, bytes: Int)] = []
}
