#!/usr/bin/env python3
"""Chunk size statistics of `gongwen chunk` over a corpus (docs/export.md).

Usage: tools/chunk-stats.py GONGWEN DIR [CHUNK OPTIONS…]
  e.g. tools/chunk-stats.py target/release/gongwen ../shared/corpus/wide --min 0

Prints the documents (.txt and .docx in DIR), the chunks, the 10th, 50th and
90th percentile of their size in characters (nearest rank: the value at index
floor(p/100·n) of the sorted sizes), how many are under 100 characters, and
how many are a bare heading: one line equal to the last label of its heading
path, followed by a chunk deeper in that section.
"""
import glob
import json
import os
import re
import subprocess
import sys


def norm(s):
    return re.sub(r"[\s\u3000\u2002。：:；;，,]", "", s)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    gongwen, corpus, extra = argv[1], argv[2], argv[3:]
    files = sorted(glob.glob(os.path.join(corpus, "*.txt")) + glob.glob(os.path.join(corpus, "*.docx")))
    sizes, bare = [], 0
    for f in files:
        out = subprocess.run([gongwen, "chunk", f] + extra, capture_output=True, check=True).stdout
        recs = [json.loads(line) for line in out.decode().splitlines()]
        for i, r in enumerate(recs):
            sizes.append(r["chars"])
            hp = r["heading_path"]
            nxt = recs[i + 1]["heading_path"] if i + 1 < len(recs) else []
            if (hp and "\n" not in r["text"].strip() and norm(r["text"]) == norm(hp[-1])
                    and len(nxt) > len(hp) and nxt[:len(hp)] == hp):
                bare += 1
    sizes.sort()
    n = len(sizes)
    if n == 0:
        sys.exit("no chunks")
    pct = lambda p: sizes[min(n - 1, p * n // 100)]
    under = sum(1 for s in sizes if s < 100)
    print(f"{os.path.basename(os.path.normpath(corpus))}: documents {len(files)}, chunks {n}, "
          f"p10 {pct(10)}, p50 {pct(50)}, p90 {pct(90)}, under 100 characters {under} "
          f"({100 * under / n:.0f}%), bare headings {bare}")


if __name__ == "__main__":
    main(sys.argv)
