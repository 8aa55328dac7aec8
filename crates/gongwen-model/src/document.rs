//! The parsed document: source text, flat node tree, gaps and in-band markers.

use crate::{Marker, Node, NodeId, NodeKind, Span};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The encoding the source bytes were read as.
///
/// ```
/// assert_eq!(gongwen_model::Encoding::Gb18030.name(), "GB18030");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8 (the default for text given as `&str`).
    #[default]
    Utf8,
    /// UTF-16, little endian.
    Utf16Le,
    /// UTF-16, big endian.
    Utf16Be,
    /// GB18030 (a superset of GBK and GB2312).
    Gb18030,
}

impl GapKind {
    /// The gap kind's name in JSON, as serde writes it.
    ///
    /// ```
    /// assert_eq!(gongwen_model::GapKind::MarkerLine.name(), "marker_line");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            GapKind::Blank => "blank",
            GapKind::Indent => "indent",
            GapKind::MarkerLine => "marker_line",
        }
    }
}

impl Encoding {
    /// The encoding's name in JSON, as serde writes it.
    ///
    /// ```
    /// assert_eq!(gongwen_model::Encoding::Utf16Le.serde_name(), "utf16_le");
    /// ```
    pub const fn serde_name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf8",
            Encoding::Utf16Le => "utf16_le",
            Encoding::Utf16Be => "utf16_be",
            Encoding::Gb18030 => "gb18030",
        }
    }

    /// The WHATWG name of the encoding.
    ///
    /// ```
    /// assert_eq!(gongwen_model::Encoding::Utf8.name(), "UTF-8");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Gb18030 => "GB18030",
        }
    }
}

/// How the source bytes were decoded.
///
/// ```
/// let d = gongwen_model::Decoding::default();
/// assert!(!d.bom && d.replaced == 0);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Decoding {
    /// The encoding read.
    pub encoding: Encoding,
    /// True when a byte-order mark was present (it is not part of `source`).
    pub bom: bool,
    /// How many malformed sequences were replaced by U+FFFD (0 for clean input).
    pub replaced: usize,
    /// True when the input ended inside a character (an odd-length UTF-16
    /// file, a cut multi-byte sequence); the tail was replaced by U+FFFD.
    pub truncated: bool,
}

/// What a gap in the node spans is.
///
/// ```
/// assert_ne!(gongwen_model::GapKind::Blank, gongwen_model::GapKind::Indent);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GapKind {
    /// One or more blank lines (white space only), line breaks included.
    Blank,
    /// Leading indentation before a node's text.
    Indent,
    /// A line holding only in-band markers (`##paidend##`), line break included.
    MarkerLine,
}

/// Source bytes that belong to no node: blank lines, indentation, marker-only lines.
///
/// ```
/// use gongwen_model::{Gap, GapKind, Span};
/// let g = Gap { kind: GapKind::Blank, span: Span::new(0, 1, 1, 1) };
/// assert_eq!(g.span.len(), 1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Gap {
    /// What the gap is.
    pub kind: GapKind,
    /// Where it is.
    pub span: Span,
}

/// An in-band marker such as `##paidbegin##`, removed from the text it touched.
///
/// ```
/// use gongwen_model::{InBandMarker, Span};
/// let m = InBandMarker { name: "paidbegin".into(), span: Span::new(0, 13, 9, 1) };
/// assert_eq!(m.name, "paidbegin");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InBandMarker<'a> {
    /// The word between the `##` pairs.
    pub name: Cow<'a, str>,
    /// Where the whole marker (`##…##`) is.
    pub span: Span,
}

/// A parsed document.
///
/// Nodes are stored flat, in document order; the tree is encoded by each
/// node's `parent` and `end`, so every walk here is iterative. Every byte of
/// `source` lies in exactly one node span, gap, or in-band marker that stands
/// outside all node spans ([`Document::tiles`]).
///
/// ```
/// use gongwen_model::*;
/// let doc = Document {
///     source: "标题\n".into(),
///     decoding: Decoding::default(),
///     nodes: vec![Node { kind: NodeKind::Title { text: "标题".into() },
///         span: Span::new(0, 7, 1, 1), parent: None, depth: 1, end: NodeId(1) }],
///     gaps: vec![],
///     markers: vec![],
///     inline: vec![],
/// };
/// assert_eq!(doc.title(), Some("标题"));
/// assert_eq!(doc.roots().count(), 1);
/// ```
///
/// Its serde form (and `gongwen_export::json`'s) keeps each paragraph's
/// inline enumerations in the paragraph's object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document<'a> {
    /// The decoded source text every span points into.
    pub source: Cow<'a, str>,
    /// How the bytes were decoded.
    pub decoding: Decoding,
    /// All nodes in document order.
    pub nodes: Vec<Node<'a>>,
    /// Bytes outside every node: blank lines, indentation, marker-only lines.
    pub gaps: Vec<Gap>,
    /// In-band markers (`##paidbegin##`), in document order.
    pub markers: Vec<InBandMarker<'a>>,
    /// The inline enumerations of the paragraphs that have any, sorted by
    /// paragraph and naming only paragraph nodes: [`inline`](Self::inline)
    /// looks them up by binary search, so a list out of order loses
    /// markers. The parser and the JSON reader build it so.
    pub inline: Vec<InlineMarkers<'a>>,
}

