//! The nodes of the document tree.

use crate::{Marker, Span};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Index of a node in [`Document::nodes`](crate::Document::nodes).
///
/// ```
/// let id = gongwen_model::NodeId(3);
/// assert_eq!(id.index(), 3);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NodeId(pub u32);

impl NodeId {
    /// The index as `usize`.
    ///
    /// ```
    /// assert_eq!(gongwen_model::NodeId(7).index(), 7usize);
    /// ```
    pub const fn index(self) -> usize {
        self.0 as usize
    }
}

/// One element of the document, stored flat in document order.
///
/// The tree is encoded by `parent` and `end` (one past the index of the last
/// descendant), so it can be walked without recursion whatever its depth.
///
/// ```
/// use gongwen_model::{Node, NodeId, NodeKind, Paragraph, Span};
/// let node = Node {
///     kind: NodeKind::Paragraph(Paragraph { text: "正文。".into() }),
///     span: Span::new(0, 9, 1, 1),
///     parent: None,
///     depth: 1,
///     end: NodeId(1),
/// };
/// assert!(node.as_paragraph().is_some());
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Node<'a> {
    /// What the node is.
    pub kind: NodeKind<'a>,
    /// The node's own source text (its line or lines, without leading
    /// indentation, with the trailing line break). Children are not inside it:
    /// see [`Document::extent`](crate::Document::extent) for a whole section.
    pub span: Span,
    /// The enclosing node, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<NodeId>,
    /// 1 + the number of ancestors (a top-level node has depth 1).
    pub depth: u32,
    /// One past the index of this node's last descendant.
    pub end: NodeId,
}

impl<'a> Node<'a> {
    /// The heading, if this node is one.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// let n = Node { kind: NodeKind::Byline { text: "张三".into() }, span: Span::default(),
    ///     parent: None, depth: 1, end: NodeId(1) };
    /// assert!(n.as_heading().is_none());
    /// ```
    pub fn as_heading(&self) -> Option<&Heading<'a>> {
        match &self.kind {
            NodeKind::Heading(h) => Some(h),
            _ => None,
        }
    }

    /// The paragraph, if this node is one.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// let n = Node { kind: NodeKind::Paragraph(Paragraph { text: "文".into() }),
    ///     span: Span::default(), parent: None, depth: 1, end: NodeId(1) };
    /// assert_eq!(n.as_paragraph().map(|p| &*p.text), Some("文"));
    /// ```
    pub fn as_paragraph(&self) -> Option<&Paragraph<'a>> {
        match &self.kind {
            NodeKind::Paragraph(p) => Some(p),
            _ => None,
        }
    }

    /// True for nodes that open a section others nest in (article, annex, heading).
    ///
    /// ```
    /// # use gongwen_model::*;
    /// let n = Node { kind: NodeKind::Article { title: "材料1".into(), ordinal: std::num::NonZeroU32::new(1) },
    ///     span: Span::default(), parent: None, depth: 1, end: NodeId(1) };
    /// assert!(n.is_section());
    /// ```
    pub fn is_section(&self) -> bool {
        matches!(
            self.kind,
            NodeKind::Article { .. } | NodeKind::Annex(_) | NodeKind::Heading(_)
        )
    }

    /// Converts borrowed text into owned text.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// let n = Node { kind: NodeKind::Byline { text: "张三".into() }, span: Span::default(),
    ///     parent: None, depth: 1, end: NodeId(1) };
    /// let owned: Node<'static> = n.into_owned();
    /// assert_eq!(owned.depth, 1);
    /// ```
    pub fn into_owned(self) -> Node<'static> {
        Node {
            kind: self.kind.into_owned(),
            span: self.span,
            parent: self.parent,
            depth: self.depth,
            end: self.end,
        }
    }
}

fn own(c: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(c.into_owned())
}

