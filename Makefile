# The two commands of the README. Each does its whole set-up on a fresh Debian 12 machine.
#   make demo   builds Smidig and opens it on the built-in demo store
#   make test   builds Smidig and runs the whole test suite, behind every quality gate (below)
#   make package  builds the Debian package build/package/smidig_<version>_<arch>.deb
#                 (the `package` presets; docs/packaging.md)
#
# make test runs, in this order, stopping at the first failure (docs/quality-gates.md):
#   test-ci       the `ci` preset: the normal build with warnings as errors, all tests
#   test-asan     the `asan` preset: clang with AddressSanitizer and UBSan, all tests again
#   test-fuzz     the `fuzz` preset: every fuzz target for a few seconds (docs/fuzzing.md)
#   tidy          clang-tidy on core/ (.clang-tidy)
#   format-check  every C++ file as .clang-format has it; `make format` fixes them
# Each of them also runs on its own. `make fuzz` fuzzes each target for FUZZ_SECONDS.
# The tests run as CI runs them (CI=true): nothing is skipped, and a tool or privilege the
# machine lacks fails its test, which names it. `make test CI=false` lets such a test skip,
# saying why.
#
# make bench runs every benchmark of tests/bench at full size and prints each figure with its
# ratio to its baseline or bound (docs/benchmarks.md); it takes about half an hour, and fails
# naming each benchmark that missed a goal.
PRESET ?= default
BUILD_DIR := build/$(PRESET)
FUZZ_SECONDS ?= 600
CI ?= true
CLANG_FORMAT ?= clang-format-14
RUN_CLANG_TIDY ?= run-clang-tidy-14
CLANG_TIDY ?= clang-tidy-14

# The C++ files the format check covers: every tracked or new one (not ignored), test data
# excluded; without git (an unpacked tarball) the source folders.
FORMAT_SOURCES = $(sort $(wildcard $(shell git ls-files --cached --others --exclude-standard \
    -- '*.cpp' '*.h' ':(exclude)tests/fixtures/**' 2>/dev/null \
    || find app core tests ui -name '*.cpp' -o -name '*.h')))

# A banner with the time of day, so a CI log shows what each step took.
step = @echo "==== $(1) [$$(date +%T)]"

# One thing at a time: each step already keeps both cores busy.
.NOTPARALLEL:
.PHONY: all deps configure build demo test clean package bench \
        test-ci test-asan test-fuzz fuzz tidy format format-check

all: build

deps:
	@packaging/install-build-deps

configure: deps
	cmake --preset $(PRESET)

build: configure
	cmake --build --preset $(PRESET)

demo: build
	$(BUILD_DIR)/app/smidig --demo

# Every benchmark runs even when an earlier one missed its goal; at the end the step fails and
# names each benchmark that missed one (its own "GOAL MISSED" lines above say which figure).
BENCH_BIN = $(BUILD_DIR)/tests/bench
bench: build
	@missed=""; \
	run() { name=$$1; shift; echo "==== bench: $$name [$$(date +%T)]"; \
	        "$$@" || missed="$$missed|$$name"; }; \
	run "sync pacing, 2000 orders against a small, slow bucket" \
	    $(BENCH_BIN)/bench_sync_pacing --orders 2000 --bucket 1000 --restore 500; \
	run "sync throughput, 10000 orders with throttling off" \
	    $(BENCH_BIN)/bench_sync_throughput --orders 10000 --rounds 5; \
	run "fulfilling 1000 orders through the outbox, Standard rate limit" \
	    $(BENCH_BIN)/bench_bulk_fulfil --fulfil 1000 --bucket 2000 --restore 100; \
	run "filtering and searching 100000 orders" \
	    env QT_QPA_PLATFORM=offscreen $(BENCH_BIN)/bench_table_filter --orders 100000 --rounds 3; \
	run "cold start with 100000 orders" \
	    env QT_QPA_PLATFORM=offscreen $(BENCH_BIN)/bench_cold_start --orders 100000 --runs 5; \
	run "a big shop's first sync, 100000 orders (500 open), Standard rate limit" \
	    $(BENCH_BIN)/bench_bulk_sync --orders 100000 --open 500 --bucket 2000 --restore 100; \
	run "pack mode, scan to screen over 10000 orders, 200 orders scanned" \
	    env QT_QPA_PLATFORM=offscreen $(BENCH_BIN)/bench_pack_scan --orders 10000 --rounds 200; \
	if [ -n "$$missed" ]; then \
	    echo "==== bench: FAILED, a goal missed or the sides did different work in:"; \
	    echo "$$missed" | tr '|' '\n' | sed -n 's/^./  &/p'; \
	    exit 1; \
	fi; \
	echo "==== bench: every goal met [$$(date +%T)]"

