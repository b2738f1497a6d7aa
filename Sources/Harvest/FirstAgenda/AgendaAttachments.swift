import Foundation

/// The attachment ids of a FirstAgenda publication: `Dagsordenpunkter[].Bilag[].Id`, checked GUIDs, each once.
enum AgendaAttachments {
    /// The ids in `data`, in order; empty when there are none or the JSON is not a publication.
    static func ids(in data: Data) -> [String] {
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            let items = root["Dagsordenpunkter"] as? [Any]
        else { return [] }
        var seen = Set<String>()
        var ids: [String] = []
        for case let item as [String: Any] in items {
            for case let attachment as [String: Any] in item["Bilag"] as? [Any] ?? [] {
                if let id = FileNames.guid(attachment["Id"] as? String), seen.insert(id).inserted { ids.append(id) }
            }
        }
        return ids
    }
}
