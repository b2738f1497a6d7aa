# The two commands the README promises: `make demo` (the main job) and `make test` (the whole test suite).

# tesseract reads scanned PDFs (OCR), with its Danish data.
DEBIAN_PACKAGES := libxapian-dev xapian-tools python3-xapian pkg-config poppler-utils wdanish hunspell-da libhunspell-dev \
	libxml2 libsqlite3-dev tesseract-ocr tesseract-ocr-dan
# The peers `make bench-compare` measures referat against: Omega's scriptindex, and GNU time for peak memory.
BENCH_PACKAGES := xapian-omega time
CORPUS ?= Corpus
COMPARE_FLAGS ?=
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/referat
# Release builds link the Swift runtime and Foundation statically, into a position-dependent executable:
# a `referat search` process then takes about 30% less CPU (10.2 → 7.2 ms, perf stat), with few relocations to apply.
# With nothing left to load from beside the binary, no $ORIGIN search path: 25 fewer failed lookups per start.
RELEASE_FLAGS := -c release --static-swift-stdlib --disable-local-rpath -Xswiftc -Xclang-linker -Xswiftc -no-pie \
	-Xswiftc -warnings-as-errors

.PHONY: demo serve deps test-deps bench-deps build index test lint api-check clean bench bench-compare eval generate \
	bench-serve bench-serve-memory corpus-frequencies

## Installs what is missing, builds in release mode, indexes Corpus/ into Index/, runs a search and a case lookup.
demo: deps build index
	$(RELEASE) search kontanthjælpsmodtagere
	$(RELEASE) case 20-055908K

# Installs those of the Debian packages $(1) that are missing.
define install-missing
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing:" $$missing; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
endef

## Installs the Debian packages referat needs, only those missing.
deps:
	$(call install-missing,$(DEBIAN_PACKAGES))

## What the tests use beyond the demo: a headless browser for the page tests, curl and Python's venv for the API check.
TEST_PACKAGES := chromium curl python3-venv
test-deps:
	$(call install-missing,$(TEST_PACKAGES))

## Also installs the peers `make bench-compare` runs.
bench-deps: deps
	$(call install-missing,$(BENCH_PACKAGES))

build:
	swift build $(RELEASE_FLAGS) --product referat

## Installs what is missing, builds, indexes Corpus/ into Index/ (only what changed) and serves it on
## http://127.0.0.1:8080 until Ctrl-C.
serve: deps build index
	$(RELEASE) serve --db Index

index:
	$(RELEASE) index --db Index Corpus

## Lint, warning-free debug build, every test (the browser test in headless Chromium), then the API check.
test: deps test-deps lint
	swift build --build-tests -Xswiftc -warnings-as-errors
	swift test --skip-build
	$(MAKE) api-check

API_INDEX := .build/api-check-index
API_PORT ?= 8093
API_FILES := Corpus/haderslev Corpus/hedensted Corpus/greve/greve_oekonomiudvalget_2023-11-27.json
## Checks every answer of the JSON API against its OpenAPI document with schemathesis (from PyPI, in .build/venv)
## on a server over a few shipped minutes: no 5xx, every response as the document says. A filter value the index
## does not hold is a 400, not a match, so schemathesis' check that schema-valid requests succeed is left out.
## Then reads four searches' Atom feeds with Python's feedparser (Tests/Scripts/feed-check.py).
api-check: test-deps
	swift build --product referat
	rm -rf $(API_INDEX)
	.build/debug/referat index --db $(API_INDEX) $(API_FILES) >/dev/null
	[ -x .build/venv/bin/schemathesis ] && .build/venv/bin/python -c 'import feedparser' 2>/dev/null || \
		(python3 -m venv .build/venv && .build/venv/bin/pip install -q schemathesis feedparser)
	Tests/Scripts/with-server.sh .build/debug/referat $(API_INDEX) $(API_PORT) \
		.build/venv/bin/schemathesis run http://127.0.0.1:$(API_PORT)/api/v1/openapi.json \
		--url http://127.0.0.1:$(API_PORT) --checks all --exclude-checks positive_data_acceptance \
		--max-examples 50 --seed 1 --no-color
	Tests/Scripts/with-server.sh .build/debug/referat $(API_INDEX) $(API_PORT) \
		.build/venv/bin/python Tests/Scripts/feed-check.py http://127.0.0.1:$(API_PORT) \
		"" "q=kontanthj%C3%A6lp" "kommune=Haderslev&sortering=dato" "q=%22lokalplan+for%22"