/// The inline enumerations inside one paragraph (`…下功夫。一是…。二是…`).
///
/// ```
/// let run = gongwen_model::InlineMarkers { paragraph: gongwen_model::NodeId(0), markers: vec![] };
/// assert!(run.markers.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InlineMarkers<'a> {
    /// The paragraph's node.
    pub paragraph: NodeId,
    /// Its enumeration markers, in order.
    pub markers: Vec<Marker<'a>>,
}

impl<'a> Document<'a> {
    /// The node with this id.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// # let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
    /// assert!(doc.get(NodeId(0)).is_none());
    /// ```
    pub fn get(&self, id: NodeId) -> Option<&Node<'a>> {
        self.nodes.get(id.index())
    }

    /// The inline enumerations (`一是` `二是` …) inside the paragraph `id`;
    /// empty for any other node.
    ///
    /// ```
    /// let doc = gongwen_model::Document::default();
    /// assert!(doc.inline(gongwen_model::NodeId(0)).is_empty());
    /// ```
    pub fn inline(&self, id: NodeId) -> &[Marker<'a>] {
        self.inline
            .binary_search_by_key(&id, |r| r.paragraph)
            .map_or(&[], |k| &self.inline[k].markers)
    }

    /// The document title, if it has one.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// # let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
    /// assert_eq!(doc.title(), None);
    /// ```
    pub fn title(&self) -> Option<&str> {
        self.nodes.iter().find_map(|n| match &n.kind {
            NodeKind::Title { text } => Some(&**text),
            _ => None,
        })
    }

    /// True when the document is a compilation (it has articles).
    ///
    /// ```
    /// # use gongwen_model::*;
    /// # let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
    /// assert!(!doc.is_compilation());
    /// ```
    pub fn is_compilation(&self) -> bool {
        self.nodes
            .iter()
            .any(|n| matches!(n.kind, NodeKind::Article { .. }))
    }

    /// Ids of all nodes, in document order, with the nodes.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// # let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
    /// assert_eq!(doc.iter().count(), 0);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (NodeId, &Node<'a>)> + '_ {
        self.nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (NodeId(i as u32), n))
    }

    /// Top-level nodes, in order.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// # let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
    /// assert_eq!(doc.roots().count(), 0);
    /// ```
    pub fn roots(&self) -> Children<'_, 'a> {
        Children {
            doc: self,
            next: 0,
            end: self.nodes.len(),
        }
    }

    /// Direct children of `id`, in order.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// # let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
    /// assert_eq!(doc.children(NodeId(0)).count(), 0);
    /// ```
    pub fn children(&self, id: NodeId) -> Children<'_, 'a> {
        match self.get(id) {
            Some(n) => Children {
                doc: self,
                next: id.index() + 1,
                end: n.end.index().min(self.nodes.len()),
            },
            None => Children {
                doc: self,
                next: 0,
                end: 0,
            },
        }
    }

    /// The tree in document order as events: [`WalkEvent::Enter`] for each
    /// node, [`WalkEvent::Leave`] once its descendants are done. Without
    /// recursion, whatever the depth: the walk keeps one entry per open
    /// ancestor. Malformed `end` values (past the next sibling's parent)
    /// are clamped, so every node is entered and left once.
    ///
    /// ```
    /// use gongwen_model::WalkEvent::{Enter, Leave};
    /// use gongwen_model::*;
    /// // 一、 over （一）, then 二、
    /// let node = |parent: Option<u32>, depth: u32, end: u32| Node {
    ///     kind: NodeKind::Paragraph(Paragraph { text: "文".into() }),
    ///     span: Span::default(),
    ///     parent: parent.map(NodeId),
    ///     depth,
    ///     end: NodeId(end),
    /// };
    /// let doc = Document {
    ///     source: "".into(),
    ///     decoding: Decoding::default(),
    ///     nodes: vec![node(None, 1, 2), node(Some(0), 2, 2), node(None, 1, 3)],
    ///     gaps: vec![],
    ///     markers: vec![],
    ///     inline: vec![],
    /// };
    /// let events: Vec<_> = doc.walk().collect();
    /// assert_eq!(events, [
    ///     Enter(NodeId(0)), Enter(NodeId(1)), Leave(NodeId(1)), Leave(NodeId(0)),
    ///     Enter(NodeId(2)), Leave(NodeId(2)),
    /// ]);
    /// ```
    pub fn walk(&self) -> Walk<'_, 'a> {
        Walk {
            doc: self,
            next: 0,
            open: Vec::new(),
        }
    }

    /// Ancestors of `id`, nearest first.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// # let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
    /// assert_eq!(doc.ancestors(NodeId(0)).count(), 0);
    /// ```
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut cur = self.get(id).and_then(|n| n.parent);
        std::iter::from_fn(move || {
            let here = cur?;
            cur = self.get(here).and_then(|n| n.parent);
            Some(here)
        })
    }

    /// The byte extent of a node and all its descendants.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// # let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
    /// assert_eq!(doc.extent(NodeId(0)), None);
    /// ```
    pub fn extent(&self, id: NodeId) -> Option<Span> {
        let node = self.get(id)?;
        let last = node.end.index().checked_sub(1)?;
        let end = self
            .nodes
            .get(id.index()..=last.max(id.index()))?
            .iter()
            .map(|n| n.span.end)
            .max()
            .unwrap_or(node.span.end);
        Some(Span { end, ..node.span })
    }

    /// Every piece of the source in order: node spans, gaps, and in-band
    /// markers outside node spans. For a well-formed document these tile
    /// `0..source.len()` exactly (the lossless invariant).
    ///
    /// ```
    /// # use gongwen_model::*;
    /// # let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
    /// assert!(doc.tiles().is_empty());
    /// ```
    pub fn tiles(&self) -> Vec<Span> {
        let mut out: Vec<Span> = self.nodes.iter().map(|n| n.span).collect();
        out.extend(self.gaps.iter().map(|g| g.span));
        out.sort_by_key(|s| (s.start, s.end));
        out
    }

    /// Reassembles the source from [`tiles`](Self::tiles); returns `None`
    /// when the tiles overlap, leave a hole, or fall off the source.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// # let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
    /// assert_eq!(doc.reassemble().as_deref(), Some(""));
    /// ```
    pub fn reassemble(&self) -> Option<String> {
        let mut out = String::with_capacity(self.source.len());
        let mut at = 0;
        for t in self.tiles() {
            if t.start() != at {
                return None;
            }
            out.push_str(self.source.get(t.range())?);
            at = t.end();
        }
        (at == self.source.len()).then_some(out)
    }

    /// Converts borrowed text into owned text, detaching the document from its input.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
    /// let owned: Document<'static> = doc.into_owned();
    /// assert!(owned.nodes.is_empty());
    /// ```
    pub fn into_owned(self) -> Document<'static> {
        Document {
            inline: self
                .inline
                .into_iter()
                .map(|r| InlineMarkers {
                    paragraph: r.paragraph,
                    markers: r.markers.into_iter().map(Marker::into_owned).collect(),
                })
                .collect(),
            source: Cow::Owned(self.source.into_owned()),
            decoding: self.decoding,
            nodes: self.nodes.into_iter().map(Node::into_owned).collect(),
            gaps: self.gaps,
            markers: self
                .markers
                .into_iter()
                .map(|m| InBandMarker {
                    name: Cow::Owned(m.name.into_owned()),
                    span: m.span,
                })
                .collect(),
        }
    }
}

