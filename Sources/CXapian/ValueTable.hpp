// Value tables for CXapian: every document's values in a few slots, stored in the database's metadata, so that
// counting the values of a search's matches is an array lookup per match instead of a B-tree read per value.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace cxapian {

/// Which revision of which database a table was built from. A table is used only while all four still hold:
/// another writer's commit changes the revision, a compaction makes a new database (new UUID, documents
/// renumbered), and shards have no single revision at all.
struct TableStamp {
    std::string uuid;
    Xapian::rev revision = 0;
    Xapian::doccount document_count = 0;
    Xapian::docid last_docid = 0;

    /// The stamp of `db` as it is now; throws Xapian::InvalidOperationError for several shards or a remote one.
    static TableStamp of(const Xapian::Database &db);
    bool operator==(const TableStamp &other) const;
};

/// A slot a table holds, and the byte that separates a document's several values in it (0: one value each).
struct TableColumn {
    Xapian::valueno slot = 0;
    unsigned char separator = 0;
    bool operator==(const TableColumn &other) const { return slot == other.slot && separator == other.separator; }
};

/// The values of some slots for documents 1 ... last_docid, each slot a column of small codes into its distinct
/// values (code 0: no value). A column with a separator counts each of a value's parts, not the value.
class ValueTable {
  public:
    /// Reads every document's values in `columns` from `db` and encodes them as a table stamped `stamp`.
    static std::string encode(const Xapian::Database &db, const std::vector<TableColumn> &columns,
                              const TableStamp &stamp);

    /// The table in `blob` when it is well-formed and stamped `current`; otherwise nullptr.
    static std::shared_ptr<const ValueTable> decode(std::string blob, const TableStamp &current);

    /// Whether `blob` holds a table for `columns` stamped `current`, read from its header only.
    static bool is_current(const std::string &blob, const std::vector<TableColumn> &columns,
                           const TableStamp &current);

    /// The column holding `slot`, or -1.
    int column_of(Xapian::valueno slot) const;
    size_t column_count() const { return columns.size(); }
    /// The code of document `did` in `column` (0 for no value, or a document past the table).
    uint32_t code(size_t column, Xapian::docid did) const;
    /// The value of `code` (>= 1) in `column`.
    const std::string &value(size_t column, uint32_t code) const { return columns[column].values[code - 1]; }
    /// The number of distinct values in `column`, so codes run from 1 to this.
    size_t value_count(size_t column) const { return columns[column].values.size(); }
    /// The distinct parts of the values in `column`, when it has a separator; otherwise empty.
    const std::vector<std::string> &parts(size_t column) const { return columns[column].parts; }
    /// The indices into parts(column) of the parts of the value of `code` (>= 1) in a column with a separator.
    const std::vector<uint32_t> &parts_of(size_t column, uint32_t code) const {
        return columns[column].parts_of[code];
    }
    /// Whether `column` has a separator.
    bool splits(size_t column) const { return columns[column].separator != 0; }

  private:
    struct Column {
        Xapian::valueno slot = 0;
        unsigned char separator = 0;
        std::vector<std::string> values;
        std::vector<std::string> parts;                // distinct parts of the values, with a separator
        std::vector<std::vector<uint32_t>> parts_of;  // per code, its parts' indices (code 0: none)
        unsigned width = 1;  // bytes per code: 1, 2 or 4
        size_t offset = 0;   // where document 0's code starts in `blob`
    };
    std::string blob;
    Xapian::docid last_docid = 0;
    std::vector<Column> columns;
};

/// A match spy counting the codes of every column of a table; Enquire::get_mset calls it once per match.
class ValueTableSpy : public Xapian::MatchSpy {
  public:
    explicit ValueTableSpy(std::shared_ptr<const ValueTable> table);
    void operator()(const Xapian::Document &doc, double weight) override;
    /// (value, matches) of `column`, most matches first, then by value; values no match had are left out.
    std::vector<std::pair<std::string, uint64_t>> counts(size_t column) const;

  private:
    std::shared_ptr<const ValueTable> table;
    std::vector<std::vector<uint64_t>> tallies;
};

}  // namespace cxapian
