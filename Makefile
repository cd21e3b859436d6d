# Every target works on a fresh machine: the first one that needs the environment creates it.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
STAMP := $(VENV)/.installed-stamp
SPEC := openapi/bigcommerce-metafields.yaml
GENERATED := bigcommerce_metafields/_generated
# nox finds the other supported Pythons as python3.X on PATH: pyenv's installs go there too.
PYTHONS_PATH := $(subst $(eval) ,:,$(wildcard $(HOME)/.pyenv/versions/3.*/bin))
NOX = PATH="$(BIN):$(PYTHONS_PATH):$$PATH" $(BIN)/nox --no-color
# The generator and the `ruff` generate.sh runs are the pinned ones: the venv goes first on PATH.
GENERATE = PATH="$(BIN):$$PATH" bash openapi/generate.sh

.PHONY: help install redis-server demo generate check-generated lint dist typecheck test pytest soak \
	bench bench-quick property-full families-proof matrix-full other-pythons test-pythons live-test

help:
	@echo "make demo             set everything up and run the demo against the embedded fake"
	@echo "make test             install if needed, then check-generated, lint, typecheck, pytest"
	@echo "make test-pythons     the whole suite on Python 3.11, 3.12 and 3.13 (make test runs a sample)"
	@echo "make generate         regenerate $(GENERATED) from $(SPEC)"
	@echo "make check-generated  fail if $(GENERATED) differs from a fresh generation"
	@echo "make dist             build the sdist and wheel into dist/, twine check them and their contents"
	@echo "make property-full    the arbitrary-input property test on every family's operations"
	@echo "make families-proof   the made-up family (tests/generated) through every family-generic test file"
	@echo "make matrix-full      the fault matrix on every family (make test: cart, product, a sample)"
	@echo "make soak             the concurrency soak at full scale (10x the CI size, every family)"
	@echo "make bench            the SDK side by side with raw httpx (bench/results.json, and the README's table)"
	@echo "make live-test        the family scenarios against a real store (BIGCOMMERCE_*; says what it needs)"

install: $(STAMP) redis-server

# The Redis quota account's tests and benchmark rows start their own `redis-server` (a real one,
# never a mock): on a Debian machine without it, install the distribution's package; elsewhere,
# or without the rights to, say how and fail, so that those tests are never silently skipped.
redis-server:
	@command -v redis-server >/dev/null 2>&1 && exit 0; \
	if command -v apt-get >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; \
	  else echo "redis-server is missing; as root: apt-get install -y redis-server" >&2; exit 1; fi; \
	  echo "installing redis-server (Debian package) for the Redis quota account's tests"; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends \
	    redis-server >/dev/null; \
	else \
	  echo "redis-server is missing: install Redis (apt-get install redis-server, brew install" \
	    "redis, dnf install redis); the tests start their own server from it" >&2; exit 1; \
	fi; \
	command -v redis-server >/dev/null 2>&1 || { echo "redis-server still missing" >&2; exit 1; }

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python examples/demo.py

generate: $(STAMP)
	rm -rf $(GENERATED)
	$(GENERATE) $(GENERATED)
	$(BIN)/python openapi/api_reference.py > api.md
	$(BIN)/python openapi/api_reference.py --readme README.md

check-generated: $(STAMP)
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GENERATE) "$$tmp/_generated" > "$$tmp/log" 2>&1 || { cat "$$tmp/log"; exit 1; } ; \
	diff -r -x __pycache__ "$$tmp/_generated" $(GENERATED) || { \
	  echo "check-generated: $(GENERATED) differs from a fresh generation of $(SPEC)."; \
	  echo "Do not edit generated code; edit the spec or openapi/templates and run 'make generate'."; \
	  exit 1; } ; \
	$(BIN)/python openapi/api_reference.py > "$$tmp/api.md" && \
	diff -u api.md "$$tmp/api.md" || { \
	  echo "check-generated: api.md differs from what openapi/api_reference.py writes; run 'make generate'."; \
	  exit 1; }
	@echo "check-generated: $(GENERATED) and api.md match $(SPEC)"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/openapi-spec-validator $(SPEC)

# Publishing is then `twine upload dist/*`. --no-isolation builds with the pinned hatchling of the
# dev extra: no download, a few seconds. The wheel is built from the sdist, so both are checked.
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --quiet --no-isolation --outdir dist .
	$(BIN)/twine check --strict dist/*
	$(BIN)/python tests/packaging/test_dist.py dist

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/mypy --strict --warn-unused-ignores tests/typing

pytest: install
	$(BIN)/python -m pytest -n auto

# The seeded subset on the Pythons other than the venv's (noxfile.py; the seed is printed).
other-pythons: $(STAMP)
	$(NOX) --session subset

# The whole suite on every supported Python (minutes each).
test-pythons: $(STAMP)
	$(NOX) --session tests

test: install check-generated lint dist typecheck pytest other-pythons

bench: install
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.readme_table --write README.md

# Tiny sizes: shows the benchmark still runs (figures not comparable with make bench).
bench-quick: install
	$(BIN)/python -m bench.run --quick --json bench/results-quick.json

property-full: $(STAMP)
	BIGCOMMERCE_PROPERTY_SAMPLE=1 $(BIN)/python -m pytest tests/client/test_client_arbitrary_input.py -q

# make test runs the quick part; this adds the family-generic files whose widget tests are slow.
families-proof: $(STAMP)
	BIGCOMMERCE_FAMILIES_PROOF=full $(BIN)/python -m pytest tests/generated/test_made_up_family.py -q -rP

matrix-full: $(STAMP)
	BIGCOMMERCE_MATRIX_SAMPLE=1 $(BIN)/python -m pytest tests/reliability/test_rel_fault_matrix.py \
		tests/reliability/test_rel_batch_matrix.py -q

soak: $(STAMP)
	BIGCOMMERCE_SOAK_SCALE=full $(BIN)/python -m pytest tests/reliability -m soak -q

# Opt-in: without credentials it says what it needs and exits 0, running nothing (README "Live
# contract suite"). PYTHONPATH: this checkout's SDK, as pytest's `pythonpath` gives the tests.
live-test: $(STAMP)
	PYTHONPATH="$(CURDIR)$${PYTHONPATH:+:$$PYTHONPATH}" $(BIN)/python tests/client/live_suite.py
