#!/usr/bin/env bash
# Generates the package into $1: our templates plus the spec's facts (openapi/spec_facts.py) in a
# temporary template folder, then the pinned openapi-python-client with our config.
# Called by `make generate` and `make check-generated`, with the project's venv first on PATH.
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
