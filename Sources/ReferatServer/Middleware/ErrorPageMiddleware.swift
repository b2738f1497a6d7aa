import Hummingbird
import Logging

/// Turns every error a handler throws into a response in Danish: a page for browsers, `{"error": …}` under
/// `/api/`. A request's own fault (``WebInputError``, an unknown route) says what was wrong; anything else is logged
/// and answered 500 without details, so no path or library message reaches the client.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let resources: ServerResources

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, message) = Self.describe(error, logger: context.logger)
            var response: Response
            if request.uri.path.hasPrefix("/api/") {
                response = Responses.jsonError(message, status: status)
            } else {
                let view = ErrorPageView(pageTitle: Self.title(for: status), status: Int(status.code), message: message)
                response = Responses.html(resources.render(view, with: "error"), status: status)
            }
            if status == .methodNotAllowed { response.headers[.allow] = "GET, HEAD" }
            return response
        }
    }

    /// The status and Danish message for `error`.
    static func describe(_ error: any Error, logger: Logger) -> (HTTPResponse.Status, String) {
        if let input = WebInputError(describing: error) { return (input.status, input.message) }
        if let http = error as? HTTPError {
            switch http.status {
            case .notFound: return (.notFound, "Siden findes ikke.")
            case .methodNotAllowed: return (.methodNotAllowed, "Siden kan kun hentes, ikke ændres.")
            case let status where (400..<500).contains(status.code): return (status, "Forespørgslen kan ikke besvares.")
            default: break
            }
        }
        logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
        return (.internalServerError, "Der opstod en fejl på serveren. Prøv igen om lidt.")
    }

    static func title(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "Ikke fundet"
        case .badRequest: "Forkert forespørgsel"
        default: status.code >= 500 ? "Serverfejl" : "Fejl"
        }
    }
}
