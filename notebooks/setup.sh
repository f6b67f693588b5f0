#!/usr/bin/env bash
# Installs what the notebooks need on Debian 12 and is safe to run again: Jupyter, JPype, pandas and
# matplotlib from Debian (installed as root when missing), and DuckDB's JDBC driver in .tools/ (git-ignored).
# An analyst with the duckdb Python package and Jupyter needs none of this (see lsquery.py).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
packages=(jupyter-nbconvert python3-nbconvert python3-ipykernel jupyter-client jupyter-core python3-jpype python3-pandas python3-matplotlib)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if (( ${#missing[@]} )); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "notebooks/setup.sh: missing Debian packages ${missing[*]}: run this script as root, or install them" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    # The package lists may be missing or stale on a fresh machine: update them once when the install fails.
    apt-get install -y --no-install-recommends "${missing[@]}" || { apt-get update && apt-get install -y --no-install-recommends "${missing[@]}"; }
fi

jar="$root/.tools/duckdb_jdbc-2.0.0.1.jar"
if [[ ! -f "$jar" ]]; then
    # -N: the goal runs once, not once per module of the reactor.
    (cd "$root" && mvn -B -ntp -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact=org.duckdb:duckdb_jdbc:2.0.0.1 -DoutputDirectory=.tools/)
fi
echo "notebooks/setup.sh: Jupyter, JPype and $jar are ready"
