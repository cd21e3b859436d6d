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
# The generator and its post-hooks' `ruff` are the pinned ones: the venv goes first on PATH.
GENERATE = PATH="$(BIN):$$PATH" bash openapi/generate.sh

.PHONY: help install redis-server demo generate check-generated lint dist typecheck test pytest soak bench \
	property-full

help:
	@echo "make demo             set everything up and run the demo against the embedded fake"
	@echo "make test             install if needed, then check-generated, lint, typecheck, pytest"
	@echo "make generate         regenerate $(GENERATED) from $(SPEC)"
	@echo "make check-generated  fail if $(GENERATED) differs from a fresh generation"
	@echo "make dist             build the sdist and wheel into dist/, twine check them and their contents"
	@echo "make property-full    the arbitrary-input property test on every family's operations"
	@echo "make soak             the concurrency soak at full scale (10x the CI size)"
	@echo "make bench            the SDK side by side with raw httpx (figures in bench/results.json)"

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

check-generated: $(STAMP)
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GENERATE) "$$tmp/_generated" > "$$tmp/log" 2>&1 || { cat "$$tmp/log"; exit 1; } ; \
	diff -r -x __pycache__ "$$tmp/_generated" $(GENERATED) || { \
	  echo "check-generated: $(GENERATED) differs from a fresh generation of $(SPEC)."; \
	  echo "Do not edit generated code; edit the spec or openapi/templates and run 'make generate'."; \
	  exit 1; }
	@echo "check-generated: $(GENERATED) matches $(SPEC)"

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
	$(BIN)/python -m pytest

test: install check-generated lint dist typecheck pytest

bench: install
	$(BIN)/python -m bench.run

property-full: $(STAMP)
	BIGCOMMERCE_PROPERTY_SAMPLE=1 $(BIN)/python -m pytest tests/client/test_client_arbitrary_input.py -q

soak: $(STAMP)
	BIGCOMMERCE_SOAK_SCALE=full $(BIN)/python -m pytest tests/reliability -m soak -q
