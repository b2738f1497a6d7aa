// CLibXML2: loads libxml2 with dlopen once, then drives one xmlTextReader per document.
#include "CLibXML2.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__APPLE__)
#define CXML_LIBRARY "libxml2.2.dylib"
#else
#define CXML_LIBRARY "libxml2.so.2"
#endif

// xmlParserOption bits (parser.h): substitute entities, forbid network access.
enum { CXML_PARSE_NOENT = 1 << 1, CXML_PARSE_NONET = 1 << 11 };
// xmlErrorLevel and xmlErrorDomain (xmlerror.h): errors from the parser carry its xmlParserCtxt.
enum { CXML_LEVEL_ERROR = 2, CXML_LEVEL_FATAL = 3, CXML_FROM_PARSER = 1 };

// libxml2's xmlError (xmlerror.h), whose layout has not changed since 2.6.
typedef struct cxml_xml_error {
    int domain;
    int code;
    char *_Nullable message;
    int level;
    char *_Nullable file;
    int line;
    char *_Nullable str1;
    char *_Nullable str2;
    char *_Nullable str3;
    int int1;
    int int2;
    void *_Nullable ctxt;
    void *_Nullable node;
} cxml_xml_error;

// The libxml2 functions used, as declared in parser.h and xmlreader.h (xmlChar is unsigned char, handles are
// pointers to opaque structs).
typedef void (*cxml_structured_error_fn)(void *_Nullable arg, const cxml_xml_error *_Nullable error);
typedef void *_Nullable (*cxml_entity_loader_fn)(const char *_Nullable url, const char *_Nullable id,
                                                 void *_Nullable context);
typedef void (*cxml_init_parser_fn)(void);
typedef void (*cxml_set_entity_loader_fn)(cxml_entity_loader_fn _Nullable loader);
typedef void *_Nullable (*cxml_reader_for_memory_fn)(const char *_Nonnull buffer, int size, const char *_Nullable url,
                                                     const char *_Nullable encoding, int options);
typedef void (*cxml_set_error_handler_fn)(void *_Nonnull reader, cxml_structured_error_fn _Nullable handler,
                                          void *_Nullable arg);
typedef int (*cxml_reader_int_fn)(void *_Nonnull reader);
typedef const unsigned char *_Nullable (*cxml_reader_string_fn)(void *_Nonnull reader);
typedef void (*cxml_reader_free_fn)(void *_Nullable reader);
typedef long (*cxml_byte_consumed_fn)(void *_Nonnull parser_context);
typedef void (*cxml_generic_error_fn)(void *_Nullable context, const char *_Nullable message, ...);
typedef void (*cxml_set_generic_error_fn)(void *_Nullable context, cxml_generic_error_fn _Nullable handler);

// The loaded library: written once under `load_once`, read-only afterwards.
static struct {
    int loaded;
    char failure[512];
    cxml_reader_for_memory_fn reader_for_memory;
    cxml_set_error_handler_fn set_error_handler;
    cxml_reader_free_fn free_reader;
    cxml_reader_int_fn read;
    cxml_reader_int_fn node_type;
    cxml_reader_string_fn const_name;
    cxml_reader_string_fn const_value;
    cxml_reader_int_fn is_empty_element;
    cxml_reader_int_fn move_to_next_attribute;
    cxml_reader_int_fn move_to_element;
    cxml_byte_consumed_fn byte_consumed;
    cxml_reader_int_fn parser_line;
    cxml_set_generic_error_fn set_generic_error;
} libxml2;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;

struct cxml_reader {
    void *_Nonnull text_reader;
    int fatal_code;
    int fatal_line;
    long fatal_offset;
    int error_code;
    int error_line;
};

// Refuses every external entity and DTD: with entity substitution on, libxml2 would otherwise read files named
// by SYSTEM identifiers.
static void *_Nullable refuse_external_entity(const char *_Nullable url, const char *_Nullable id,
                                              void *_Nullable context) {
    (void)url;
    (void)id;
    (void)context;
    return NULL;
}

