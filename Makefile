# Thin wrappers over the go tool, for people who do not live in Go every day.
GO ?= go
PKGS := ./...

.PHONY: all build test lint fuzz bench clean demo run

all: build test

build:
	$(GO) build -o bin/staker ./cmd/staker

# The whole product on simulated chains: 30 days, 10,000 users (see README.md).
run:
	$(GO) run ./cmd/staker simnet

# One day of the allocator on the bundled example: check the configuration, average six
# users' SOL balances over 2026-11-20, and split a 12.5 SOL reward over them.
DEMO := data/demo
demo:
	@mkdir -p $(DEMO)
	$(GO) run ./cmd/staker config check examples/staker.yaml
	$(GO) run ./cmd/staker average --token SOL --day 2026-11-20 --opening examples/day/opening.csv \
		--events examples/day/events.csv --activations examples/day/activations.csv --out $(DEMO)/averages.csv
	$(GO) run ./cmd/staker allocate --token SOL --day 2026-11-20 --balances $(DEMO)/averages.csv \
		--reward 12.5 --config examples/staker.yaml --out $(DEMO)/payouts.csv
	@echo; echo "== $(DEMO)/payouts.csv"; cat $(DEMO)/payouts.csv

# The one test command: formatting, vet, and every test under the race detector, against
# SQLite and the PostgreSQL named by STAKER_TEST_POSTGRES_DSN
# (default postgres://postgres@127.0.0.1:5432/test?sslmode=disable).
test: lint
	$(GO) test -race -count=1 -timeout 15m $(PKGS)

lint:
	@bad=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$bad" ]; then echo "gofmt needed:" $$bad; exit 1; fi
	$(GO) vet $(PKGS)

# Run every fuzz target for FUZZTIME each (new corpus entries land in the build cache).
FUZZTIME ?= 30s
fuzz:
	@for pkg in $$($(GO) list $(PKGS)); do \
		for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
			echo "== $$pkg $$target"; \
			$(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
		done; \
	done

bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

clean:
	rm -rf bin

# Recompile the Solidity interfaces and test mocks with the pinned solc (contracts/package-lock.json)
# and regenerate the Go bindings. Needs node and npm; the outputs are committed, so building and
# testing need only Go.
.PHONY: contracts
contracts:
	cd contracts && npm ci --no-audit --no-fund
	sh contracts/generate.sh
