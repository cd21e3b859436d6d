#!/usr/bin/env bash
# Generates the package into $1: our templates plus the spec's facts (openapi/spec_facts.py) in a
# temporary template folder, then the pinned openapi-python-client with our config, then
# openapi/prune_generated.py drops the generated functions the SDK does not ship, and ruff tidies
# what is left. Called by `make generate` and `make check-generated` (and, in a copy of the
# project, by tests/generated/test_made_up_family.py), with the project's venv first on PATH.
set -euo pipefail
output=$1
root=$(cd "$(dirname "$0")/.." && pwd)
spec=$root/openapi/bigcommerce-metafields.yaml
templates=$(mktemp -d)
trap 'rm -rf "$templates"' EXIT
cp "$root"/openapi/templates/*.jinja "$templates"/
python "$root/openapi/spec_facts.py" "$spec" > "$templates/spec_facts.jinja"
openapi-python-client generate --path "$spec" --config "$root/generator-config.yaml" \
	--custom-template-path "$templates" --meta none --fail-on-warning --output-path "$output"
python "$root/openapi/prune_generated.py" "$output"
python "$root/openapi/decoders.py" "$spec" "$root/generator-config.yaml" "$output"
# The generator's post-hooks would run before the pruning, so ruff runs here instead (the config
# has none). --isolated and explicit rules: no local config or ruff default can change the
# output, which must be byte-identical on every machine (make check-generated). F401 removes the
# imports only the pruned functions used.
(cd "$output" &&
	ruff check . --isolated --no-cache --select=F,I,UP --target-version=py311 --fix-only --quiet &&
	ruff format . --isolated --no-cache --line-length=100 --target-version=py311 --quiet)