static void *_Nullable symbol(void *_Nonnull handle, const char *_Nonnull name) {
    void *address = dlsym(handle, name);
    if (address == NULL && libxml2.failure[0] == '\0') {
        const char *reason = dlerror();
        snprintf(libxml2.failure, sizeof libxml2.failure, "libxml2 (%s) lacks %s: %s", CXML_LIBRARY, name,
                 reason != NULL ? reason : "no such symbol");
    }
    return address;
}

static void load(void) {
    void *handle = dlopen(CXML_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        const char *reason = dlerror();
        snprintf(libxml2.failure, sizeof libxml2.failure,
                 "libxml2 (%s) could not be loaded: %s; install the libxml2 package", CXML_LIBRARY,
                 reason != NULL ? reason : "unknown reason");
        return;
    }
    cxml_init_parser_fn init_parser = (cxml_init_parser_fn)symbol(handle, "xmlInitParser");
    cxml_set_entity_loader_fn set_entity_loader =
        (cxml_set_entity_loader_fn)symbol(handle, "xmlSetExternalEntityLoader");
    libxml2.reader_for_memory = (cxml_reader_for_memory_fn)symbol(handle, "xmlReaderForMemory");
    libxml2.set_error_handler = (cxml_set_error_handler_fn)symbol(handle, "xmlTextReaderSetStructuredErrorHandler");
    libxml2.free_reader = (cxml_reader_free_fn)symbol(handle, "xmlFreeTextReader");
    libxml2.read = (cxml_reader_int_fn)symbol(handle, "xmlTextReaderRead");
    libxml2.node_type = (cxml_reader_int_fn)symbol(handle, "xmlTextReaderNodeType");
    libxml2.const_name = (cxml_reader_string_fn)symbol(handle, "xmlTextReaderConstName");
    libxml2.const_value = (cxml_reader_string_fn)symbol(handle, "xmlTextReaderConstValue");
    libxml2.is_empty_element = (cxml_reader_int_fn)symbol(handle, "xmlTextReaderIsEmptyElement");
    libxml2.move_to_next_attribute = (cxml_reader_int_fn)symbol(handle, "xmlTextReaderMoveToNextAttribute");
    libxml2.move_to_element = (cxml_reader_int_fn)symbol(handle, "xmlTextReaderMoveToElement");
    libxml2.byte_consumed = (cxml_byte_consumed_fn)symbol(handle, "xmlByteConsumed");
    libxml2.parser_line = (cxml_reader_int_fn)symbol(handle, "xmlTextReaderGetParserLineNumber");
    libxml2.set_generic_error = (cxml_set_generic_error_fn)symbol(handle, "xmlSetGenericErrorFunc");
    if (libxml2.failure[0] != '\0') {
        return;
    }
    // libxml2 asks for xmlInitParser before parsing on several threads; the loader is process-wide, and this
    // process has no other libxml2 user whose entity loading it could change.
    init_parser();
    set_entity_loader(refuse_external_entity);
    libxml2.loaded = 1;
}

// Drops the messages libxml2 prints outside the structured handler (encoding conversion failures), which would
// otherwise land on stderr; the reader still fails.
static void ignore_message(void *_Nullable context, const char *_Nullable message, ...) {
    (void)context;
    (void)message;
}

// Keeps the first fatal error (a well-formedness error, which stops the reader) and the first other error.
static void remember_error(void *_Nullable arg, const cxml_xml_error *_Nullable error) {
    cxml_reader *reader = (cxml_reader *)arg;
    if (reader == NULL || error == NULL) {
        return;
    }
    if (error->level >= CXML_LEVEL_FATAL && reader->fatal_code == 0) {
        reader->fatal_code = error->code;
        reader->fatal_line = error->line;
        reader->fatal_offset = error->domain == CXML_FROM_PARSER && error->ctxt != NULL
                                   ? libxml2.byte_consumed(error->ctxt)
                                   : -1;
    } else if (error->level == CXML_LEVEL_ERROR && reader->error_code == 0) {
        reader->error_code = error->code;
        reader->error_line = error->line;
    }
}

