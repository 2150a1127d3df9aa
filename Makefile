# Two entry points: `make serve` (main job) and `make test` (the test suite, as CI runs it).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STORE  ?= data/store
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: serve test setup setup-test browser virtuoso build clean bench

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/kg

setup: $(BIN)/kg

# Debian's chromium for the browser tests (Playwright drives it; nothing is downloaded by Playwright).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; }

# Virtuoso, one of the remote stores the store suite runs against (its tests skip without it).
virtuoso:
	@command -v virtuoso-t >/dev/null 2>&1 || { \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq virtuoso-opensource >/dev/null \
	  || echo "virtuoso-opensource could not be installed: its store tests will be skipped"; }

build: setup
	$(BIN)/kg build examples/ --store $(STORE)

serve: build
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

test: setup browser virtuoso
	$(BIN)/python -m pytest -q --durations=15 $(PYTEST_ARGS)

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) data build *.egg-info
