import Foundation
import Hummingbird
import Mustache

/// What the server reads once at start from its resources: the templates, the stylesheet and the OpenAPI
/// document.
struct ServerResources: Sendable {
    /// Every template, by file name without `.mustache`.
    let templates: MustacheLibrary
    /// `referat.css`.
    let stylesheet: ByteBuffer
    /// The OpenAPI 3.1 document of the JSON API.
    let openAPI: ByteBuffer

    /// The folder of the target's resources.
    static var folder: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
                throw ServerError.missingResources
            }
            return url
        }
    }

    /// Reads the resources.
    ///
    /// - Throws: ``ServerError/missingResources`` when they are not beside the program, or a template's parse error.
    static func load() async throws -> ServerResources {
        let folder = try folder
        let templates = try await MustacheLibrary(directory: folder.appendingPathComponent("templates").path)
        guard templates.getTemplate(named: "layout") != nil else { throw ServerError.missingResources }
        let stylesheet = try Data(contentsOf: folder.appendingPathComponent("static/referat.css"))
        let openAPI = try Data(contentsOf: folder.appendingPathComponent("openapi.json"))
        return ServerResources(
            templates: templates,
            stylesheet: ByteBuffer(bytes: stylesheet),
            openAPI: ByteBuffer(bytes: openAPI)
        )
    }

    /// `view` rendered with the template `name`.
    func render(_ view: some Sendable, with name: String) -> String {
        // Every template name is a constant of this module and the templates are checked at start.
        guard let text = templates.render(view, withTemplate: name) else {
            preconditionFailure("no template named \(name)")
        }
        return text
    }
}