/// The kinds of node.
///
/// ```
/// use gongwen_model::NodeKind;
/// let k = NodeKind::TocEntry { text: "材料".into() };
/// assert_eq!(k.name(), "toc_entry");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum NodeKind<'a> {
    /// The document's own title (possibly joined from several lines).
    Title {
        /// The title text, parts joined with nothing between them.
        text: Cow<'a, str>,
    },
    /// A declared piece count under a compilation's title: `（8篇）`.
    DeclaredCount {
        /// The number declared.
        value: u32,
    },
    /// The `目录` line that opens a table of contents.
    TocHeader,
    /// One entry of the table of contents.
    TocEntry {
        /// The entry text, trimmed, in-band markers removed.
        text: Cow<'a, str>,
    },
    /// One piece of a compilation (汇编).
    Article {
        /// The article's title line, trimmed.
        title: Cow<'a, str>,
        /// A trailing ordinal such as the 1 in `…材料1` (never 0, so the
        /// node stays small; a 0 read from JSON is no ordinal).
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "nonzero_or_none"
        )]
        ordinal: Option<std::num::NonZeroU32>,
    },
    /// The speaker / author / affiliation line right under an article title.
    Byline {
        /// The byline text, trimmed.
        text: Cow<'a, str>,
    },
    /// An annexed piece after the body (`附件1：`). (Boxed, as headings
    /// are, to keep [`Node`] small: most nodes are paragraphs.)
    Annex(Box<Annex<'a>>),
    /// A numbered heading, or a numbered run-in item that starts a line.
    Heading(Box<Heading<'a>>),
    /// Body text: one logical line (hard wraps joined).
    Paragraph(Paragraph<'a>),
    /// Document furniture that is not part of the outline.
    Furniture {
        /// What the line is.
        role: FurnitureRole,
        /// The text, trimmed.
        text: Cow<'a, str>,
    },
    /// A table (from a .docx): its children are the cells' paragraphs.
    Table(crate::Table),
    /// A footnote or endnote, a child of the node citing it.
    Note(Box<crate::Note<'a>>),
}

impl HeadingLayout {
    /// The layout's name in JSON, as serde writes it.
    ///
    /// ```
    /// assert_eq!(gongwen_model::HeadingLayout::RunIn.name(), "run_in");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            HeadingLayout::WholeLine => "whole_line",
            HeadingLayout::RunIn => "run_in",
            HeadingLayout::MarkerAlone => "marker_alone",
        }
    }
}

impl FurnitureRole {
    /// The role's name in JSON, as serde writes it.
    ///
    /// ```
    /// assert_eq!(gongwen_model::FurnitureRole::DocumentNumber.name(), "document_number");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            FurnitureRole::Chrome => "chrome",
            FurnitureRole::Citation => "citation",
            FurnitureRole::Subtitle => "subtitle",
            FurnitureRole::DocumentNumber => "document_number",
            FurnitureRole::Date => "date",
            FurnitureRole::Author => "author",
            FurnitureRole::Addressee => "addressee",
            FurnitureRole::AttachmentList => "attachment_list",
            FurnitureRole::RepeatedTitle => "repeated_title",
            FurnitureRole::Quotation => "quotation",
        }
    }
}

