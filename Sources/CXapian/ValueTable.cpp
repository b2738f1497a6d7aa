// Value tables: encoding, decoding and counting. See ValueTable.hpp.
#include "ValueTable.hpp"

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <utility>

namespace cxapian {

namespace {

// Version 2 of the layout, all integers little-endian:
//   magic | uuid length u32, uuid | revision u64 | document count u32 | last docid u32 | columns u32
//   | per column: slot u32, separator u8
//   | per column: code width u8, values u32, each value as length u32 + bytes
//   | per column: (last docid + 1) codes of its width, document 0's first
const char magic[] = {'C', 'X', 'V', 'T', 2};

void put(std::string &out, uint64_t value, unsigned width) {
    for (unsigned i = 0; i < width; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

uint64_t get(const char *p, unsigned width) {
    uint64_t value = 0;
    for (unsigned i = 0; i < width; ++i) value |= uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
    return value;
}

// Reads a blob front to back; every read checks the bounds, so a truncated or foreign blob is rejected.
struct Reader {
    const std::string &blob;
    size_t at = 0;
    bool ok = true;

    uint64_t number(unsigned width) {
        if (!ok || blob.size() - at < width) return ok = false, 0;
        uint64_t value = get(blob.data() + at, width);
        at += width;
        return value;
    }
    std::string bytes(size_t length) {
        if (!ok || blob.size() - at < length) return ok = false, std::string();
        std::string value = blob.substr(at, length);
        at += length;
        return value;
    }
};

unsigned width_for(size_t value_count) {
    if (value_count < 0xFF) return 1;
    if (value_count < 0xFFFF) return 2;
    return 4;
}

// Reads the header up to the columns; `columns` gets them. False unless the blob is a table stamped `current`.
bool read_header(Reader &reader, const TableStamp &current, std::vector<TableColumn> &columns) {
    if (reader.bytes(sizeof magic) != std::string(magic, sizeof magic)) return false;
    TableStamp stamp;
    stamp.uuid = reader.bytes(reader.number(4));
    stamp.revision = reader.number(8);
    stamp.document_count = reader.number(4);
    stamp.last_docid = reader.number(4);
    uint64_t count = reader.number(4);
    for (uint64_t i = 0; reader.ok && i < count; ++i) {
        TableColumn column;
        column.slot = Xapian::valueno(reader.number(4));
        column.separator = static_cast<unsigned char>(reader.number(1));
        columns.push_back(column);
    }
    return reader.ok && stamp == current;
}

// The parts of `value` between `separator` bytes, empty parts left out.
std::vector<std::string> split(const std::string &value, char separator) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= value.size()) {
        size_t end = value.find(separator, start);
        if (end == std::string::npos) end = value.size();
        if (end > start) parts.push_back(value.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

}  // namespace

TableStamp TableStamp::of(const Xapian::Database &db) {
    TableStamp stamp;
    stamp.revision = db.get_revision();
    stamp.uuid = db.get_uuid();
    stamp.document_count = db.get_doccount();
    stamp.last_docid = db.get_lastdocid();
    return stamp;
}

bool TableStamp::operator==(const TableStamp &other) const {
    return uuid == other.uuid && revision == other.revision && document_count == other.document_count &&
           last_docid == other.last_docid;
}

std::string ValueTable::encode(const Xapian::Database &db, const std::vector<TableColumn> &columns,
                               const TableStamp &stamp) {
    std::string out(magic, sizeof magic);
    put(out, stamp.uuid.size(), 4);
    out += stamp.uuid;
    put(out, stamp.revision, 8);
    put(out, stamp.document_count, 4);
    put(out, stamp.last_docid, 4);
    put(out, columns.size(), 4);
    for (const TableColumn &column : columns) {
        put(out, column.slot, 4);
        put(out, column.separator, 1);
    }

    std::vector<std::vector<uint32_t>> codes;
    std::vector<unsigned> widths;
    for (const TableColumn &table_column : columns) {
        Xapian::valueno slot = table_column.slot;
        std::vector<uint32_t> column(size_t(stamp.last_docid) + 1, 0);
        std::vector<std::string> values;
        std::unordered_map<std::string, uint32_t> code_of;
        for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
            auto inserted = code_of.emplace(*it, uint32_t(values.size() + 1));
            if (inserted.second) values.push_back(*it);
            if (it.get_docid() <= stamp.last_docid) column[it.get_docid()] = inserted.first->second;
        }
        unsigned width = width_for(values.size());
        put(out, width, 1);
        put(out, values.size(), 4);
        for (const std::string &value : values) {
            put(out, value.size(), 4);
            out += value;
        }
        codes.push_back(std::move(column));
        widths.push_back(width);
    }
    for (size_t c = 0; c < codes.size(); ++c) {
        out.reserve(out.size() + codes[c].size() * widths[c]);
        for (uint32_t code : codes[c]) put(out, code, widths[c]);
    }
    return out;
}

bool ValueTable::is_current(const std::string &blob, const std::vector<TableColumn> &columns,
                            const TableStamp &current) {
    Reader reader{blob};
    std::vector<TableColumn> stored;
    return read_header(reader, current, stored) && stored == columns;
}

std::shared_ptr<const ValueTable> ValueTable::decode(std::string blob, const TableStamp &current) {
    auto table = std::make_shared<ValueTable>();
    table->blob = std::move(blob);
    Reader reader{table->blob};
    std::vector<TableColumn> stored;
    if (!read_header(reader, current, stored)) return nullptr;
    table->last_docid = current.last_docid;
    for (const TableColumn &table_column : stored) {
        Column column;
        column.slot = table_column.slot;
        column.separator = table_column.separator;
        column.width = unsigned(reader.number(1));
        uint64_t count = reader.number(4);
        if (column.width != 1 && column.width != 2 && column.width != 4) return nullptr;
        for (uint64_t i = 0; reader.ok && i < count; ++i) column.values.push_back(reader.bytes(reader.number(4)));
        if (column.separator != 0) {
            // Each distinct value is split once here, so counting a search's matches never splits strings.
            std::unordered_map<std::string, uint32_t> index_of;
            column.parts_of.resize(column.values.size() + 1);
            for (size_t code = 1; code <= column.values.size(); ++code) {
                for (std::string &part : split(column.values[code - 1], char(column.separator))) {
                    auto inserted = index_of.emplace(part, uint32_t(column.parts.size()));
                    if (inserted.second) column.parts.push_back(std::move(part));
                    column.parts_of[code].push_back(inserted.first->second);
                }
            }
        }
        table->columns.push_back(std::move(column));
    }
    if (!reader.ok) return nullptr;
    size_t offset = reader.at;
    for (Column &column : table->columns) {
        column.offset = offset;
        offset += (size_t(table->last_docid) + 1) * column.width;
    }
    if (offset != table->blob.size()) return nullptr;
    return table;
}

int ValueTable::column_of(Xapian::valueno slot) const {
    for (size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].slot == slot) return int(c);
    }
    return -1;
}

uint32_t ValueTable::code(size_t column, Xapian::docid did) const {
    if (did > last_docid) return 0;
    const Column &col = columns[column];
    const char *p = blob.data() + col.offset + size_t(did) * col.width;
    switch (col.width) {
    case 1: return static_cast<unsigned char>(*p);
    case 2: return uint32_t(get(p, 2));
    default: return uint32_t(get(p, 4));
    }
}

ValueTableSpy::ValueTableSpy(std::shared_ptr<const ValueTable> table) : table(std::move(table)) {
    for (size_t c = 0; c < this->table->column_count(); ++c)
        tallies.emplace_back(this->table->value_count(c) + 1, 0);
}

void ValueTableSpy::operator()(const Xapian::Document &doc, double) {
    Xapian::docid did = doc.get_docid();
    for (size_t c = 0; c < tallies.size(); ++c) {
        uint32_t code = table->code(c, did);
        // A code past the column's values can only come from a damaged table: count it as no value.
        ++tallies[c][code < tallies[c].size() ? code : 0];
    }
}

std::vector<std::pair<std::string, uint64_t>> ValueTableSpy::counts(size_t column) const {
    std::vector<std::pair<std::string, uint64_t>> result;
    const std::vector<uint64_t> &tally = tallies[column];
    if (table->splits(column)) {
        std::vector<uint64_t> part_tally(table->parts(column).size(), 0);
        for (uint32_t code = 1; code < tally.size(); ++code) {
            for (uint32_t part : table->parts_of(column, code)) part_tally[part] += tally[code];
        }
        for (size_t part = 0; part < part_tally.size(); ++part) {
            if (part_tally[part] > 0) result.emplace_back(table->parts(column)[part], part_tally[part]);
        }
    } else {
        for (uint32_t code = 1; code < tally.size(); ++code) {
            if (tally[code] > 0) result.emplace_back(table->value(column, code), tally[code]);
        }
    }
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return result;
}

}  // namespace cxapian
