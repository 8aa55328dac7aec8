"""The package against the command line, on the public corpus and on edge cases."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

import gongwen
from conftest import run

SAMPLE = gongwen.sample()


def test_outline_rows_equal_cli_tsv(cli: str, corpus_file: Path) -> None:
    want = run(cli, "outline", "--tsv", str(corpus_file)).stdout.decode("utf-8").splitlines()
    got = [row.tsv() for row in gongwen.parse(corpus_file).outline()]
    assert got == want
    assert len(got) > 3


def test_chunk_text_is_the_source_sliced_by_character_offsets(corpus_file: Path) -> None:
    doc = gongwen.parse(corpus_file)
    for options in ({}, {"max_chars": 120, "overlap_chars": 30, "min_chars": 0}):
        chunks = doc.chunks(**options)
        assert chunks
        source_bytes = doc.source.encode("utf-8")
        for c in chunks:
            assert doc.source[c["start"]:c["end"]] == c["text"]
            assert len(c["text"]) == c["chars"] == c["end"] - c["start"]
            assert source_bytes[c["byte_start"]:c["byte_end"]].decode("utf-8") == c["text"]
        # The same through the module function, on bytes in another encoding.
        utf16 = gongwen.chunks(corpus_file.read_bytes().decode("utf-8").encode("utf-16"), **options)
        assert [(c["start"], c["end"], c["text"]) for c in utf16] == [
            (c["start"], c["end"], c["text"]) for c in chunks
        ]


def test_char_offsets_beyond_the_basic_plane() -> None:
    # Characters of four UTF-8 bytes (CJK extension B, emoji) before a chunk.
    text = "关于𠀀𠀁的通知😀\n一、总体要求\n全体干部要认真学习𠀂。\n二、工作安排\n按计划推进。\n"
    doc = gongwen.parse(text)
    chunks = doc.chunks(min_chars=0)
    assert len(chunks) == 2
    for c in chunks:
        assert text[c["start"]:c["end"]] == c["text"]
    assert chunks[1]["text"] == "二、工作安排\n按计划推进。"
    for n in doc.nodes:
        s = n["span"]
        assert text[s["char_start"]:s["char_end"]].encode() == text.encode()[s["start"]:s["end"]]


def test_chunks_equal_cli_records(cli: str, corpus_file: Path) -> None:
    want = [json.loads(l) for l in run(cli, "chunk", str(corpus_file)).stdout.decode().splitlines()]
    got = gongwen.chunks(corpus_file)
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert (g["id"], g["index"], g["path"], g["title"], g["article"], g["heading_path"], g["text"]) == (
            w["id"], w["index"], w["path"], w["title"], w["article"], w["heading_path"], w["text"])
        assert (g["byte_start"], g["byte_end"], g["overlap"], g["chars"], g["graphemes"]) == (
            w["start"], w["end"], w["overlap"], w["chars"], w["graphemes"])
    # And the JSON Lines are the command's, byte for byte.
    doc = gongwen.parse(corpus_file)
    assert doc._doc.chunks_jsonl() == run(cli, "chunk", str(corpus_file)).stdout.decode()


def test_chunk_ids_are_xxh64_of_path_index_and_text(corpus_file: Path) -> None:
    xxhash = pytest.importorskip("xxhash")
    for path in (None, "公文库/a.txt"):
        for c in gongwen.chunks(corpus_file, path=path) if path else gongwen.chunks(corpus_file.read_bytes()):
            data = f"{c['path'] or ''}\x1f{c['index']}\x1f{c['text']}".encode("utf-8")
            assert c["id"] == xxhash.xxh64(data, seed=42).hexdigest()
            assert c["id"] == gongwen.chunk_id(c["path"], c["index"], c["text"])


def test_ids_differ_by_path_and_index() -> None:
    a = gongwen.chunks(SAMPLE, path="a.txt")
    b = gongwen.chunks(SAMPLE, path="b.txt")
    assert [c["text"] for c in a] == [c["text"] for c in b]
    assert not {c["id"] for c in a} & {c["id"] for c in b}
    assert len({c["id"] for c in a}) == len(a)


def test_parse_model(corpus_file: Path) -> None:
    doc = gongwen.parse(corpus_file)
    titles = [r.title for r in doc.outline() if r.kind == "title"]
    assert doc.title == (titles[0] if titles else None)
    assert doc.path == str(corpus_file)
    assert doc.reassembles()
    nodes = doc.nodes
    assert nodes and all(n["depth"] >= 1 for n in nodes)
    assert list(doc.walk()) == nodes
    model = json.loads(doc.to_json())
    assert model["source"] == doc.source
    assert len(model["nodes"]) == len(nodes)
    assert doc.decoding["encoding"] == "utf8"
    headings = [n for n in nodes if n["kind"]["type"] == "heading"]
    rows = [r for r in doc.outline() if r.kind == "heading"]
    assert [h["kind"]["marker"]["text"] for h in headings] == [r.marker for r in rows]


def test_annex_marker_is_an_object_like_a_heading_marker() -> None:
    doc = gongwen.parse("关于印发方案的通知\n一、总体要求\n按方案执行。\n附件1：登记表\n姓名\n")
    annex = [n for n in doc.nodes if n["kind"]["type"] == "annex"]
    assert annex and annex[0]["kind"]["marker"] == {"text": "附件1："}
    heading = [n for n in doc.nodes if n["kind"]["type"] == "heading"][0]
    assert isinstance(heading["kind"]["marker"], dict) and heading["kind"]["marker"]["text"] == "一、"


def test_check_equals_cli_json(cli: str, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("一、总体要求\n(二)强化排查\n（四）落实整改\n", encoding="utf-8")
    want = [json.loads(l) for l in run(cli, "check", "--format", "json", str(f), check=False).stdout.decode().splitlines()]
    got = gongwen.check(f)
    assert got == want
    assert {d["code"] for d in got} >= {"numbering-gap"}
    assert gongwen.check(f.read_text(encoding="utf-8"))[0]["message"] == want[0]["message"]


def test_fmt_equals_cli(cli: str, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("一、总体要求\n（一）压实责任\n(二)强化排查\n（四）落实整改\n", encoding="utf-8")
    assert gongwen.fmt(f) == run(cli, "fmt", str(f)).stdout.decode()
    assert gongwen.fmt(f) == "一、总体要求\n（一）压实责任\n（二）强化排查\n（三）落实整改\n"
    assert gongwen.fmt(f, standard=True) == run(cli, "fmt", "--standard", str(f)).stdout.decode()


@pytest.mark.parametrize("to", ["json", "markdown", "html", "outline", "tsv", "text", "chunks"])
def test_convert_equals_cli(cli: str, corpus: Path, to: str) -> None:
    f = sorted(corpus.glob("*.txt"))[0]
    assert gongwen.convert(f, to=to) == run(cli, "convert", "--to", to, str(f)).stdout.decode()


def test_convert_docx_reads_back(tmp_path: Path) -> None:
    docx = gongwen.convert(SAMPLE, to="docx")
    assert isinstance(docx, bytes) and docx.startswith(b"PK")
    back = gongwen.parse(docx)
    assert [(r.kind, r.marker, r.title) for r in back.outline() if r.kind == "heading"] == [
        (r.kind, r.marker, r.title) for r in gongwen.parse(SAMPLE).outline() if r.kind == "heading"
    ]
    f = tmp_path / "s.docx"
    f.write_bytes(docx)
    assert gongwen.parse(f).title == gongwen.parse(SAMPLE).title
    with pytest.raises(ValueError, match="unknown"):
        gongwen.convert(SAMPLE, to="pdf")


def cli_error(cli: str, args: list, data: bytes | None = None) -> str:
    p = run(cli, *args, input=data, check=False)
    assert p.returncode == 2
    message = p.stderr.decode().strip()
    assert message.startswith("gongwen: ")
    return message[len("gongwen: "):]


def test_errors_carry_the_cli_messages(cli: str, tmp_path: Path) -> None:
    missing_file = tmp_path / "无此文件.txt"
    with pytest.raises(FileNotFoundError) as e:
        gongwen.parse(missing_file)
    assert str(e.value) == cli_error(cli, ["outline", str(missing_file)])

    with pytest.raises(IsADirectoryError) as e:
        gongwen.parse(tmp_path)
    assert str(e.value) == cli_error(cli, ["outline", str(tmp_path)])

    pdf = b"%PDF-1.7\n..."
    with pytest.raises(gongwen.UnsupportedFormatError) as e:
        gongwen.parse(pdf, path="-")
    assert str(e.value) == cli_error(cli, ["outline", "-"], pdf)
    assert "save it as .docx or .txt" in str(e.value)

    doc_file = tmp_path / "通知.doc"
    doc_file.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    with pytest.raises(gongwen.UnsupportedFormatError) as e:
        gongwen.parse(doc_file)
    assert str(e.value) == cli_error(cli, ["outline", str(doc_file)])

    bad = b"\x89PNG\x00\x00\x00\x0d"
    with pytest.raises(gongwen.DecodeError) as e:
        gongwen.parse(bad)
    assert str(e.value) == cli_error(cli, ["outline", "-"], bad)
    assert isinstance(e.value, gongwen.GongwenError) and isinstance(e.value, ValueError)

    broken = tmp_path / "坏.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(gongwen.DocxError) as e:
        gongwen.parse(broken)
    assert str(e.value) == cli_error(cli, ["outline", str(broken)])

    with pytest.raises(TypeError):
        gongwen.parse(42)  # type: ignore[arg-type]


def test_threads_share_the_work() -> None:
    # The GIL is released during parsing and chunking: threads give the same
    # results as one (what they cost is for the bench, not a test).
    texts = [SAMPLE * k for k in range(1, 9)]
    want = [gongwen.chunks(t) for t in texts]
    got: list = [None] * len(texts)

    def work(i: int) -> None:
        got[i] = gongwen.chunks(texts[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == want


def test_stubs_and_marker_are_shipped() -> None:
    package = Path(gongwen.__file__).parent
    assert (package / "py.typed").is_file()
    assert (package / "_gongwen.pyi").is_file()


def test_module_docstring_examples_run() -> None:
    import doctest

    result = doctest.testmod(gongwen)
    assert result.attempted >= 4 and result.failed == 0


def test_paragraph_nodes_carry_their_inline_markers() -> None:
    doc = gongwen.parse("一、工作思路\n要在三个方面下功夫。一是在思路上求创新。二是在方法上求突破。\n")
    paragraphs = [n for n in doc.nodes if n["kind"]["type"] == "paragraph"]
    assert [m["text"] for m in paragraphs[0]["kind"]["inline"]] == ["一是", "二是"]
