// The system SQLite library (libsqlite3-dev) for Swift. SQLite's API is plain C; the only
// help Swift needs is the two destructor constants, which are macros of a function-pointer
// cast (SQLITE_STATIC, SQLITE_TRANSIENT) that Swift does not import.
#ifndef KEXIE_CSQLITE_SHIM_H
#define KEXIE_CSQLITE_SHIM_H

#include <sqlite3.h>

static inline sqlite3_destructor_type kx_sqlite_transient(void) { return SQLITE_TRANSIENT; }

#endif
