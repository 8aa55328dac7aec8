#!/usr/bin/env bash
# The Python package (bindings/python): lint the bindings crate, build the
# wheel, install it into a fresh virtual environment with its extras, and run
# its pytest suite against the command line (Spark and DuckDB included).
# Called by .ci/run; runs from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    timeout 600 apt-get update -qq
    DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  else
    echo "cannot install $* (no apt-get, or not root)" >&2
    return 1
  fi
}

# Spark needs a Java runtime (17 or later for PySpark 4).
if ! command -v java >/dev/null; then
  echo "== Java for Spark (default-jre-headless)"
  apt_install default-jre-headless
fi
python=${PYTHON:-python3}
if ! "$python" -m venv --help >/dev/null 2>&1; then
  echo "== python3-venv"
  apt_install python3-venv
fi

# The bindings crate is a workspace of its own (bindings/python/README.md);
# it builds in the workspace's target directory, so the dependencies both
# lockfiles pin at the same versions are compiled once.
export CARGO_TARGET_DIR="$PWD/target"

echo "== python: the bindings crate (fmt, clippy) and the parquet feature (clippy)"
(cd bindings/python && cargo fmt -- --check && cargo clippy --locked -- -D warnings)
cargo clippy --locked -p gongwen -p gongwen-cli --all-targets --features parquet -- -D warnings

echo "== python: the gongwen command the tests compare with (with --to parquet)"
cargo build --release --locked -p gongwen-cli --features parquet

venv=$(mktemp -d)/venv
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q "maturin>=1.7,<2"

echo "== python: build the wheel (abi3) and install it into a fresh virtual environment"
dist=$(mktemp -d)
(cd bindings/python && "$venv/bin/maturin" build --release --locked -o "$dist")
wheel=$(ls "$dist"/gongwen-*.whl)
echo "built $(basename "$wheel")"
"$venv/bin/python" -m pip install -q "$wheel[langchain,llama-index,spark,duckdb,test]"

echo "== python: pytest"
GONGWEN_CLI="$PWD/target/release/gongwen" \
  "$venv/bin/python" -m pytest -q -p no:cacheprovider bindings/python/tests
rm -rf "$dist" "$(dirname "$venv")"
