import Testing
import XapianKit

@Suite("Value tables: facet counts without reading values")
struct ValueTableTests {
    static let key = "test:values"
    static let slots = [Schema.committeeSlot, Schema.dateSlot]

    /// The sample index without the item on case 22/7001, so the table has a gap, with a value table stored.
    private func withTabledIndex(_ body: (String) throws -> Void) throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            try writeIndex(at: path, items: sampleItems)
            let database = try WritableDatabase(path: path, mode: .open)
            try database.deleteDocuments(withTerm: Schema.caseTerm("22/7001"))
            #expect(try database.storeValueTable(slots: Self.slots, forKey: Self.key))
            #expect(try !database.storeValueTable(slots: Self.slots, forKey: Self.key), "already current")
            try database.close()
            try body(path)
        }
    }

    /// Each slot's counts over the matches of `query`, from `table` or, when nil, from the values.
    private func counts(of query: Query, in database: Database, table: ValueTable?) throws -> [[TermCount]] {
        let enquire = Enquire(database: database)
        enquire.setQuery(query)
        if let table {
            enquire.countValues(from: table)
        } else {
            for slot in Self.slots { enquire.countValues(slot: slot) }
        }
        _ = try enquire.mset(offset: 0, limit: 1, checkAtLeast: database.documentCount)
        return Self.slots.map { enquire.valueCounts(slot: $0) }
    }

    @Test("Counts from the table are the counts of the values, for every query")
    func countsMatchTheValues() throws {
        try withTabledIndex { path in
            let database = try Database(path: path)
            let table = try #require(try database.valueTable(forKey: Self.key))
            let queries: [Query] = [
                .matchAll(), .term(Schema.caseTerm("21/24526")), .term("Y2022"), .term("Y1999"),
            ]
            for query in queries {
                #expect(
                    try counts(of: query, in: database, table: table) == counts(of: query, in: database, table: nil)
                )
            }
            #expect(
                try counts(of: .matchAll(), in: database, table: table)[0] == [
                    TermCount(term: "Beskæftigelse- og Borgerserviceudvalget", count: 2),
                    TermCount(term: "Teknik- og Miljøudvalget", count: 1),
                    TermCount(term: "Økonomiudvalget", count: 1),
                ]
            )
        }
    }

    @Test("A slot of several values per document counts each value, not each combination")
    func severalValuesPerDocument() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            let writer = try WritableDatabase(path: path, mode: .createOrOverwrite)
            for (index, parties) in ["A\nV", "V", "A\nC\nV", "", "C"].enumerated() {
                let document = Document()
                document.addBooleanTerm("Q\(index)")
                document.setValue(parties, slot: 6)
                try writer.replaceDocument(document, uniqueTerm: "Q\(index)")
            }
            #expect(try writer.storeValueTable(slots: [6], separators: [6: 0x0A], forKey: Self.key))
            try writer.close()
            let database = try Database(path: path)
            let table = try #require(try database.valueTable(forKey: Self.key))
            let enquire = Enquire(database: database)
            enquire.setQuery(.matchAll())
            enquire.countValues(from: table)
            _ = try enquire.mset(offset: 0, limit: 0, checkAtLeast: database.documentCount)
            #expect(
                enquire.valueCounts(slot: 6) == [
                    TermCount(term: "V", count: 3), TermCount(term: "A", count: 2), TermCount(term: "C", count: 2),
                ]
            )
        }
    }

    @Test("Only the table's slots are counted from it")
    func onlyTheTablesSlots() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("index").path
            try writeIndex(at: path, items: sampleItems)
            let writer = try WritableDatabase(path: path, mode: .open)
            try writer.storeValueTable(slots: [Schema.dateSlot], forKey: Self.key)
            try writer.close()
            let database = try Database(path: path)
            let enquire = Enquire(database: database)
            enquire.setQuery(.term(Schema.caseTerm("21/24526")))
            enquire.countValues(from: try #require(try database.valueTable(forKey: Self.key)))
            _ = try enquire.mset(offset: 0, limit: 1, checkAtLeast: database.documentCount)
            #expect(
                enquire.valueCounts(slot: Schema.dateSlot) == [
                    TermCount(term: "20220915", count: 1), TermCount(term: "20221110", count: 1),
                ]
            )
            #expect(enquire.valueCounts(slot: Schema.committeeSlot).isEmpty)
        }
    }

    @Test("A table is found only while the index is at the revision it describes")
    func anotherCommitRetiresTheTable() throws {
        try withTabledIndex { path in
            let before = try Database(path: path)
            #expect(try before.valueTable(forKey: Self.key) != nil)
            try writeIndex(at: path, items: [sampleItems[4]], mode: .open)
            #expect(try Database(path: path).valueTable(forKey: Self.key) == nil)
            // A reader still on the old revision keeps a table that describes what it reads.
            #expect(try before.valueTable(forKey: Self.key) != nil)
            let writer = try WritableDatabase(path: path, mode: .open)
            #expect(try writer.storeValueTable(slots: Self.slots, forKey: Self.key))
            try writer.close()
            let after = try Database(path: path)
            let table = try #require(try after.valueTable(forKey: Self.key))
            #expect(
                try counts(of: .matchAll(), in: after, table: table) == counts(of: .matchAll(), in: after, table: nil)
            )
        }
    }

    @Test("A compacted copy and a combination of shards have no table")
    func compactionAndShardsHaveNone() throws {
        try withTabledIndex { path in
            let copy = path + "-compacted"
            try Database(path: path).compact(to: copy)
            #expect(try Database(path: copy).valueTable(forKey: Self.key) == nil)
            let combined = try Database(path: path)
            combined.add(try Database(path: copy))
            #expect(try combined.valueTable(forKey: Self.key) == nil)
        }
    }

}
