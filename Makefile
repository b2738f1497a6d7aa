# The two commands the README promises: `make demo` (the main job) and `make test` (the whole test suite).

DEBIAN_PACKAGES := libxapian-dev xapian-tools python3-xapian pkg-config poppler-utils wdanish
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/referat

.PHONY: demo deps build index test lint clean bench eval generate

## Installs what is missing, builds in release mode, indexes Corpus/ into Index/, runs a search and a case lookup.
demo: deps build index
	$(RELEASE) search kontanthjælpsmodtagere
	$(RELEASE) case 20-055908K

## Installs the Debian packages referat needs, only those missing.
deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing:" $$missing; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

build:
	swift build -c release -Xswiftc -warnings-as-errors

index:
	$(RELEASE) index --db Index Corpus

## Lint, warning-free debug build, then every test.
test: deps lint
	swift build --build-tests -Xswiftc -warnings-as-errors
	swift test --skip-build

lint:
	swift format lint --strict --recursive Package.swift Sources Tests

clean:
	rm -rf .build Index/*.glass Index/iamglass Index/flintlock

## Indexes Corpus/ from scratch and times a fixed mix of searches (release build; not part of the tests).
bench: deps
	swift build -c release --product referat-bench
	.build/release/referat-bench Corpus

## Scores referat's Danish analysis and a plain-stemming baseline on the judged queries (release build).
eval: deps
	swift build -c release --product referat-eval
	.build/release/referat-eval Corpus

## Generates a seeded corpus of ITEMS agenda items (default 100,000) from Corpus/ into OUT (release build).
## `make generate ITEMS=1000000` writes .build/generated-1m.
ITEMS ?= 100000
OUT ?= .build/generated-$(if $(filter 1000000,$(ITEMS)),1m,$(if $(filter 100000,$(ITEMS)),100k,$(ITEMS)))
generate:
	swift build -c release --product referat-generate
	.build/release/referat-generate --items $(ITEMS) --force $(OUT)
