"""Shared fixtures: the public corpus and the `gongwen` command to compare with.

The corpus is ``../shared/corpus/public`` beside the repository (or
``$GONGWEN_CORPUS``), the command ``$GONGWEN_CLI`` (or ``target/release/gongwen``
of the repository, or ``gongwen`` on ``PATH``). Without them a test skips,
except under CI (``CI`` set), where it fails: CI never passes a test that did
not run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import List

import pytest

ROOT = Path(__file__).resolve().parents[3]
CI = bool(os.environ.get("CI"))

# Spark's Python workers run this interpreter (the one with gongwen installed),
# not whatever `python3` is first on PATH.
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)


def missing(what: str) -> None:
    if CI:
        pytest.fail(f"{what} is missing (CI is set, so this fails instead of skipping)")
    pytest.skip(f"{what} is missing")


def corpus_dir() -> Path:
    return Path(os.environ.get("GONGWEN_CORPUS", ROOT.parent / "shared" / "corpus" / "public"))


def corpus_files() -> List[Path]:
    d = corpus_dir()
    return sorted(d.glob("*.txt")) if d.is_dir() else []


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "corpus_file" in metafunc.fixturenames:
        files = corpus_files()
        if not files and CI:
            raise pytest.UsageError(f"no corpus at {corpus_dir()} (CI is set)")
        metafunc.parametrize("corpus_file", files, ids=[f.name for f in files])


@pytest.fixture(scope="session")
def corpus() -> Path:
    d = corpus_dir()
    if not d.is_dir():
        missing(f"the public corpus ({d})")
    return d


@pytest.fixture(scope="session")
def cli() -> str:
    env = os.environ.get("GONGWEN_CLI")
    candidates = [env] if env else [str(ROOT / "target" / "release" / "gongwen"), shutil.which("gongwen") or ""]
    for c in candidates:
        if c and Path(c).is_file():
            return c
    missing("the gongwen command (set GONGWEN_CLI)")
    raise AssertionError("unreachable")


def run(cli: str, *args: str, input: bytes | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Runs the command line; output as bytes."""
    p = subprocess.run([cli, *args], input=input, capture_output=True)
    if check and p.returncode != 0:
        raise AssertionError(f"{args}: exit {p.returncode}: {p.stderr.decode(errors='replace')}")
    return p


def cli_batch_chunks(cli: str, corpus: Path, out: Path) -> List[dict]:
    """`gongwen batch DIR --to chunks`, as records."""
    import json

    run(cli, "batch", str(corpus), "--to", "chunks", "-o", str(out))
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
