"""Spark: chunk documents inside a Spark job, one ``mapInPandas`` task per
partition of Spark's ``binaryFile`` source.

    from pyspark.sql import SparkSession
    import gongwen.spark

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    files = (spark.read.format("binaryFile")
             .option("pathGlobFilter", "*.{txt,docx}")
             .option("recursiveFileLookup", "true")
             .load("公文库/"))
    chunks = files.select("path", "content").mapInPandas(
        gongwen.spark.chunk_frames(root="公文库/"), schema=gongwen.spark.chunk_schema())

The rows are the records of ``gongwen batch 公文库/ --to chunks`` (the same
columns, ``path`` relative to ``root``, ids included; ``start`` and ``end``
are byte offsets, as there). A file that cannot be read is skipped, as
``batch`` skips it; ``on_error="raise"`` fails the task instead.
"""

from __future__ import annotations

import json
import os
from typing import Any, Callable, Dict, Iterator, List, Optional

import gongwen

from . import _gongwen

__all__ = ["COLUMNS", "chunk_schema", "chunk_frames", "chunk_rows", "document_schema", "relative_path"]

#: The columns of a chunk record, in order (``chunk.spark.json``).
COLUMNS = [
    "path", "title", "id", "index", "article", "heading_path",
    "text", "start", "end", "overlap", "chars", "graphemes",
]


def chunk_schema_json() -> Dict[str, Any]:
    """The Spark schema of a chunk record (``crates/gongwen-export/schema/chunk.spark.json``)
    as Spark's JSON form, usable without Spark."""
    return json.loads(_gongwen.json_schema("chunk.spark"))


def chunk_schema() -> Any:
    """The Spark ``StructType`` of a chunk record (what ``gongwen batch --to
    parquet`` writes, and what ``spark.read.json`` infers from ``--to chunks``)."""
    from pyspark.sql.types import StructType

    return StructType.fromJson(chunk_schema_json())


def document_schema() -> Any:
    """The Spark ``StructType`` of a ``gongwen batch --to jsonl`` line
    (``path``, ``bytes``, ``document``; ``crates/gongwen-export/schema/document.spark.json``)."""
    from pyspark.sql.types import StructType

    return StructType.fromJson(json.loads(_gongwen.json_schema("document.spark")))


def relative_path(uri: str, root: Optional[str]) -> str:
    """A ``binaryFile`` path (``file:/abs/dir/a.txt``) relative to ``root``
    (``dir``), as ``gongwen batch`` writes it; the path without its scheme
    when ``root`` is None."""
    path = uri[len("file:"):] if uri.startswith("file:") else uri
    if path.startswith("///"):
        path = path[2:]
    if root is None:
        return path
    return os.path.relpath(path, os.path.abspath(root))


def chunk_rows(
    content: bytes,
    path: Optional[str],
    *,
    max_chars: int = gongwen.MAX_CHARS,
    overlap_chars: int = gongwen.OVERLAP_CHARS,
    min_chars: int = gongwen.MIN_CHARS,
) -> List[Dict[str, Any]]:
    """The chunk records of one file's bytes, as ``gongwen batch --to
    chunks`` writes them (byte offsets); ``path`` names the file (its
    extension tells a .docx) and goes into each record and id."""
    doc = gongwen.parse(content, path=path)
    return [
        json.loads(line)
        for line in doc._doc.chunks_jsonl(max_chars, overlap_chars, min_chars, path).splitlines()
    ]


def chunk_frames(
    root: Optional[str] = None,
    *,
    max_chars: int = gongwen.MAX_CHARS,
    overlap_chars: int = gongwen.OVERLAP_CHARS,
    min_chars: int = gongwen.MIN_CHARS,
    on_error: str = "skip",
) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """A ``mapInPandas`` function from ``binaryFile`` rows (``path``,
    ``content``) to chunk records (:func:`chunk_schema`)."""
    if on_error not in ("skip", "raise"):
        raise ValueError("on_error must be 'skip' or 'raise'")

    def run(frames: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        for frame in frames:
            rows: List[Dict[str, Any]] = []
            for uri, content in zip(frame["path"], frame["content"]):
                path = relative_path(uri, root)
                try:
                    rows.extend(
                        chunk_rows(
                            bytes(content), path,
                            max_chars=max_chars, overlap_chars=overlap_chars, min_chars=min_chars,
                        )
                    )
                except (gongwen.GongwenError, OSError):
                    if on_error == "raise":
                        raise
            yield pd.DataFrame(rows, columns=COLUMNS)

    return run
