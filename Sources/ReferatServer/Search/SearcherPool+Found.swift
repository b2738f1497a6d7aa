import Referat

extension SearcherPool {
    /// What `body` finds with a searcher of its own (a page or an answer, made on the worker), or a 404 with
    /// `message` when it finds nothing.
    func found(
        orNotFound message: String,
        _ body: @escaping @Sendable (Searcher) throws -> String?
    ) async throws -> String {
        guard let found = try await withSearcher(body) else { throw WebInputError.notFound(message) }
        return found
    }
}