/// Iterator over the direct children of a node (see [`Document::children`]).
#[derive(Debug, Clone)]
pub struct Children<'d, 'a> {
    doc: &'d Document<'a>,
    next: usize,
    end: usize,
}

impl<'d, 'a> Iterator for Children<'d, 'a> {
    type Item = (NodeId, &'d Node<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.next >= self.end {
            return None;
        }
        let id = self.next;
        let node = self.doc.nodes.get(id)?;
        // Skip the whole subtree; guard against malformed `end` values.
        self.next = node.end.index().max(id + 1);
        Some((NodeId(id as u32), node))
    }
}

/// One step of [`Document::walk`].
///
/// ```
/// use gongwen_model::{NodeId, WalkEvent};
/// assert_ne!(WalkEvent::Enter(NodeId(0)), WalkEvent::Leave(NodeId(0)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WalkEvent {
    /// The walk reaches the node; its descendants follow.
    Enter(NodeId),
    /// The node's descendants are done.
    Leave(NodeId),
}

/// Iterator of [`WalkEvent`]s (see [`Document::walk`]).
#[derive(Debug, Clone)]
pub struct Walk<'d, 'a> {
    doc: &'d Document<'a>,
    next: usize,
    /// The open nodes: (one past the last descendant, id), innermost last.
    open: Vec<(usize, usize)>,
}