lint:
	swift format lint --strict --recursive Package.swift Sources Tests

clean:
	rm -rf .build Index/*.glass Index/iamglass Index/flintlock

BENCH_SERVE_INDEX := .build/bench-serve-index
## Measures `referat serve` (release build) with wrk: 16 connections for 30 s on a mix of searches over the
## 100,000-item generated corpus (made and indexed first if missing); prints requests/s, latency and errors.
bench-serve: deps build
	$(call install-missing,wrk curl)
	[ -d .build/generated-100k ] || $(MAKE) generate
	[ -d $(BENCH_SERVE_INDEX) ] || $(RELEASE) index --db $(BENCH_SERVE_INDEX) .build/generated-100k
	Tests/Scripts/with-server.sh $(RELEASE) $(BENCH_SERVE_INDEX) 8094 \
		wrk -t 2 -c 16 -d 30s --latency -s Tests/Scripts/serve-bench.lua http://127.0.0.1:8094

## The same load for 10 minutes, printing the server's resident memory every 10 s: it should stay flat.
bench-serve-memory: deps build
	$(call install-missing,wrk curl)
	[ -d .build/generated-100k ] || $(MAKE) generate
	[ -d $(BENCH_SERVE_INDEX) ] || $(RELEASE) index --db $(BENCH_SERVE_INDEX) .build/generated-100k
	Tests/Scripts/with-server.sh $(RELEASE) $(BENCH_SERVE_INDEX) 8094 sh -c 'Tests/Scripts/rss-while.sh \
		$$REFERAT_SERVER_PID 10 wrk -t 2 -c 16 -d 600s --latency -s Tests/Scripts/serve-bench.lua http://127.0.0.1:8094'

## Indexes Corpus/ from scratch and times a fixed mix of searches (release build; not part of the tests).
bench: deps
	swift build $(RELEASE_FLAGS) --product referat-bench
	.build/release/referat-bench corpus Corpus

## Indexes $(CORPUS) with referat, Omega's scriptindex and SQLite FTS5 and times the same searches on each
## (release build; not part of the tests). COMPARE_FLAGS are passed on, e.g. COMPARE_FLAGS="--verbose".
bench-compare: bench-deps build
	swift build $(RELEASE_FLAGS) --product referat-bench
	.build/release/referat-bench compare $(CORPUS) $(COMPARE_FLAGS)

## Scores referat's Danish analysis and a plain-stemming baseline on the judged queries (release build).
eval: deps
	swift build $(RELEASE_FLAGS) --product referat-eval
	.build/release/referat-eval Corpus

## Rewrites the word frequencies the compound splitter weighs splits of dictionary words by, from Corpus/.
corpus-frequencies:
	/usr/bin/python3 Tests/Scripts/corpus-frequencies.py Corpus > Sources/Referat/Analysis/Compounds/CorpusFrequencies.swift

## Generates a seeded corpus of ITEMS agenda items (default 100,000) from Corpus/ into OUT (release build).
## `make generate ITEMS=1000000` writes .build/generated-1m.
ITEMS ?= 100000
OUT ?= .build/generated-$(if $(filter 1000000,$(ITEMS)),1m,$(if $(filter 100000,$(ITEMS)),100k,$(ITEMS)))
generate:
	swift build $(RELEASE_FLAGS) --product referat-generate
	.build/release/referat-generate --items $(ITEMS) --force $(OUT)
