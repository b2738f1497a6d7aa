import Testing
import XapianKit

@Suite("Field functions: Swift turns field:value into a query")
struct FieldFunctionTests {
    /// The values a field function was called with, in order.
    private final class Calls {
        var values: [String] = []
    }

    /// A parser whose filters `sag` and `dato` record each value and filter on the term `XC` or `D` + the value.
    private func recordingParser(_ calls: Calls) -> QueryParser {
        let parser = QueryParser()
        for (field, prefix) in [("sag", "XC"), ("dato", "D")] {
            parser.addField(field, boolean: true) { value in
                calls.values.append(value)
                return .term(prefix + value)
            }
        }
        return parser
    }

    /// A parser like referat's search side, with every field a Swift function over the sample index's terms.
    private func searchParser() throws -> QueryParser {
        let stemmer = try Stemmer(language: "danish")
        let parser = QueryParser()
        parser.stemmer = stemmer
        parser.stopper = Stopper(words: Schema.stopWords)
        parser.defaultOperator = .and
        parser.addField("sag", boolean: true) { .term(Schema.caseTerm($0)) }
        parser.addField("udvalg", boolean: true) { .term(Schema.committeeTerm($0)) }
        parser.addField("dato", boolean: true, dateFilter)
        parser.addField("titel", boolean: false) { .term("ZS" + stemmer.stem($0)) }
        return parser
    }

    @Test(
        "A filter's function gets the value as typed: capitals, slashes and dots kept, quotes removed",
        arguments: [
            ("dato:2022-01..2022-06", "2022-01..2022-06", "Query(0 * D2022-01..2022-06)"),
            ("dato:2022..", "2022..", "Query(0 * D2022..)"),
            ("dato:..2022-06", "..2022-06", "Query(0 * D..2022-06)"),
            ("dato:\"marts 2023\"", "marts 2023", "Query(0 * Dmarts 2023)"),
            ("sag:S21/24526", "S21/24526", "Query(0 * XCS21/24526)"),
            ("sag:\"S23 - 0500\"", "S23 - 0500", "Query(0 * XCS23 - 0500)"),
        ]
    )
    func valueAsTyped(query: String, value: String, description: String) throws {
        let calls = Calls()
        let parsed = try recordingParser(calls).parse(query)
        #expect(calls.values == [value])
        #expect(parsed.description == description)
    }

    @Test("Filters on one field are ORed, filters on different fields ANDed")
    func combining() throws {
        let parser = recordingParser(Calls())
        #expect(try parser.parse("sag:a sag:b").description == "Query(0 * (XCa OR XCb))")
        #expect(try parser.parse("sag:a dato:b").description == "Query(0 * (Db AND XCa))")
        #expect(try parser.parse("sag:a dato:b sag:c").description == "Query(0 * (Db AND (XCa OR XCc)))")
    }

    @Test(
        "Fields made in Swift find what the indexer wrote",
        arguments: [
            ("sag:21/24526", ["aarhus-2022-09-15-4", "aarhus-2022-11-10-2"]),
            ("sag:S23-0500", ["aarhus-2023-01-25-1"]),
            ("udvalg:\"Beskæftigelse- og Borgerserviceudvalget\"", ["aarhus-2022-09-15-4", "aarhus-2022-11-10-2"]),
            ("sag:21/24526 sag:22/1043", ["aarhus-2022-03-01-7", "aarhus-2022-09-15-4", "aarhus-2022-11-10-2"]),
            ("sag:21/24526 udvalg:Økonomiudvalget", []),
            ("dato:2022-06..2022-09", ["aarhus-2022-06-30-3", "aarhus-2022-09-15-4"]),
            ("dato:2023..", ["aarhus-2023-01-25-1"]),
            ("kontanthjælp dato:2022-11..", ["aarhus-2022-11-10-2"]),
            ("kontanthjælp dato:ukendt", []),
            ("titel:Havnen", ["aarhus-2022-03-01-7"]),
        ]
    )
    func realIndex(query: String, expected: [String]) throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            try writeIndex(at: path, items: sampleItems)
            let database = try Database(path: path)
            #expect(try matchingIDs(query, parser: try searchParser(), in: database) == expected)
        }
    }

    @Test("A value the function refuses fails the parse as a query syntax error with the function's message")
    func refusedValue() throws {
        let parser = try searchParser()
        #expect(throws: XapianError(code: .querySyntax, message: "ukendt dato: marts 2023")) {
            try parser.parse("udvalg:Økonomiudvalget dato:\"marts 2023\"")
        }
        // The parser is still usable after a refused value.
        #expect(try parser.parse("dato:2023..").description == "Query(VALUE_RANGE 0 20230000 99999999)")
    }

    @Test("A free-text field's function gets one word, lower-cased; Xapian 1.4 never calls it for a phrase")
    func freeTextField() throws {
        let calls = Calls()
        let parser = QueryParser()
        parser.addField("titel", boolean: false) { word in
            calls.values.append(word)
            return .term("S" + word)
        }
        #expect(try parser.parse("titel:Havnen titel:By").description == "Query((Shavnen OR Sby))")
        #expect(try parser.parse("titel:\"havnen ved\"").isEmpty)
        #expect(calls.values == ["havnen", "by"])
    }
}

/// `START..END` over the date slot, each end `YYYY`, `YYYY-MM` or `YYYY-MM-DD` or left out; `ukendt` is a valid
/// value no item has. A test stand-in for the date rules that live in referat's Swift code.
private func dateFilter(_ value: String) throws(FieldValueError) -> Query {
    if value == "ukendt" { return .matchNothing() }
    let ends = value.split(separator: "..", omittingEmptySubsequences: false).map { $0.filter { $0 != "-" } }
    guard ends.count == 2, ends.allSatisfy({ [0, 4, 6, 8].contains($0.count) && $0.allSatisfy(\.isASCII) }),
        ends.allSatisfy({ $0.allSatisfy(\.isNumber) })
    else { throw FieldValueError("ukendt dato: \(value)") }
    let lower = ends[0] + String(repeating: "0", count: 8 - ends[0].count)
    let upper = ends[1] + String(repeating: "9", count: 8 - ends[1].count)
    return .valueRange(slot: Schema.dateSlot, from: lower, to: upper)
}
