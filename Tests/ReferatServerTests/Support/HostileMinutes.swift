import Foundation
import Testing

/// A real Greve FirstAgenda file with its first item altered to carry markup and script in its title, text,
/// decision, a link and an attachment id: what a hostile or broken publisher could send.
enum HostileMinutes {
    static let script = "<script>alert(1)</script>"
    static let image = #""><img src=x onerror=alert(1)>"#
    static let javascriptLink = "javascript:alert(1)"
    /// A word only the altered item has, to find it by.
    static let marker = "fjendtligtpunkt"

    /// Writes the altered copy of `greve_oekonomiudvalget_2022-09-26.json` to `folder/greve/`, and returns its URL.
    static func write(into folder: URL) throws -> URL {
        let source = Project.greve("greve_oekonomiudvalget_2022-09-26.json")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
        var items = try #require(document["Dagsordenpunkter"] as? [[String: Any]])
        var item = items[0]
        let title = "\(marker) \(script) \(image) \(javascriptLink)"
        item["Navn"] = title
        item["Caption"] = title
        // The body is HTML: escaped markup is text once converted, and a real link and script element must not
        // survive as markup either.
        let escaped = { (text: String) in
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        item["Felter"] = [
            [
                "Navn": "",
                "Html": """
                <div><h3>Beslutning</h3><div>Godkendt \(escaped(script)) \(escaped(image)) \(marker).</div>\
                <h3>Sagsfremstilling</h3><div>Teksten \(escaped(script)) og \(escaped(image)) og \
                <a href="javascript:alert(1)">et link</a> og <script>alert(2)</script> \(marker) \
                \(escaped(javascriptLink)).</div></div>
                """,
            ]
        ]
        item["Bilag"] = [
            ["Navn": "Bilag \(script)", "Id": #"x"><script>alert(1)</script>"#, "Order": 0, "HarPdfVersion": "true"]
        ]
        items[0] = item
        document["Dagsordenpunkter"] = items
        let target = folder.appendingPathComponent("greve")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let file = target.appendingPathComponent("greve_hostile_2022-09-26.json")
        try JSONSerialization.data(withJSONObject: document).write(to: file)
        return file
    }
}
