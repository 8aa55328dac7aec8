"""LlamaIndex: :class:`GongwenNodeParser`, a ``NodeParser`` whose nodes
follow the numbered sections of Chinese official documents.

    pip install "gongwen[llama-index]"

    >>> from llama_index.core import Document
    >>> from gongwen.llama_index import GongwenNodeParser
    >>> nodes = GongwenNodeParser().get_nodes_from_documents([Document(text=text)])
    >>> nodes[1].metadata["header_path"]
    '/一、总体要求/（一）提高认识/'

Like LlamaIndex's ``MarkdownNodeParser``, each ``TextNode`` has
``header_path`` in its metadata: the section labels joined by
``header_path_separator`` with one at each end (``"/"`` when the chunk is
outside every section). Also ``heading_path`` (the labels as a list),
``article`` and ``chunk_id``; ``start_char_idx`` and ``end_char_idx`` are
the chunk's character offsets in the document's text.
"""

from __future__ import annotations

from typing import Any, List, Sequence

from llama_index.core.bridge.pydantic import Field
from llama_index.core.node_parser.interface import NodeParser
from llama_index.core.schema import BaseNode, MetadataMode, NodeRelationship, TextNode
from llama_index.core.utils import get_tqdm_iterable

import gongwen

__all__ = ["GongwenNodeParser"]


class GongwenNodeParser(NodeParser):
    """Splits documents into section-following chunks (``gongwen.chunks``)."""

    max_chars: int = Field(default=gongwen.MAX_CHARS, description="Largest chunk, in characters.", gt=0)
    overlap_chars: int = Field(
        default=gongwen.OVERLAP_CHARS, description="Characters a split chunk repeats of the one before.", ge=0
    )
    min_chars: int = Field(
        default=gongwen.MIN_CHARS, description="Sections shorter than this merge with their neighbours.", ge=0
    )
    header_path_separator: str = Field(default="/", description="Separator of the header_path labels.")
    path_key: str = Field(
        default="file_path", description="Metadata key whose value names the document in chunk ids."
    )

    @classmethod
    def class_name(cls) -> str:
        return "GongwenNodeParser"

    def get_nodes_from_node(self, node: BaseNode) -> List[TextNode]:
        """The chunks of one node's text, as ``TextNode``s."""
        text = node.get_content(metadata_mode=MetadataMode.NONE)
        path = node.metadata.get(self.path_key)
        chunks = gongwen.chunks(
            text,
            max_chars=self.max_chars,
            overlap_chars=self.overlap_chars,
            min_chars=self.min_chars,
            path=None if path is None else str(path),
        )
        source = node.as_related_node_info()
        sep = self.header_path_separator
        out: List[TextNode] = []
        for i, c in enumerate(chunks):
            labels = c["heading_path"]
            out.append(
                TextNode(
                    id_=self.id_func(i, node),
                    text=c["text"],
                    start_char_idx=c["start"],
                    end_char_idx=c["end"],
                    excluded_embed_metadata_keys=node.excluded_embed_metadata_keys,
                    excluded_llm_metadata_keys=node.excluded_llm_metadata_keys,
                    metadata_seperator=node.metadata_separator,
                    metadata_template=node.metadata_template,
                    text_template=node.text_template,
                    relationships={NodeRelationship.SOURCE: source},
                    metadata={
                        "header_path": sep + sep.join(labels) + sep if labels else sep,
                        "heading_path": list(labels),
                        "article": c["article"],
                        "chunk_id": c["id"],
                    },
                )
            )
        return out

    def _parse_nodes(
        self, nodes: Sequence[BaseNode], show_progress: bool = False, **kwargs: Any
    ) -> List[BaseNode]:
        all_nodes: List[BaseNode] = []
        for node in get_tqdm_iterable(nodes, show_progress, "Parsing nodes"):
            all_nodes.extend(self.get_nodes_from_node(node))
        return all_nodes
