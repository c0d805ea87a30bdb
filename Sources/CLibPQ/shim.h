// libpq, PostgreSQL's client library (libpq-dev), for Swift. Its API is plain C and needs no
// wrapping; Debian installs the header under /usr/include/postgresql.
#ifndef KEXIE_CLIBPQ_SHIM_H
#define KEXIE_CLIBPQ_SHIM_H

#include <libpq-fe.h>

#endif
