// Debian's SQLite (libsqlite3-dev), for the benchmark's FTS5 peer.
#include <sqlite3.h>