package: deps
	$(call step,package: the Debian package, built in build/package)
	packaging/deb/build-deb

test: deps test-ci test-asan test-fuzz tidy format-check
	$(call step,make test: all passed)

test-ci: deps
	$(call step,ci: build with warnings as errors and test)
	cmake --preset ci
	cmake --build --preset ci
	CI=$(CI) ctest --preset ci

test-asan: deps
	$(call step,asan: build with AddressSanitizer and UBSan and test)
	cmake --preset asan
	cmake --build --preset asan
	CI=$(CI) ctest --preset asan

test-fuzz: deps
	$(call step,fuzz: build the fuzz targets and run each briefly)
	cmake --preset fuzz
	cmake --build --preset fuzz
	CI=$(CI) ctest --preset fuzz

fuzz: deps
	$(call step,fuzz: each target for $(FUZZ_SECONDS) s)
	cmake --preset fuzz
	cmake --build --preset fuzz
	SMIDIG_FUZZ_SECONDS=$(FUZZ_SECONDS) ctest --preset fuzz --timeout $$(( $(FUZZ_SECONDS) + 600 ))
	@echo "Seconds fuzzed per target over all runs (build/fuzz/fuzzing/fuzz-log.tsv):"
	@awk -F'\t' '{ s[$$2] += $$3; n[$$2] += $$4 } END { for (t in s) printf "  %-20s %7d s %11d inputs\n", t, s[t], n[t] }' \
	    build/fuzz/fuzzing/fuzz-log.tsv | sort

# clang-tidy reads the `fuzz` build's compile commands (clang's own flags); configuring is enough.
tidy: deps
	$(call step,tidy: clang-tidy on core/)
	cmake --preset fuzz >/dev/null
	$(RUN_CLANG_TIDY) -quiet -j 2 -clang-tidy-binary $(CLANG_TIDY) -p build/fuzz '^$(CURDIR)/core/'

format: deps
	$(CLANG_FORMAT) -i $(FORMAT_SOURCES)

# clang-format missing, crashing or finding no files is a failure, never "all formatted".
format-check: deps
	$(call step,format-check: every C++ file as .clang-format has it)
	@command -v $(CLANG_FORMAT) >/dev/null 2>&1 || { \
	    echo "$(CLANG_FORMAT) is not installed (Debian package clang-format-14): the format cannot be checked"; \
	    exit 1; }
	@[ $(words $(FORMAT_SOURCES)) -gt 0 ] || { echo "No C++ files found to check"; exit 1; }
	@output=$$($(CLANG_FORMAT) --dry-run $(FORMAT_SOURCES) 2>&1); status=$$?; \
	if [ $$status -ne 0 ]; then \
	    echo "$$output" | tail -20; \
	    echo "$(CLANG_FORMAT) failed (exit status $$status): the format was not checked"; \
	    exit 1; \
	fi; \
	unformatted=$$(echo "$$output" \
	    | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | sort -u); \
	if [ -n "$$unformatted" ]; then \
	    echo "$$unformatted"; \
	    echo "$$(echo "$$unformatted" | wc -l) of $(words $(FORMAT_SOURCES)) C++ files are not formatted: run make format"; \
	    exit 1; \
	fi; \
	echo "All $(words $(FORMAT_SOURCES)) C++ files are formatted."

clean:
	rm -rf build
