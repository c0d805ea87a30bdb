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

// glibc's thresholds, set for the two phases of a process that loads a table and then
// queries it. By default glibc maps a large allocation anew above a threshold that follows
// the size of the last large block freed (up to 32 MB), and gives back free memory above
// 128 KB at the top of its heap.
//
// While a table loads: every allocation of 1 MB or more is a mapping of its own, given back
// whole when freed. A load grows its stores by doubling, on several threads at once; with
// the moving threshold the outgrown buffers (up to 32 MB each) stayed in the threads' heaps,
// free but resident: 90 MB of the 1.12 GB peak of loading 10,000,000 distinct names (now
// 0.88 GB, the same time).
//
// After a load: the threshold is fixed at 128 MB with up to 256 MB kept free at the top of
// the heap, so a query's arrays come from memory the last query gave back. A load in parts
// frees its parts' stores (4 MB at 1,000,000 rows), and with the moving threshold left at
// 4 MB every later query's 8 MB arrays were fresh mappings, faulted in page by page: the
// join query of docs/PERFORMANCE.md took 2-3 times as long as after a serial load; at
// 10,000,000 rows `extend` arithmetic + `sum` went 169 -> 59-128 ms and a whole integer
// sort 1.1 -> 0.6 s with the fixed threshold, at the same peak.
static inline void kx_set_load_allocation(void) {
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 20);
}

static inline void kx_set_query_allocation(void) {
  mallopt(M_MMAP_THRESHOLD, 128 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

// A hint to bring the cache line at `address` in ahead of its use; it never faults, so an
// address past an array's end is harmless. Reading a sorted or joined result's text in row
// order jumps about its dictionary: each value waits for two cache misses (its offsets, then
// its bytes) unless asked for rows ahead (`ValuePrefetch`, Sources/KexieData/TextDictionary.swift).
static inline void kx_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
