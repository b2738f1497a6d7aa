/// A field of free text a query may name, `titel:budget`: its words are indexed under a term prefix as well as
/// unprefixed.
public struct TextField: Sendable, Hashable {
    /// The term prefix of the field's words.
    public let prefix: String
    /// The names `name:words` takes in a query, Danish first.
    public let queryNames: [String]
}