impl NodeKind<'_> {
    /// The snake_case name used in serialised form.
    ///
    /// ```
    /// assert_eq!(gongwen_model::NodeKind::TocHeader.name(), "toc_header");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            NodeKind::Title { .. } => "title",
            NodeKind::DeclaredCount { .. } => "declared_count",
            NodeKind::TocHeader => "toc_header",
            NodeKind::TocEntry { .. } => "toc_entry",
            NodeKind::Article { .. } => "article",
            NodeKind::Byline { .. } => "byline",
            NodeKind::Annex(_) => "annex",
            NodeKind::Heading(_) => "heading",
            NodeKind::Paragraph(_) => "paragraph",
            NodeKind::Furniture { .. } => "furniture",
            NodeKind::Table(_) => "table",
            NodeKind::Note(_) => "note",
        }
    }

    /// Converts borrowed text into owned text.
    ///
    /// ```
    /// let k: gongwen_model::NodeKind<'static> = gongwen_model::NodeKind::TocHeader.into_owned();
    /// assert_eq!(k.name(), "toc_header");
    /// ```
    pub fn into_owned(self) -> NodeKind<'static> {
        match self {
            NodeKind::Title { text } => NodeKind::Title { text: own(text) },
            NodeKind::DeclaredCount { value } => NodeKind::DeclaredCount { value },
            NodeKind::TocHeader => NodeKind::TocHeader,
            NodeKind::TocEntry { text } => NodeKind::TocEntry { text: own(text) },
            NodeKind::Article { title, ordinal } => NodeKind::Article {
                title: own(title),
                ordinal,
            },
            NodeKind::Byline { text } => NodeKind::Byline { text: own(text) },
            NodeKind::Annex(a) => NodeKind::Annex(Box::new(Annex {
                marker: own(a.marker),
                title: own(a.title),
                title_span: a.title_span,
            })),
            NodeKind::Heading(h) => NodeKind::Heading(Box::new(h.into_owned())),
            NodeKind::Paragraph(p) => NodeKind::Paragraph(p.into_owned()),
            NodeKind::Furniture { role, text } => NodeKind::Furniture {
                role,
                text: own(text),
            },
            NodeKind::Table(t) => NodeKind::Table(t),
            NodeKind::Note(n) => NodeKind::Note(Box::new(n.into_owned())),
        }
    }
}

/// An ordinal from JSON: 0 (which older versions could write for
/// `…材料0`) reads as no ordinal.
fn nonzero_or_none<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<std::num::NonZeroU32>, D::Error> {
    Ok(Option::<u32>::deserialize(d)?.and_then(std::num::NonZeroU32::new))
}

/// An annexed piece (`附件1：登记表`).
///
/// ```
/// use gongwen_model::{Annex, Span};
/// let a = Annex { marker: "附件1：".into(), title: "登记表".into(), title_span: Span::default() };
/// assert_eq!(a.marker, "附件1：");
/// // The marker is written as an object, as a heading's is; a string reads too.
/// let json = serde_json::to_string(&a).unwrap();
/// assert!(json.starts_with(r#"{"marker":{"text":"附件1："},"#));
/// assert_eq!(serde_json::from_str::<Annex>(&json).unwrap(), a);
/// let old = json.replace(r#"{"text":"附件1："}"#, r#""附件1：""#);
/// assert_eq!(serde_json::from_str::<Annex>(&old).unwrap(), a);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Annex<'a> {
    /// The opening label as written, trailing colon included. Serialised
    /// as `{"text": …}`, the shape of a heading's marker, so that a field
    /// has one type whatever the node (Spark, Arrow and DuckDB infer one
    /// column type for `kind.marker`); a bare string, the form written
    /// before, still reads back.
    #[serde(with = "annex_marker")]
    pub marker: Cow<'a, str>,
    /// The rest of the line, or the next non-blank line when the label stands alone.
    pub title: Cow<'a, str>,
    /// Where the title is.
    pub title_span: Span,
}

/// The serialised form of [`Annex::marker`]: `{"text": "附件1："}` out,
/// that or a bare string in.
mod annex_marker {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::borrow::Cow;

    #[derive(Serialize)]
    struct Out<'s> {
        text: &'s str,
    }

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum In {
        Object { text: String },
        Text(String),
    }

    pub(super) fn serialize<S: Serializer>(marker: &str, s: S) -> Result<S::Ok, S::Error> {
        Out { text: marker }.serialize(s)
    }

    pub(super) fn deserialize<'de, 'a, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Cow<'a, str>, D::Error> {
        Ok(Cow::Owned(match In::deserialize(d)? {
            In::Object { text } | In::Text(text) => text,
        }))
    }
}

/// How a heading sits on its line.
///
/// ```
/// assert_ne!(gongwen_model::HeadingLayout::RunIn, gongwen_model::HeadingLayout::WholeLine);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum HeadingLayout {
    /// The heading is its whole logical line (`一、工作开展情况`).
    WholeLine,
    /// The heading is the first sentence; its body follows on the same line
    /// (`（一）标题。正文…`); the body is the heading's first child paragraph.
    RunIn,
    /// The marker stands alone on its line; the title is on the next non-blank line.
    MarkerAlone,
}

