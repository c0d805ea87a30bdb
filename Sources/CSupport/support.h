// C library functions Swift's Glibc module does not expose.
#ifndef KEXIE_CSUPPORT_H
#define KEXIE_CSUPPORT_H

#include <stddef.h>
#include <stdio.h>

// glibc's memmem (a GNU extension, hidden from Swift's Glibc module): a vectorised substring
// search, used to test `contains` on every distinct value of a text column in one sweep.
extern void *memmem(const void *haystack, size_t haystack_length, const void *needle,
                    size_t needle_length);

// The standard streams as functions: Swift 6 refuses to touch the C globals `stdin`,
// `stdout` and `stderr` directly (they are mutable global state).
static inline FILE *kx_stdin(void) { return stdin; }
static inline FILE *kx_stdout(void) { return stdout; }
static inline FILE *kx_stderr(void) { return stderr; }

#endif
