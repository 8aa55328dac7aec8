"""DuckDB: a ``gongwen_chunks(content, path)`` function that chunks a
document's bytes inside a query.

    import duckdb, gongwen.duckdb
    con = duckdb.connect()
    gongwen.duckdb.register(con)
    con.sql('''
        SELECT c.*
        FROM (SELECT unnest(gongwen_chunks(content, parse_filename(filename))) AS c
              FROM read_blob('公文库/*.txt'))
    ''')

Each element of the returned list is a chunk record of ``gongwen batch
--to chunks`` (the same fields; ``start``/``end`` in bytes). ``path`` is
what the record's ``path`` and id use: give the path relative to the
directory to get ``batch``'s ids. A file that cannot be parsed gives an
empty list.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

import gongwen
from gongwen.spark import chunk_rows

__all__ = ["CHUNK_TYPE", "register"]

#: The DuckDB type of a chunk record, as SQL.
CHUNK_TYPE = (
    "STRUCT(path VARCHAR, title VARCHAR, id VARCHAR, \"index\" BIGINT, article VARCHAR, "
    "heading_path VARCHAR[], text VARCHAR, \"start\" BIGINT, \"end\" BIGINT, overlap BIGINT, "
    "chars BIGINT, graphemes BIGINT)"
)


def register(
    con: Any,
    name: str = "gongwen_chunks",
    *,
    max_chars: int = gongwen.MAX_CHARS,
    overlap_chars: int = gongwen.OVERLAP_CHARS,
    min_chars: int = gongwen.MIN_CHARS,
) -> None:
    """Adds ``NAME(content BLOB, path VARCHAR) -> CHUNK_TYPE[]`` to the
    connection ``con``."""
    import duckdb

    def chunks(content: Optional[bytes], path: Optional[str]) -> List[Dict[str, Any]]:
        if content is None:
            return []
        try:
            return chunk_rows(
                bytes(content), path,
                max_chars=max_chars, overlap_chars=overlap_chars, min_chars=min_chars,
            )
        except (gongwen.GongwenError, OSError):
            return []

    con.create_function(
        name,
        chunks,
        [duckdb.sqltype("BLOB"), duckdb.sqltype("VARCHAR")],
        duckdb.sqltype(CHUNK_TYPE + "[]"),
        null_handling="special",
    )
