"""LangChain: :class:`GongwenTextSplitter`, a ``TextSplitter`` whose chunks
follow the numbered sections of Chinese official documents.

    pip install "gongwen[langchain]"

    >>> from gongwen.langchain import GongwenTextSplitter
    >>> splitter = GongwenTextSplitter(max_chars=500)
    >>> docs = splitter.create_documents([text], metadatas=[{"source": "通知.txt"}])
    >>> docs[0].metadata["heading_path"]
    ['一、总体要求', '（一）提高认识']

Each document's ``metadata`` has ``heading_path`` (list of section labels,
outermost first), ``article`` (the article or annex title, or None),
``chunk_id`` (:func:`gongwen.chunk_id`: XXH64 of path, index and text) and
``start_index`` (the chunk's character offset in the text), beside the
metadata given.
"""

from __future__ import annotations

import copy
from typing import Any, Iterable, List, Optional

from langchain_core.documents import Document
from langchain_text_splitters import TextSplitter

import gongwen

__all__ = ["GongwenTextSplitter"]


class GongwenTextSplitter(TextSplitter):
    """Splits text into chunks that follow sections (``gongwen.chunks``).

    ``max_chars``, ``overlap_chars`` and ``min_chars`` are in characters (the
    command line's ``--max``, ``--overlap`` and ``--min``); ``chunk_size``
    and ``chunk_overlap``, LangChain's names, are accepted as their aliases.
    ``path_key`` names the metadata field whose value is the document's path
    in chunk ids (``"source"`` by default, as LangChain's loaders set it).
    """

    def __init__(
        self,
        max_chars: Optional[int] = None,
        overlap_chars: Optional[int] = None,
        min_chars: int = gongwen.MIN_CHARS,
        path_key: str = "source",
        **kwargs: Any,
    ) -> None:
        max_chars = max_chars or kwargs.pop("chunk_size", None) or gongwen.MAX_CHARS
        if overlap_chars is None:
            overlap_chars = kwargs.pop("chunk_overlap", gongwen.OVERLAP_CHARS)
        kwargs.pop("chunk_size", None)
        kwargs.pop("chunk_overlap", None)
        super().__init__(chunk_size=max_chars, chunk_overlap=min(overlap_chars, max_chars // 2), **kwargs)
        self.max_chars = max_chars
        self.overlap_chars = overlap_chars
        self.min_chars = min_chars
        self.path_key = path_key

    def _chunks(self, text: str, path: Optional[str] = None) -> List[dict]:
        return gongwen.chunks(
            text,
            max_chars=self.max_chars,
            overlap_chars=self.overlap_chars,
            min_chars=self.min_chars,
            path=path,
        )

    def split_text(self, text: str) -> List[str]:
        """The chunk texts of ``text``."""
        return [c["text"] for c in self._chunks(text)]

    def create_documents(
        self, texts: List[str], metadatas: Optional[List[dict]] = None
    ) -> List[Document]:
        """One ``Document`` per chunk of each text, with the chunk's heading
        path, article, id and start index in its metadata."""
        metadatas = metadatas or [{}] * len(texts)
        out: List[Document] = []
        for text, meta in zip(texts, metadatas):
            path = meta.get(self.path_key)
            for c in self._chunks(text, None if path is None else str(path)):
                m = copy.deepcopy(meta)
                m["heading_path"] = c["heading_path"]
                m["article"] = c["article"]
                m["chunk_id"] = c["id"]
                m["start_index"] = c["start"]
                out.append(Document(page_content=c["text"], metadata=m))
        return out

    def split_documents(self, documents: Iterable[Document]) -> List[Document]:
        """Splits LangChain documents, keeping their metadata."""
        documents = list(documents)
        return self.create_documents(
            [d.page_content for d in documents], [d.metadata for d in documents]
        )
