import Hummingbird

/// Refuses every method but GET and HEAD with 405: the server only answers reads, on every path.
struct ReadOnlyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method == .get || request.method == .head else { throw HTTPError(.methodNotAllowed) }
        return try await next(request, context)
    }
}