impl Iterator for Walk<'_, '_> {
    type Item = WalkEvent;

    fn next(&mut self) -> Option<WalkEvent> {
        let len = self.doc.nodes.len();
        if let Some(&(end, id)) = self.open.last() {
            if end <= self.next || self.next >= len {
                self.open.pop();
                return Some(WalkEvent::Leave(NodeId(id as u32)));
            }
        }
        let id = self.next;
        let node = self.doc.nodes.get(id)?;
        // A descendant ends within its parent's range, at least one past itself.
        let parent_end = self.open.last().map_or(len, |&(end, _)| end);
        let end = node.end.index().clamp(id + 1, parent_end.max(id + 1));
        self.open.push((end, id));
        self.next += 1;
        Some(WalkEvent::Enter(NodeId(id as u32)))
    }
}

/// The kind of an outline row (the `kind` column of `outline --tsv`).
///
/// ```
/// assert_eq!(gongwen_model::OutlineKind::Heading.as_str(), "heading");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OutlineKind {
    /// The document's own title.
    Title,
    /// One entry of a 目录.
    Toc,
    /// One piece of a compilation.
    Article,
    /// The line right under an article title.
    Byline,
    /// An annexed piece.
    Annex,
    /// A numbered heading or run-in item starting a line.
    Heading,
}

impl OutlineKind {
    /// The name used in the outline contract.
    ///
    /// ```
    /// assert_eq!(gongwen_model::OutlineKind::Toc.as_str(), "toc");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            OutlineKind::Title => "title",
            OutlineKind::Toc => "toc",
            OutlineKind::Article => "article",
            OutlineKind::Byline => "byline",
            OutlineKind::Annex => "annex",
            OutlineKind::Heading => "heading",
        }
    }
}

/// One row of the document outline: the structural elements a reader sees
/// in a table of contents, as the `outline --tsv` contract defines them.
///
/// ```
/// # use gongwen_model::*;
/// let doc = Document { source: "标题\n".into(), decoding: Decoding::default(),
///     nodes: vec![Node { kind: NodeKind::Title { text: "标题".into() },
///         span: Span::new(0, 7, 1, 1), parent: None, depth: 1, end: NodeId(1) }],
///     gaps: vec![], markers: vec![], inline: vec![] };
/// let rows: Vec<_> = doc.outline().collect();
/// assert_eq!(rows[0].kind, OutlineKind::Title);
/// assert_eq!(rows[0].depth, Some(0));
/// assert_eq!(rows[0].title, "标题");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutlineRow<'d> {
    /// The node the row stands for.
    pub id: NodeId,
    /// 1-based line where the element starts.
    pub line: u32,
    /// What the element is.
    pub kind: OutlineKind,
    /// 0 for the title, the tree depth for articles, annexes and headings,
    /// `None` for toc entries and bylines.
    pub depth: Option<u32>,
    /// The numbering marker as written (empty for title, toc, article, byline).
    pub marker: &'d str,
    /// The element's title.
    pub title: &'d str,
}

impl<'a> Document<'a> {
    /// The outline rows of the document, in document order.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// # let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
    /// assert_eq!(doc.outline().count(), 0);
    /// ```
    pub fn outline(&self) -> impl Iterator<Item = OutlineRow<'_>> + '_ {
        self.iter().filter_map(|(id, n)| {
            let (kind, depth, marker, title): (OutlineKind, Option<u32>, &str, &str) = match &n.kind
            {
                NodeKind::Title { text } => (OutlineKind::Title, Some(0), "", text),
                NodeKind::TocEntry { text } => (OutlineKind::Toc, None, "", text),
                NodeKind::Article { title, .. } => (OutlineKind::Article, Some(n.depth), "", title),
                NodeKind::Byline { text } => (OutlineKind::Byline, None, "", text),
                NodeKind::Annex(a) => (OutlineKind::Annex, Some(n.depth), &a.marker, &a.title),
                NodeKind::Heading(h) => (
                    OutlineKind::Heading,
                    Some(n.depth),
                    &h.marker.text,
                    &h.title,
                ),
                _ => return None,
            };
            Some(OutlineRow {
                id,
                line: n.span.line,
                kind,
                depth,
                marker,
                title,
            })
        })
    }
}
