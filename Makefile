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

.PHONY: help install demo generate check-generated lint dist typecheck test pytest soak bench property-full \
	matrix-full

help:
	@echo "make demo             set everything up and run the demo against the embedded fake"
	@echo "make test             install if needed, then check-generated, lint, typecheck, pytest"
	@echo "make generate         regenerate $(GENERATED) from $(SPEC)"
	@echo "make check-generated  fail if $(GENERATED) differs from a fresh generation"
	@echo "make dist             build the sdist and wheel into dist/, twine check them and their contents"
	@echo "make property-full    the arbitrary-input property test on every family's operations"
	@echo "make matrix-full      the fault matrix on every family (make test: cart, product, a sample)"
	@echo "make soak             the concurrency soak at full scale (10x the CI size, every family)"
	@echo "make bench            the SDK side by side with raw httpx (figures in bench/results.json)"

install: $(STAMP)

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

pytest: $(STAMP)
	$(BIN)/python -m pytest

test: $(STAMP) check-generated lint dist typecheck pytest

bench: $(STAMP)
	$(BIN)/python -m bench.run

property-full: $(STAMP)
	BIGCOMMERCE_PROPERTY_SAMPLE=1 $(BIN)/python -m pytest tests/client/test_client_arbitrary_input.py -q

matrix-full: $(STAMP)
	BIGCOMMERCE_MATRIX_SAMPLE=1 $(BIN)/python -m pytest tests/reliability/test_rel_fault_matrix.py -q

soak: $(STAMP)
	BIGCOMMERCE_SOAK_SCALE=full $(BIN)/python -m pytest tests/reliability -m soak -q
