// libpq, PostgreSQL's client library, for Swift — loaded when kexie first connects, not when
// it starts. libpq brings two dozen libraries with it (TLS, Kerberos, LDAP); linking it made
// every kexie start-up twice as slow (4 → 8.5 ms for a one-shot query), for a library most
// runs never use. So kexie does not link it: `kx_pq_load` opens libpq.so.5 with dlopen, and
// the functions below, declared by libpq-fe.h as usual, forward to it (libpq_loader.c).
#ifndef KEXIE_CLIBPQ_H
#define KEXIE_CLIBPQ_H

#include <stddef.h>
// Debian puts libpq's headers under postgresql/ (libpq-dev); other systems at the top.
#if __has_include(<postgresql/libpq-fe.h>)
#include <postgresql/libpq-fe.h>
#else
#include <libpq-fe.h>
#endif

/// Loads libpq once (later calls return the first answer). 1 when it is loaded; 0 when it is
/// not installed, with the loader's message in `error`.
int kx_pq_load(char *error, size_t size);

#endif
