/// What an error page shows: the status and a message in Danish, nothing of the server's internals.
struct ErrorPageView: Sendable {
    let pageTitle: String
    let status: Int
    let message: String
}
