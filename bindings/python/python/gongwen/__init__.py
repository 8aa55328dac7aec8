"""gongwen: parse Chinese official documents (公文) into typed structure.

Outline, check, format, convert and chunk notices, speeches, reports and
regulations, from ``.txt`` (UTF-8, UTF-16 with BOM, GB18030) or ``.docx``.
The work is done in Rust with the GIL released.

    >>> import gongwen
    >>> doc = gongwen.parse("关于开展检查的通知\\n一、检查范围\\n全市各单位。\\n")
    >>> doc.title
    '关于开展检查的通知'
    >>> [(r.marker, r.title) for r in doc.outline() if r.kind == "heading"]
    [('一、', '检查范围')]

Every function takes ``data`` as a ``str`` (text), ``bytes`` (text in any
supported encoding, or a .docx) or an ``os.PathLike`` (a file to read; a
plain ``str`` is always text, never a path). Offsets are in characters:
``text[chunk["start"]:chunk["end"]] == chunk["text"]`` for the decoded text.
"""

from __future__ import annotations

import json
import os
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Union

from . import _gongwen
from ._gongwen import (
    DecodeError,
    DocxError,
    GongwenError,
    UnsupportedFormatError,
    chunk_id,
)

__version__: str = _gongwen.__version__

__all__ = [
    "Document",
    "OutlineRow",
    "parse",
    "chunks",
    "check",
    "fmt",
    "convert",
    "chunk_id",
    "sample",
    "schema",
    "GongwenError",
    "DecodeError",
    "DocxError",
    "UnsupportedFormatError",
]

Data = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]"]

#: Default chunk sizes, in characters (the command line's defaults).
MAX_CHARS = 500
OVERLAP_CHARS = 50
MIN_CHARS = 100


class OutlineRow(NamedTuple):
    """One row of the outline contract (``gongwen outline --tsv``)."""

    line: int
    """1-based line where the element starts (paragraph for a .docx)."""
    kind: str
    """``title``, ``toc_entry``, ``article``, ``byline``, ``annex`` or ``heading``."""
    depth: Optional[int]
    """0 for the title, the tree depth otherwise; None for toc entries and bylines."""
    marker: str
    """The numbering marker as written (``一、``), empty when none."""
    title: str
    """The element's title."""

    def tsv(self) -> str:
        """The row as ``gongwen outline --tsv`` prints it (no newline)."""
        depth = "-" if self.depth is None else str(self.depth)
        clean = lambda s: s.replace("\t", " ").replace("\n", " ").replace("\r", " ")  # noqa: E731
        return f"{self.line}\t{self.kind}\t{depth}\t{clean(self.marker)}\t{clean(self.title)}"


class Document:
    """A parsed document. Make one with :func:`parse`."""

    __slots__ = ("_doc", "_nodes")

    def __init__(self, native: "_gongwen.Document") -> None:
        self._doc = native
        self._nodes: Optional[List[Dict[str, Any]]] = None

    @property
    def title(self) -> Optional[str]:
        """The document's title, or None when it has none."""
        return self._doc.title

    @property
    def source(self) -> str:
        """The decoded text every offset points into."""
        return self._doc.source

    @property
    def path(self) -> Optional[str]:
        """The path the document was read from (or given as ``path=``), or None."""
        return self._doc.path

    @property
    def decoding(self) -> Dict[str, Any]:
        """How the input was decoded: ``encoding``, ``bom``, ``replaced``, ``truncated``."""
        return json.loads(self._doc.decoding)

    def outline(self) -> List[OutlineRow]:
        """The outline rows, in document order."""
        return [OutlineRow(*row) for row in self._doc.outline()]

    @property
    def nodes(self) -> List[Dict[str, Any]]:
        """Every node, flat, in document order, in the model's JSON form
        (``docs/batch.md``): ``kind`` (with ``type``), ``span``, ``parent``,
        ``depth``, ``end``. Spans are byte offsets into the UTF-8 source, with
        ``char_start`` and ``char_end`` added (indices into :attr:`source`)."""
        if self._nodes is None:
            self._nodes = json.loads(self._doc.nodes_json())
        return self._nodes

    def walk(self) -> Iterator[Dict[str, Any]]:
        """The nodes in document order (a parent before its children);
        ``node["depth"]`` is 1 at the top and ``node["parent"]`` the index of
        the enclosing node."""
        return iter(self.nodes)

    def to_json(self, pretty: bool = False) -> str:
        """The whole model as JSON (what ``gongwen convert --to json`` writes
        when ``pretty``); its schema is :func:`schema` ``("document")``."""
        return self._doc.to_json(pretty)

    def chunks(
        self,
        *,
        max_chars: int = MAX_CHARS,
        overlap_chars: int = OVERLAP_CHARS,
        min_chars: int = MIN_CHARS,
        path: Optional[str] = None,
    ) -> List[Dict[str, Any]]:
        """RAG chunks that follow the sections; see :func:`chunks`."""
        return self._doc.chunks(max_chars, overlap_chars, min_chars, path)

    def check(self) -> List[Dict[str, Any]]:
        """Numbering findings; see :func:`check`."""
        return [json.loads(line) for line in self._doc.check_jsonl().splitlines()]

    def fmt(self, *, standard: bool = False) -> str:
        """The text with the numbering faults ``gongwen fmt`` fixes fixed."""
        return self._doc.fmt(standard)

    def convert(self, to: str) -> Union[str, bytes]:
        """The document in an export format; see :func:`convert`."""
        return self._doc.convert(to)

    def reassembles(self) -> bool:
        """True when nodes and gaps account for every character of the source."""
        return self._doc.reassembles()

    def __repr__(self) -> str:
        return repr(self._doc)


