import Foundation
import Hummingbird

/// Responses of the kinds the server sends, each with its content type.
enum Responses {
    /// An HTML page.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        make(text, type: "text/html; charset=utf-8", status: status)
    }

    /// A JSON document.
    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        make(text + "\n", type: "application/json; charset=utf-8", status: status)
    }

    /// `{"error": message}` for the API.
    static func jsonError(_ message: String, status: HTTPResponse.Status) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(["error": message])) ?? Data("{}".utf8)
        return json(String(decoding: data, as: UTF8.self), status: status)
    }

    /// `text` with content type `type`.
    static func make(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: type],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text))
        )
    }
}
