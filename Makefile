# The two commands the README promises: `make demo` (the main job) and `make test` (the whole test suite).

DEBIAN_PACKAGES := libxapian-dev xapian-tools python3-xapian pkg-config poppler-utils wdanish
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/referat
# Release builds link the Swift runtime and Foundation statically, into a position-dependent executable:
# `referat search` then starts in about half the time, with no shared-library relocations to apply.
RELEASE_FLAGS := -c release --static-swift-stdlib -Xswiftc -Xclang-linker -Xswiftc -no-pie -Xswiftc -warnings-as-errors

.PHONY: demo deps build index test lint clean bench eval

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
	swift build $(RELEASE_FLAGS) --product referat

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
	swift build $(RELEASE_FLAGS) --product referat-bench
	.build/release/referat-bench Corpus

## Scores referat's Danish analysis and a plain-stemming baseline on the judged queries (release build).
eval: deps
	swift build $(RELEASE_FLAGS) --product referat-eval
	.build/release/referat-eval Corpus
