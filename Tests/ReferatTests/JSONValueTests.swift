import Foundation
import Minutes
import Testing

@testable import Referat

@Suite("JSON written and read by referat")
struct JSONValueTests {
    /// Every item of a real Greve meeting and a real Haderslev one, as stored: titles, decisions and section
    /// texts with Danish letters, quotes, dashes, newlines and tabs.
    private let items: [StoredItem]

    init() throws {
        let loader = MinutesLoader()
        let greve = Project.corpus.appendingPathComponent(
            "greve/greve_beskaeftigelses-og-erhvervsudvalget_2022-01-10.json"
        )
        var items: [StoredItem] = []
        for file in [greve, Project.haderslev] {
            let meeting = try loader.load(fileAt: file, municipality: MinutesLoader.municipality(forPath: file))
            items += meeting.items.map { StoredItem(meeting: meeting, item: $0, source: file.path) }
        }
        self.items = items
    }

    /// The items as JSON values, their text included, and the facet-like objects keyed by Danish names.
    private var values: [JSONValue] {
        items.map { item in
            .object([
                "fields": item.jsonFields,
                "text": .string(item.text),
                "counts": .object(
                    Dictionary(item.text.split(separator: " ").prefix(40).map { (String($0), 1) }, uniquingKeysWith: +)
                        .mapValues(JSONValue.int)
                ),
                // Never whole, so it reads back as a Double, not an Int.
                "score": .double((Double(item.text.utf8.count) + 0.5) / 7),
                "empty": .array([]),
                "none": .object([:]),
            ])
        }
    }

    @Test func writesWhatFoundationsEncoderWrites() throws {
        #expect(items.count > 10)
        let compact = JSONEncoder()
        compact.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let pretty = JSONEncoder()
        pretty.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for value in values {
            #expect(value.text(.compact) == String(decoding: try compact.encode(value), as: UTF8.self))
            #expect(value.text(.pretty) == String(decoding: try pretty.encode(value), as: UTF8.self))
        }
    }

    @Test func escapesWhatJSONRequires() {
        let value = JSONValue.string("a\"b\\c/d\n\r\t\u{8}\u{C}\u{1}\u{1F}æ\u{7F}\u{2028}😀")
        #expect(value.text(.compact) == #""a\"b\\c/d\n\r\t\b\f\u0001\u001fæ\#u{7F}\#u{2028}😀""#)
    }

    @Test func writesNumbersAsJSONEncoderDoes() {
        let numbers: [Double] = [0, 3, 12.5, 0.895842573054702, 1e15, 1e16, 1e21, 1e-7, .leastNonzeroMagnitude, -2.5]
        #expect(
            numbers.map(JSONValue.number) == [
                "0", "3", "12.5", "0.895842573054702", "1000000000000000", "1e+16", "1e+21", "1e-07", "5e-324", "-2.5",
            ]
        )
        #expect(JSONValue.double(.nan).text(.compact) == "null")
    }

    @Test func readsBackWhatItWrites() throws {
        for value in values {
            #expect(try JSONValue(parsing: value.text(.compact)) == value)
            #expect(try JSONValue(parsing: value.text(.pretty)) == value)
        }
    }

    /// Python writes every non-ASCII character as a `\u` escape, and characters beyond the BMP as surrogate pairs.
    @Test func readsEscapedUnicodeAsPythonWritesIt() throws {
        let text = items.map(\.text).joined(separator: "\n") + " 😀 \u{10FFFF}"
        let output = try withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("text")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let script = "import json, sys; sys.stdout.write(json.dumps(open(sys.argv[1], encoding='utf-8').read()))"
            return try run(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", script, file.path]).stdout
        }
        #expect(output.contains("\\u00e6"))
        #expect(output.contains("\\ud83d\\ude00"))
        #expect(try JSONValue(parsing: output) == .string(text))
    }

    @Test func readsTheJSONGrammar() throws {
        let text = #" { "a" : [ 1, -2, 3.5, -0.25e2, 1E3, true, false, null, "\u00e6\/" ], "b" : {} , "c":[] } "#
        #expect(
            try JSONValue(parsing: text)
                == .object([
                    "a": .array([
                        .int(1), .int(-2), .double(3.5), .double(-25), .double(1000), .bool(true), .bool(false), .null,
                        .string("æ/"),
                    ]),
                    "b": .object([:]),
                    "c": .array([]),
                ])
        )
    }

    @Test(arguments: [
        ("", 0), ("{", 1), ("[1,]", 3), ("[1 2]", 3), ("01", 0), ("1.", 2), ("-", 1), (".5", 0), ("+1", 0), ("1e", 2),
        ("tru", 0), ("nul", 0), ("\"abc", 4), ("\"a\\x\"", 3), ("\"\\u12\"", 3), ("\"\\ud800\"", 7), ("\"\\udc00\"", 7),
        ("\"a\nb\"", 2), ("{\"a\" 1}", 5), ("{1:2}", 1), ("1 2", 2), ("1e999", 0),
    ])
    func rejectsWhatIsNotJSON(text: String, offset: Int) {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue(parsing: text) }
        do {
            _ = try JSONValue(parsing: text)
        } catch {
            #expect(error.offset == offset, "\(text.debugDescription): \(error)")
        }
    }

    @Test func rejectsNestingDeeperThanItReads() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONValue.ParseError.self) { try JSONValue(parsing: deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect((try? JSONValue(parsing: fine)) != nil)
    }

    @Test func storedItemsReadBackWhole() throws {
        for item in items {
            #expect(try StoredItem(documentData: item.documentData(), withDetails: true) == item)
            var withoutDetails = item
            withoutDetails.details = .init()
            #expect(try StoredItem(documentData: item.documentData()) == withoutDetails, "a hit reads no details")
        }
        // The first line is the fields for outside tools, in the keys they know.
        let fields = try #require(items.first?.documentData().split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(fields.utf8)) as? [String: Any])
        #expect(
            Set(object.keys).isSuperset(of: ["id", "committee", "date", "item", "title", "closed", "absent", "source"])
        )
    }

    @Test func dataOfAnotherProgramIsReportedNotGuessed() {
        for data in ["sample=Budget 2024\ncaption=Byrådet", "{\"id\":\"x\"}\ntext", "{\"id\":1}", ""] {
            #expect(throws: StoredItem.UnreadableData.self) { try StoredItem(documentData: data) }
        }
    }
}

extension JSONValue: Encodable {
    // The oracle: Foundation's encoder writing the same value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let elements): try container.encode(elements)
        case .object(let members): try container.encode(members)
        }
    }
}

extension StoredItem {
    fileprivate var jsonFields: JSONValue {
        // The stored data's first line, read back as a value.
        (try? JSONValue(parsing: documentData().prefix { $0 != "\n" })) ?? .null
    }
}
