/// A JSON value as referat writes and reads it: search results for tools and each item's stored fields.
///
/// Referat's JSON has few, fixed shapes, so it writes and reads them itself. Foundation's `Codable` coders build
/// generic type metadata on first use, which cost a `referat search` process more than counting its facets.
enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    /// Written with its keys sorted, so equal objects are written alike.
    case object([String: JSONValue])

    /// `.string(value)`, or `.null` for `nil`.
    static func string(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// The member `key` of an object; `nil` for a missing member or a value that is not an object.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The string this value holds, if it is one.
    var stringValue: String? {
        guard case .string(let value) = self else { return nil }
        return value
    }

    /// The Boolean this value holds, if it is one.
    var boolValue: Bool? {
        guard case .bool(let value) = self else { return nil }
        return value
    }

    /// The elements of this array, if it is one.
    var arrayValue: [JSONValue]? {
        guard case .array(let elements) = self else { return nil }
        return elements
    }
}
