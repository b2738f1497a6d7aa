import Hummingbird

/// The id or case number after a route's prefix (`/punkt/**`), decoded, with its length checked.
enum PathArgument {
    /// The longest id or case number taken.
    static let maxLength = 300

    /// The decoded rest of the path; `noun` names it in the 400 message for an empty or overlong one.
    static func value(_ context: some RequestContext, noun: String) throws(WebInputError) -> String {
        let value = Links.decodedPath(context.parameters.getCatchAll())
        guard !value.isEmpty, value.count <= maxLength else {
            throw WebInputError("\(noun) mangler eller er for langt (højst \(maxLength) tegn).")
        }
        return value
    }
}
