"""Spark and DuckDB give the chunks of `gongwen batch --to chunks`, ids included."""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from typing import Iterator, List

import pytest

import gongwen
import gongwen.spark
from conftest import CI, cli_batch_chunks, run


def need(module: str):
    if CI:
        return importlib.import_module(module)
    return pytest.importorskip(module)


def key(r: dict) -> tuple:
    return (r["path"], r["index"])


@pytest.fixture(scope="module")
def spark() -> Iterator:
    need("pyspark")
    from pyspark.sql import SparkSession

    s = (
        SparkSession.builder.master("local[2]")
        .appName("gongwen-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def cli_chunks(cli: str, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> List[dict]:
    out = tmp_path_factory.mktemp("batch") / "chunks.jsonl"
    records = cli_batch_chunks(cli, corpus, out)
    assert len(records) > 100
    return records


def test_spark_map_in_pandas_gives_the_cli_chunks(spark, corpus: Path, cli_chunks: List[dict]) -> None:
    files = spark.read.format("binaryFile").option("pathGlobFilter", "*.{txt,docx}").load(str(corpus))
    chunks = files.select("path", "content").mapInPandas(
        gongwen.spark.chunk_frames(root=str(corpus)), schema=gongwen.spark.chunk_schema()
    )
    rows = [r.asDict() for r in chunks.collect()]
    assert len(rows) == len(cli_chunks)
    assert sorted(rows, key=key) == sorted(cli_chunks, key=key)
    assert len({r["id"] for r in rows}) == len(rows)


def test_spark_xxhash64_recomputes_the_ids(spark, cli: str, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "chunks.jsonl"
    cli_batch_chunks(cli, corpus, out)
    df = spark.read.schema(gongwen.spark.chunk_schema()).json(str(out))
    recomputed = df.selectExpr(
        "id",
        "lower(lpad(hex(xxhash64(concat_ws('\\u001f', coalesce(path, ''), cast(`index` AS string), text))), 16, '0')) AS spark_id",
    ).collect()
    assert len(recomputed) > 100
    assert all(r["id"] == r["spark_id"] for r in recomputed)


def test_spark_infers_the_shipped_chunk_schema(spark, cli: str, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "chunks.jsonl"
    cli_batch_chunks(cli, corpus, out)
    inferred = spark.read.json(str(out)).schema
    shipped = gongwen.spark.chunk_schema()
    by_name = {f.name: f.dataType for f in inferred.fields}
    assert by_name == {f.name: f.dataType for f in shipped.fields}


def batch_docs(cli: str, d: Path, out: Path) -> Path:
    run(cli, "batch", str(d), "--to", "jsonl", "-o", str(out))
    return out


def test_spark_reads_one_marker_type_with_and_without_annexes(spark, cli: str, tmp_path: Path) -> None:
    # kind.marker is an object for headings and annexes alike, so Spark infers
    # one type whether or not any annex is in the data, and one query serves.
    plain = tmp_path / "plain"
    annexed = tmp_path / "annexed"
    plain.mkdir()
    annexed.mkdir()
    (plain / "a.txt").write_text("关于开展检查的通知\n一、检查范围\n全市各单位。\n", encoding="utf-8")
    (annexed / "b.txt").write_text(
        "关于印发方案的通知\n一、总体要求\n按方案执行。\n附件1：登记表\n姓名\n", encoding="utf-8"
    )
    query = """
        SELECT path, n.kind.type AS type, n.kind.marker.text AS marker, n.kind.title AS title
        FROM (SELECT path, explode(document.nodes) AS n FROM docs)
        WHERE n.kind.type IN ('heading', 'annex') ORDER BY path, n.span.start
    """
    types = []
    results = []
    for d in (plain, annexed):
        df = spark.read.json(str(batch_docs(cli, d, tmp_path / f"{d.name}.jsonl")))
        df.createOrReplaceTempView("docs")
        types.append(df.schema["document"].dataType["nodes"].dataType.elementType["kind"].dataType["marker"].dataType.typeName())
        results.append([tuple(r) for r in spark.sql(query).collect()])
    assert types == ["struct", "struct"]
    assert results[0] == [("a.txt", "heading", "一、", "检查范围")]
    assert results[1] == [("b.txt", "heading", "一、", "总体要求"), ("b.txt", "annex", "附件1：", "登记表")]


def test_duckdb_udf_gives_the_cli_chunks(corpus: Path, cli_chunks: List[dict]) -> None:
    duckdb = need("duckdb")
    import gongwen.duckdb

    con = duckdb.connect()
    gongwen.duckdb.register(con)
    rel = con.sql(
        f"""
        SELECT c.* FROM (
            SELECT unnest(gongwen_chunks(content, parse_filename(filename))) AS c
            FROM read_blob('{corpus}/*.txt'))
        """
    )
    rows = [dict(zip(rel.columns, r)) for r in rel.fetchall()]
    assert len(rows) == len(cli_chunks)
    assert sorted(rows, key=key) == sorted(cli_chunks, key=key)


def test_duckdb_reads_the_cli_chunks_with_one_query(cli: str, corpus: Path, tmp_path: Path) -> None:
    duckdb = need("duckdb")
    out = tmp_path / "docs.jsonl"
    batch_docs(cli, corpus, out)
    rows = duckdb.sql(
        f"""
        SELECT path, n.kind.marker.text AS marker, n.kind.title AS title, n.span.line AS line
        FROM (SELECT path, unnest(document.nodes) AS n
              FROM read_json('{out}', format = 'newline_delimited', maximum_object_size = 100000000))
        WHERE n.kind.type = 'heading' ORDER BY path, line
        """
    ).fetchall()
    assert rows[0] == ("001-zhengxie-training-compilation.txt", "一、", "工作开展情况", 16)


def test_parquet_has_the_cli_chunks_and_the_shipped_schema(spark, cli: str, corpus: Path, tmp_path: Path,
                                                           cli_chunks: List[dict]) -> None:
    out = tmp_path / "chunks.parquet"
    p = run(cli, "batch", str(corpus), "--to", "parquet", "-o", str(out), check=False)
    if p.returncode == 2 and b"parquet" in p.stderr and not CI:
        pytest.skip("this gongwen was built without the parquet feature")
    assert p.returncode == 0, p.stderr.decode()
    df = spark.read.parquet(str(out))
    shipped = gongwen.spark.chunk_schema()
    assert [(f.name, f.dataType) for f in df.schema.fields] == [(f.name, f.dataType) for f in shipped.fields]
    rows = [r.asDict() for r in df.collect()]
    # Written in file-name order, then chunk order: the JSON Lines' order.
    assert rows == cli_chunks

    pq = need("pyarrow.parquet")
    table = pq.read_table(str(out))
    assert table.num_rows == len(cli_chunks)
    assert table.column("heading_path").to_pylist() == [r["heading_path"] for r in cli_chunks]


def test_batch_output_is_in_file_name_order(cli: str, corpus: Path, tmp_path: Path) -> None:
    a = run(cli, "batch", str(corpus), "--to", "chunks", "-o", "-").stdout
    b = run(cli, "batch", str(corpus), "--to", "chunks", "-o", "-").stdout
    assert a == b
    records = [json.loads(l) for l in a.decode().splitlines()]
    assert [key(r) for r in records] == sorted(key(r) for r in records)


def contained(small, big, where: str = "") -> None:
    """Every field of the struct type `small` is in `big`, with the same type."""
    from pyspark.sql.types import ArrayType, StructType

    if isinstance(small, StructType):
        assert isinstance(big, StructType), where
        names = {f.name: f.dataType for f in big.fields}
        for f in small.fields:
            assert f.name in names, f"{where}.{f.name} is not in the shipped schema"
            contained(f.dataType, names[f.name], f"{where}.{f.name}")
    elif isinstance(small, ArrayType):
        assert isinstance(big, ArrayType), where
        contained(small.elementType, big.elementType, where + "[]")
    else:
        assert small == big, f"{where}: {small} != {big}"


def test_spark_document_schema_covers_what_spark_infers(spark, cli: str, corpus: Path, tmp_path: Path) -> None:
    out = batch_docs(cli, corpus, tmp_path / "docs.jsonl")
    shipped = gongwen.spark.document_schema()
    contained(spark.read.json(str(out)).schema, shipped)
    df = spark.read.schema(shipped).option("mode", "FAILFAST").json(str(out))
    df.createOrReplaceTempView("docs")
    kinds = {r[0] for r in spark.sql("SELECT explode(document.nodes.kind.type) FROM docs").collect()}
    assert {"title", "heading", "paragraph"} <= kinds
    first = spark.sql(
        "SELECT path, n.kind.marker.text, n.kind.title, n.span.line FROM "
        "(SELECT path, explode(document.nodes) AS n FROM docs) WHERE n.kind.type = 'heading' "
        "ORDER BY path, n.span.line LIMIT 1"
    ).collect()[0]
    assert tuple(first) == ("001-zhengxie-training-compilation.txt", "一、", "工作开展情况", 16)