/// A numbered heading.
///
/// ```
/// use gongwen_model::*;
/// let h = Heading {
///     marker: Marker { text: "一、".into(), span: Span::new(0, 6, 1, 1), family: MarkerFamily::CnEnum,
///         numeral: NumeralStyle::Chinese, delimiter: Delimiter::Comma, value: 1 },
///     title: "工作开展情况".into(),
///     title_span: Span::new(6, 24, 1, 3),
///     layout: HeadingLayout::WholeLine,
/// };
/// assert_eq!(h.title, "工作开展情况");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Heading<'a> {
    /// The numbering marker.
    pub marker: Marker<'a>,
    /// The title: text after the marker up to the first sentence end outside
    /// quotes and brackets, else the rest of the logical line; trimmed.
    pub title: Cow<'a, str>,
    /// Where the title is (for a hard-wrapped title, from its first to its last byte).
    pub title_span: Span,
    /// How the heading sits on its line.
    pub layout: HeadingLayout,
}

impl Heading<'_> {
    /// Converts borrowed text into owned text.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// let h = Heading { marker: Marker { text: "一、".into(), span: Span::default(),
    ///     family: MarkerFamily::CnEnum, numeral: NumeralStyle::Chinese, delimiter: Delimiter::Comma,
    ///     value: 1 }, title: "总则".into(), title_span: Span::default(), layout: HeadingLayout::WholeLine };
    /// let _owned: Heading<'static> = h.into_owned();
    /// ```
    pub fn into_owned(self) -> Heading<'static> {
        Heading {
            marker: self.marker.into_owned(),
            title: own(self.title),
            title_span: self.title_span,
            layout: self.layout,
        }
    }
}

/// A paragraph of body text. Its inline enumerations
/// (`…下功夫。一是…。二是…`) are kept beside the nodes, where few paragraphs
/// have any: [`Document::inline`](crate::Document::inline).
///
/// ```
/// let p = gongwen_model::Paragraph { text: "正文。".into() };
/// assert_eq!(p.text, "正文。");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph<'a> {
    /// The text of the logical line: hard wraps joined with nothing between,
    /// in-band markers removed, trimmed.
    pub text: Cow<'a, str>,
}

impl Paragraph<'_> {
    /// Converts borrowed text into owned text.
    ///
    /// ```
    /// let p = gongwen_model::Paragraph { text: "文".into() };
    /// let _owned: gongwen_model::Paragraph<'static> = p.into_owned();
    /// ```
    pub fn into_owned(self) -> Paragraph<'static> {
        Paragraph {
            text: own(self.text),
        }
    }
}

/// What a furniture line is.
///
/// ```
/// assert_ne!(gongwen_model::FurnitureRole::Subtitle, gongwen_model::FurnitureRole::Chrome);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FurnitureRole {
    /// Web-page chrome (`下载`, `【字号：`, `来源：…`, `首页 > 要闻`).
    Chrome,
    /// A citation header (`【法宝引证码】…`, `原文链接：…`).
    Citation,
    /// A subtitle line (`——在…上的讲话`).
    Subtitle,
    /// A document number (`（新质监办发〔2012〕24号）`).
    DocumentNumber,
    /// A date line.
    Date,
    /// An author, speaker or signature line.
    Author,
    /// An addressee or salutation (`各位代表：`).
    Addressee,
    /// The attachment list under a notice's body (`附件：1. …`).
    AttachmentList,
    /// A line repeating the title.
    RepeatedTitle,
    /// Numbered text inside a quotation (an amendment's replacement text).
    Quotation,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parser makes one node per paragraph: keep the node small (issue
    /// 14's lean model). Headings, annexes and notes are boxed, inline
    /// enumerations kept beside the nodes, spans 32-bit.
    #[test]
    fn a_node_takes_at_most_64_bytes() {
        assert!(
            std::mem::size_of::<Node<'_>>() <= 64,
            "{}",
            std::mem::size_of::<Node<'_>>()
        );
        assert_eq!(std::mem::size_of::<crate::Span>(), 16);
    }
}