// A malloc'ed copy of `message`; NULL only when out of memory.
static char *_Nullable copy_message(const char *_Nonnull message) {
    size_t size = strlen(message) + 1;
    char *copy = malloc(size);
    if (copy != NULL) {
        memcpy(copy, message, size);
    }
    return copy;
}

void cxml_string_free(char *_Nullable string) { free(string); }

cxml_reader *_Nullable cxml_reader_new(const void *_Nullable bytes, size_t length, char *_Nullable *_Nonnull error) {
    pthread_once(&load_once, load);
    if (!libxml2.loaded) {
        *error = copy_message(libxml2.failure);
        return NULL;
    }
    if (length > INT_MAX) {
        *error = copy_message("document too large for libxml2 (over 2 GB)");
        return NULL;
    }
    cxml_reader *reader = calloc(1, sizeof *reader);
    if (reader == NULL) {
        *error = copy_message("out of memory");
        return NULL;
    }
    // libxml2 keeps this handler per thread.
    libxml2.set_generic_error(NULL, ignore_message);
    const char *buffer = bytes != NULL ? (const char *)bytes : "";
    int options = CXML_PARSE_NOENT | CXML_PARSE_NONET;
    void *text_reader = libxml2.reader_for_memory(buffer, (int)length, NULL, NULL, options);
    if (text_reader == NULL) {
        free(reader);
        *error = copy_message("libxml2 could not create a reader for the document");
        return NULL;
    }
    reader->text_reader = text_reader;
    reader->fatal_offset = -1;
    libxml2.set_error_handler(text_reader, remember_error, reader);
    return reader;
}

void cxml_reader_free(cxml_reader *_Nullable reader) {
    if (reader == NULL) {
        return;
    }
    libxml2.free_reader(reader->text_reader);
    free(reader);
}

cxml_read_result cxml_reader_read(cxml_reader *_Nonnull reader) {
    int result = libxml2.read(reader->text_reader);
    return result > 0 ? CXML_READ_NODE : result == 0 ? CXML_READ_END : CXML_READ_ERROR;
}

cxml_node_type cxml_reader_node_type(cxml_reader *_Nonnull reader) {
    return (cxml_node_type)libxml2.node_type(reader->text_reader);
}

const char *_Nullable cxml_reader_name(cxml_reader *_Nonnull reader) {
    return (const char *)libxml2.const_name(reader->text_reader);
}

const char *_Nullable cxml_reader_value(cxml_reader *_Nonnull reader) {
    return (const char *)libxml2.const_value(reader->text_reader);
}

int cxml_reader_is_empty_element(cxml_reader *_Nonnull reader) {
    return libxml2.is_empty_element(reader->text_reader);
}

int cxml_reader_move_to_next_attribute(cxml_reader *_Nonnull reader) {
    return libxml2.move_to_next_attribute(reader->text_reader);
}

void cxml_reader_move_to_element(cxml_reader *_Nonnull reader) { libxml2.move_to_element(reader->text_reader); }

int cxml_reader_error_code(const cxml_reader *_Nonnull reader) {
    return reader->fatal_code != 0 ? reader->fatal_code : reader->error_code;
}

int cxml_reader_error_line(cxml_reader *_Nonnull reader) {
    if (reader->fatal_code != 0) {
        return reader->fatal_line;
    }
    return reader->error_code != 0 ? reader->error_line : libxml2.parser_line(reader->text_reader);
}

long cxml_reader_error_offset(const cxml_reader *_Nonnull reader) {
    return reader->fatal_code != 0 ? reader->fatal_offset : -1;
}
