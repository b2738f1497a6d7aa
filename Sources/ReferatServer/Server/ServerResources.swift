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
        let templates = try Self.templates(in: folder.appendingPathComponent("templates"))
        guard templates.getTemplate(named: "layout") != nil else { throw ServerError.missingResources }
        let stylesheet = try Data(contentsOf: folder.appendingPathComponent("static/referat.css"))
        let openAPI = try Data(contentsOf: folder.appendingPathComponent("openapi.json"))
        return ServerResources(
            templates: templates,
            stylesheet: ByteBuffer(bytes: stylesheet),
            openAPI: ByteBuffer(bytes: openAPI)
        )
    }

    /// The `.mustache` files of `folder`, by name, each escaping with ``HTMLEscaping``: a pragma put before its
    /// text selects it, as a template cannot itself (the tests refuse pragmas in templates).
    static func templates(in folder: URL) throws -> MustacheLibrary {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        var library = MustacheLibrary()
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        for file in files where file.pathExtension == "mustache" {
            let text = try String(contentsOf: file, encoding: .utf8)
            let name = file.deletingPathExtension().lastPathComponent
            try library.register("{{% CONTENT_TYPE: \(HTMLEscaping.name) }}\n" + text, named: name)
        }
        return library
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
