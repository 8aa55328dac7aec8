"""The LangChain splitter and the LlamaIndex node parser carry heading paths."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import gongwen
from conftest import CI

TEXT = (
    "关于加强安全生产工作的通知\n"
    "一、总体要求\n"
    "（一）提高认识。各单位要充分认识安全生产工作的重要性，切实把思想和行动统一到部署要求上来。\n"
    "（二）压实责任。严格落实主体责任，层层签订责任书，确保责任到岗到人。\n"
    "二、重点任务\n"
    "开展隐患排查整治，建立台账，限期整改，做到闭环管理。\n"
)


def need(module: str):
    if CI:
        return importlib.import_module(module)
    return pytest.importorskip(module)


def test_langchain_splitter() -> None:
    need("langchain_text_splitters")
    from langchain_core.documents import Document
    from langchain_text_splitters import TextSplitter

    from gongwen.langchain import GongwenTextSplitter

    splitter = GongwenTextSplitter(max_chars=500, min_chars=0)
    assert isinstance(splitter, TextSplitter)
    want = gongwen.chunks(TEXT, min_chars=0, path="通知.txt")
    assert splitter.split_text(TEXT) == [c["text"] for c in want]

    docs = splitter.create_documents([TEXT], metadatas=[{"source": "通知.txt"}])
    assert [d.page_content for d in docs] == [c["text"] for c in want]
    assert [d.metadata["heading_path"] for d in docs] == [
        ["一、总体要求", "（一）提高认识"],
        ["一、总体要求", "（二）压实责任"],
        ["二、重点任务"],
    ]
    for d, c in zip(docs, want):
        assert d.metadata["source"] == "通知.txt"
        assert d.metadata["chunk_id"] == c["id"]
        assert d.metadata["article"] is None
        assert TEXT[d.metadata["start_index"]:].startswith(d.page_content)

    split = splitter.split_documents([Document(page_content=TEXT, metadata={"source": "通知.txt", "k": 1})])
    assert [d.metadata["heading_path"] for d in split] == [d.metadata["heading_path"] for d in docs]
    assert all(d.metadata["k"] == 1 for d in split)
    # LangChain's own names for the sizes work too.
    assert GongwenTextSplitter(chunk_size=80, chunk_overlap=10).max_chars == 80


def test_llama_index_node_parser() -> None:
    need("llama_index.core")
    from llama_index.core import Document
    from llama_index.core.node_parser import NodeParser
    from llama_index.core.schema import TextNode

    from gongwen.llama_index import GongwenNodeParser

    parser = GongwenNodeParser(min_chars=0)
    assert isinstance(parser, NodeParser)
    nodes = parser.get_nodes_from_documents([Document(text=TEXT, metadata={"file_path": "通知.txt"})])
    assert all(isinstance(n, TextNode) for n in nodes)
    assert [n.metadata["header_path"] for n in nodes] == [
        "/一、总体要求/（一）提高认识/",
        "/一、总体要求/（二）压实责任/",
        "/二、重点任务/",
    ]
    want = gongwen.chunks(TEXT, min_chars=0, path="通知.txt")
    assert [n.metadata["chunk_id"] for n in nodes] == [c["id"] for c in want]
    for n in nodes:
        assert TEXT[n.start_char_idx:n.end_char_idx] == n.get_content()
        assert n.metadata["file_path"] == "通知.txt"


def test_adapters_on_a_corpus_document(corpus: Path) -> None:
    need("langchain_text_splitters")
    from gongwen.langchain import GongwenTextSplitter

    f = sorted(corpus.glob("*.txt"))[0]
    text = f.read_text(encoding="utf-8")
    docs = GongwenTextSplitter().create_documents([text])
    assert len(docs) == len(gongwen.chunks(text))
    assert sum(1 for d in docs if d.metadata["heading_path"]) > len(docs) // 2