def _native(data: Data, path: Optional[str]) -> "_gongwen.Document":
    if isinstance(data, str):
        return _gongwen.Document.from_text(data, path)
    if isinstance(data, (bytes, bytearray, memoryview)):
        return _gongwen.Document.from_bytes(bytes(data), path)
    if isinstance(data, os.PathLike):
        file = os.fspath(data)
        if isinstance(file, bytes):
            file = os.fsdecode(file)
        return _gongwen.Document.from_path(file, path)
    raise TypeError(
        f"data must be str (text), bytes or os.PathLike (a file), not {type(data).__name__}"
    )


def parse(data: Data, *, path: Optional[str] = None) -> Document:
    """Parses a document.

    ``data`` is text (``str``), bytes of text in any supported encoding or of
    a .docx (recognised by its zip signature, or by ``path``'s extension), or
    an ``os.PathLike`` naming a file to read. ``path`` names the document in
    chunk records and check findings (and is part of chunk ids); for a file it
    defaults to the path as given.

    Raises :class:`DecodeError` (undecodable bytes, naming the offset),
    :class:`UnsupportedFormatError` (.doc, .pdf, .odt, .rtf),
    :class:`DocxError`, or ``OSError`` (``FileNotFoundError``, …) for a file
    that cannot be read, with the command line's messages.
    """
    return Document(_native(data, path))


def chunks(
    data: Data,
    *,
    max_chars: int = MAX_CHARS,
    overlap_chars: int = OVERLAP_CHARS,
    min_chars: int = MIN_CHARS,
    path: Optional[str] = None,
) -> List[Dict[str, Any]]:
    """RAG chunks that follow the sections, as ``gongwen chunk`` cuts them.

    Each chunk is a dict: ``id`` (16 hex digits, :func:`chunk_id`),
    ``index``, ``path``, ``title``, ``article``, ``heading_path`` (labels of
    the enclosing sections, outermost first), ``text``, ``start`` and
    ``end`` (**character** offsets into the decoded text, so
    ``source[start:end] == text``), ``byte_start`` and ``byte_end`` (UTF-8
    offsets, the command line's ``start``/``end``), ``overlap``, ``chars``,
    ``graphemes``. Sizes are in characters.
    """
    return parse(data, path=path).chunks(
        max_chars=max_chars, overlap_chars=overlap_chars, min_chars=min_chars
    )


def check(data: Data, *, path: Optional[str] = None) -> List[Dict[str, Any]]:
    """Numbering findings, one dict each, as ``gongwen check --format json``
    prints them: ``code``, ``severity``, ``line``, ``column``, ``message``, …"""
    return parse(data, path=path).check()


def fmt(data: Data, *, standard: bool = False) -> str:
    """The decoded text with the numbering faults ``gongwen fmt`` fixes fixed
    (``standard``: also GB/T 9704 forms, ``fmt --standard``)."""
    return parse(data).fmt(standard=standard)


def convert(data: Data, to: str = "json", *, path: Optional[str] = None) -> Union[str, bytes]:
    """The document as ``gongwen convert --to TO`` writes it: ``json``,
    ``markdown`` (``md``), ``html``, ``chunks`` (JSON Lines), ``outline``,
    ``tsv`` and ``text`` as ``str``; ``docx`` as ``bytes``."""
    return parse(data, path=path).convert(to)


def sample() -> str:
    """The built-in sample document (``gongwen sample``)."""
    return _gongwen.sample()


def schema(which: str = "chunk") -> Dict[str, Any]:
    """The JSON Schema of a chunk record (``"chunk"``) or of the document
    model (``"document"``)."""
    return json.loads(_gongwen.json_schema(which))
