/// The full text of one agenda item as eDoc exports it (`2.<TAB>Title`, `Sagsnr.: …`, then headed sections),
/// read with the same heading and section rules as extracted PDF text.
struct OS2ItemText {
    /// The case number printed under the heading (`Sagsnr.: 2012-28504`), if any.
    var caseNumber: String?
    /// The sections in order.
    var sections: [Section]
    /// Attachment titles listed under *Bilag* in the text.
    var attachments: [String]
    /// Members named as absent for the item.
    var absent: [String]

    /// Reads `text`; the item heading is optional, the sections start after it.
    init(_ text: String) {
        let lines = TextPages.lines(of: TextDecoding.normalized(text))
        let heading = ItemHeading.locate(in: lines).first
        var bodyStart = heading?.bodyLine ?? 0
        caseNumber = heading?.caseNumber
        if heading == nil, let first = lines.firstIndex(where: { !$0.isBlank }),
            let found = CaseNumber.find(in: lines[first])
        {
            caseNumber = found
            bodyStart = first + 1
        }
        let body = ItemBody(lines: lines[min(bodyStart, lines.count)...])
        sections = body.sections
        attachments = body.attachments
        absent = body.absent
    }
}
