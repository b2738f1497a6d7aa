// CLibXML2: a pull reader over libxml2's xmlTextReader, with libxml2 itself loaded by dlopen on first use.
//
// Why a shim: only the indexer parses XML (OS2/eDoc/SBSYS exports), yet linking libxml2 makes every process pay
// for it at start-up (libxml2 pulls in ICU, lzma and zlib, each mapped, relocated and initialised), and every
// `referat search` is a new process. Loading libxml2 the first time a document is parsed keeps it off the
// executable's needed libraries, so a search never loads it.
//
// Conventions, used by every function below:
// - Every symbol starts with `cxml_`. The one handle, `cxml_reader`, is opaque; `cxml_reader_new` pairs with one
//   `cxml_reader_free`. A reader is used on the thread that made it (libxml2's stray messages are silenced per
//   thread); different readers may run on different threads.
// - libxml2 is loaded once per process, thread-safely; it is never unloaded.
// - Strings coming out are libxml2's UTF-8, NUL-terminated, borrowed from the reader: they stay valid until the
//   next call that moves the reader (read, move to an attribute or back to the element) or frees it.
// - The one malloc'ed string, the error message of `cxml_reader_new`, is freed with `cxml_string_free`.
// - The function types in CLibXML2.c mirror libxml2's stable ABI (2.9 and later); no libxml2 header is needed.
#ifndef CLIBXML2_H
#define CLIBXML2_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The kind of node the reader is on, same values as libxml2's xmlReaderTypes (those a tree builder reads; the
/// others, such as comments and processing instructions, come through as their libxml2 values).
typedef enum cxml_node_type {
    CXML_NODE_NONE = 0,
    CXML_NODE_ELEMENT = 1,
    CXML_NODE_TEXT = 3,
    CXML_NODE_CDATA = 4,
    CXML_NODE_WHITESPACE = 13,
    CXML_NODE_SIGNIFICANT_WHITESPACE = 14,
    CXML_NODE_END_ELEMENT = 15
} cxml_node_type;

/// Result of `cxml_reader_read`, same values as xmlTextReaderRead's.
typedef enum cxml_read_result {
    CXML_READ_NODE = 1,  // the reader moved to the next node
    CXML_READ_END = 0,   // the document ended, well-formed
    CXML_READ_ERROR = -1 // the document is not well-formed: see cxml_reader_error_code and _line
} cxml_read_result;

typedef struct cxml_reader cxml_reader;  // xmlTextReader plus the first error it reported

/// Frees the error message of `cxml_reader_new` (free(3)); NULL is ignored.
void cxml_string_free(char *_Nullable string);

/// Loads libxml2 if needed, then wraps xmlReaderForMemory(bytes, length, NULL, NULL, NOENT|NONET), the encoding
/// coming from the document (BOM, declaration, else UTF-8). No external entity or DTD is ever loaded.
/// `bytes` (NULL only when `length` is 0) must stay valid and unchanged until cxml_reader_free.
/// Returns a reader the caller frees with cxml_reader_free, or NULL with a malloc'ed message in `*error`
/// (free with cxml_string_free; NULL only when out of memory) when libxml2 cannot be loaded or the reader
/// cannot be made.
cxml_reader *_Nullable cxml_reader_new(const void *_Nullable bytes, size_t length, char *_Nullable *_Nonnull error);
/// Wraps xmlFreeTextReader; NULL is ignored.
void cxml_reader_free(cxml_reader *_Nullable reader);
/// Wraps xmlTextReaderRead: moves to the next node in document order.
cxml_read_result cxml_reader_read(cxml_reader *_Nonnull reader);
/// Wraps xmlTextReaderNodeType.
cxml_node_type cxml_reader_node_type(cxml_reader *_Nonnull reader);
/// Wraps xmlTextReaderConstName: the qualified name as written (`ns:Name`, `xmlns:ns`); borrowed, may be NULL.
const char *_Nullable cxml_reader_name(cxml_reader *_Nonnull reader);
/// Wraps xmlTextReaderConstValue: the text of a text, CDATA or whitespace node, or an attribute's value with
/// references replaced; borrowed, NULL for nodes without a value.
const char *_Nullable cxml_reader_value(cxml_reader *_Nonnull reader);
/// Wraps xmlTextReaderIsEmptyElement: 1 for `<a/>` (no end-element node follows), 0 otherwise.
int cxml_reader_is_empty_element(cxml_reader *_Nonnull reader);
/// Wraps xmlTextReaderMoveToNextAttribute: 1 when on the next attribute (namespace declarations included), else 0.
int cxml_reader_move_to_next_attribute(cxml_reader *_Nonnull reader);
/// Wraps xmlTextReaderMoveToElement: back from an attribute to its element.
void cxml_reader_move_to_element(cxml_reader *_Nonnull reader);
/// The code of the first fatal error reported (else the first error), a libxml2 XML_ERR_* number; 0 when none.
int cxml_reader_error_code(const cxml_reader *_Nonnull reader);
/// The line of the document at which that error was reported; without one, xmlTextReaderGetParserLineNumber.
int cxml_reader_error_line(cxml_reader *_Nonnull reader);
/// Wraps xmlByteConsumed when the first fatal error was reported: how many bytes of the document the parser had
/// read by then (the length when it ran out of bytes); -1 when there was no fatal error or it is unknown.
long cxml_reader_error_offset(const cxml_reader *_Nonnull reader);

#ifdef __cplusplus
}
#endif

#endif  // CLIBXML2_H
