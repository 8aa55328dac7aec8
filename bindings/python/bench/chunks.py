"""Throughput of ``gongwen.chunks()`` from Python against the command line, on the same input.

    python bench/chunks.py GONGWEN_CLI CORPUS_DIR [--copies N] [--rounds R]

The corpus's .txt files are copied N times (default 30) into a temporary
directory. Timed, best of R rounds (default 3), each over the whole input:

* ``cli batch, 1 thread``: ``RAYON_NUM_THREADS=1 gongwen batch DIR --to chunks -o /dev/null``
  (reading, parsing, chunking, writing JSON Lines; process start included);
* ``cli batch, 2 threads``: the same with two threads;
* ``python chunks(), 1 thread``: ``gongwen.chunks(path)`` for every file, records as dicts;
* ``python chunks(), 2 threads``: the same over a pool of two threads (the GIL is released
  while Rust parses and chunks, so threads overlap);
* ``python parse only``: ``gongwen.parse(path)`` for every file.

It prints MB/s of input and chunks per second, and each Python figure as a ratio of the
one-thread command line. Not a test: figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, List

import gongwen


def best(rounds: int, f: Callable[[], int]) -> tuple:
    times = []
    n = 0
    for _ in range(rounds):
        t = time.perf_counter()
        n = f()
        times.append(time.perf_counter() - t)
    return min(times), n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cli")
    ap.add_argument("corpus")
    ap.add_argument("--copies", type=int, default=30)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    src = sorted(Path(args.corpus).glob("*.txt"))
    if not src:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="gongwen-bench-"))
    try:
        files: List[Path] = []
        for i in range(args.copies):
            for f in src:
                dst = tmp / f"{i:03d}-{f.name}"
                shutil.copyfile(f, dst)
                files.append(dst)
        mb = sum(f.stat().st_size for f in files) / 1e6
        print(f"input: {len(files)} files, {mb:.1f} MB ({len(src)} corpus files x {args.copies}); best of {args.rounds}")

        def cli(threads: int) -> Callable[[], int]:
            def run() -> int:
                env = dict(os.environ, RAYON_NUM_THREADS=str(threads))
                out = tmp.parent / (tmp.name + ".jsonl")
                subprocess.run([args.cli, "batch", str(tmp), "--to", "chunks", "-o", str(out)],
                               check=True, env=env, capture_output=True)
                with open(out, "rb") as fh:
                    n = sum(1 for _ in fh)
                out.unlink()
                return n
            return run

        def py_one() -> int:
            return sum(len(gongwen.chunks(f)) for f in files)

        def py_two() -> int:
            with ThreadPoolExecutor(2) as pool:
                return sum(len(c) for c in pool.map(gongwen.chunks, files))

        def py_parse() -> int:
            for f in files:
                gongwen.parse(f)
            return 0

        rows = [
            ("cli batch, 1 thread", cli(1)),
            ("cli batch, 2 threads", cli(2)),
            ("python chunks(), 1 thread", py_one),
            ("python chunks(), 2 threads", py_two),
            ("python parse only, 1 thread", py_parse),
        ]
        base = None
        print(f"{'':30} {'s':>7} {'MB/s':>7} {'chunks/s':>9} {'x cli 1 thread':>15}")
        for name, f in rows:
            t, n = best(args.rounds, f)
            rate = mb / t
            base = base or rate
            per = f"{n / t:9.0f}" if n else f"{'-':>9}"
            print(f"{name:30} {t:7.2f} {rate:7.1f} {per} {rate / base:15.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
