// C library functions Swift's Glibc module does not expose.
#ifndef KEXIE_CSUPPORT_H
#define KEXIE_CSUPPORT_H

#include <malloc.h>
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

// glibc moves its threshold for mapping a large allocation anew with the size of the last
// large block freed, and gives back free memory above 128 KB at the top of its heap. A load
// in parts frees its parts' stores (4 MB at 1,000,000 rows, where a serial load freed 8 MB
// ones), so the threshold stayed at 4 MB and every later query's 8 MB arrays were fresh
// mappings, faulted in page by page (the join query of docs/PERFORMANCE.md took 2-3 times
// as long as after a serial load); at 10,000,000 rows every query's 80 MB arrays were. A
// finished load fixes the threshold at 128 MB and keeps up to 256 MB free at the top of
// the heap: a query's arrays come from memory the last query gave back. Measured on
// 10,000,000 rows: the same peak (1.31 GB), `extend` arithmetic + `sum` 169 -> 59-128 ms, a
// whole integer sort 1.1 -> 0.6 s. (Fixed from the start instead, it kept a load's freed
// parts in the threads' heaps: 28 MB more at the peak of the benchmark's process.)
static inline void kx_fix_mmap_threshold(void) {
  mallopt(M_MMAP_THRESHOLD, 128 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

#endif
