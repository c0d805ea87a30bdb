# The front door. `make run` starts kexie; `make test` runs every test.
# Both first make sure the C libraries kexie builds against are installed (scripts/ensure-deps:
# libedit, SQLite, libpq).

SWIFT   ?= swift
PREFIX  ?= /usr/local
# The release binary links the Swift runtime statically: it starts faster (see
# docs/PERFORMANCE.md) and runs from any directory without the toolchain's libraries.
RELEASE := -c release --static-swift-stdlib

.PHONY: run test build release install bench fuzz deps clean

deps:
	@scripts/ensure-deps

# Build output goes to stderr so that `echo 'events | count' | make -s run` prints only results.
release: deps
	@$(SWIFT) build $(RELEASE) >&2

run: release
	@.build/release/kexie

build: deps
	@$(SWIFT) build --build-tests >&2

test: build
	@$(SWIFT) test --skip-build

install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 .build/release/kexie "$(DESTDIR)$(PREFIX)/bin/kexie"

# The six queries on the benchmark data (Benchmarks/run), then real cardinality and scale:
# 1,000,000 and 10,000,000 distinct names, loads, printing (Benchmarks/scale).
bench: release
	@Benchmarks/run
	@Benchmarks/scale --skip-build

# The coverage-guided fuzzers, FUZZ_SECONDS each (scripts/fuzz).
fuzz: deps
	@scripts/fuzz

clean:
	rm -rf .build .build-fuzz
