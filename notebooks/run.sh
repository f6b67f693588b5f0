#!/usr/bin/env bash
# Executes every notebook headless against the output root OUTPUT (LANDAU_OUTPUT for the notebooks) and
# fails when a cell fails. The executed copies go to a temporary folder: the notebooks stay without outputs.
# Usage: notebooks/run.sh OUTPUT      (after notebooks/setup.sh)
set -euo pipefail
output="$(cd "${1:?usage: notebooks/run.sh OUTPUT}" && pwd)"
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jupyter=/usr/bin/jupyter
[[ -x "$jupyter" ]] || jupyter=jupyter
executed="$(mktemp -d)"
trap 'rm -rf "$executed"' EXIT
for notebook in "$dir"/*.ipynb; do
    started=$SECONDS
    LANDAU_OUTPUT="$output" PYDEVD_DISABLE_FILE_VALIDATION=1 "$jupyter" nbconvert --to notebook --execute "$notebook" \
        --output-dir "$executed" --ExecutePreprocessor.kernel_name=python3 --ExecutePreprocessor.timeout=600 --log-level=WARN
    echo "notebook $(basename "$notebook"): every cell ran ($((SECONDS - started)) s)"
done
