//! The typed document model of **gongwen**: Chinese official documents
//! (公文) — speeches, compilations (汇编), reports, notices, regulations —
//! as a flat, serde-serialisable tree with byte spans on every node.
//!
//! No parsing and no I/O live here; `gongwen-parse` builds a [`Document`],
//! `gongwen-export` writes one out.
//!
//! * Text is borrowed from the input where it can be (`Cow<'a, str>`);
//!   [`Document::into_owned`] detaches a document from its input.
//! * Nodes are stored flat in document order and the tree is encoded by
//!   `parent` / `end`, so no walk recurses, however deep the nesting:
//!   [`Document::walk`] yields [`WalkEvent::Enter`] / [`WalkEvent::Leave`]
//!   for each node (the HTML writer closes its sections on it).
//! * Every byte of the source belongs to a node span or a [`Gap`]:
//!   [`Document::reassemble`] rebuilds the input from them.
//!
//! ```
//! use gongwen_model::*;
//! let source = "一、总则\n";
//! let doc = Document {
//!     source: source.into(),
//!     decoding: Decoding::default(),
//!     nodes: vec![Node {
//!         kind: NodeKind::Heading(Box::new(Heading {
//!             marker: Marker { text: "一、".into(), span: Span::new(0, 6, 1, 1),
//!                 family: MarkerFamily::CnEnum, numeral: NumeralStyle::Chinese,
//!                 delimiter: Delimiter::Comma, value: 1 },
//!             title: "总则".into(),
//!             title_span: Span::new(6, 12, 1, 3),
//!             layout: HeadingLayout::WholeLine,
//!         })),
//!         span: Span::new(0, 13, 1, 1),
//!         parent: None,
//!         depth: 1,
//!         end: NodeId(1),
//!     }],
//!     gaps: vec![],
//!     markers: vec![],
//!     inline: vec![],
//! };
//! assert_eq!(doc.reassemble().as_deref(), Some(source));
//! let json = serde_json::to_string(&doc).unwrap();
//! let back: Document = serde_json::from_str(&json).unwrap();
//! assert_eq!(back, doc);
//! ```
#![forbid(unsafe_code)]

mod document;
mod element;
mod marker;
mod node;
mod span;
mod table;
mod wire;

pub use document::{
    Children, Decoding, Document, Encoding, Gap, GapKind, InBandMarker, InlineMarkers, OutlineKind,
    OutlineRow, Walk, WalkEvent,
};
pub use element::{Element, ElementKind};
pub use marker::{Delimiter, Marker, MarkerFamily, NumeralStyle};
pub use node::{Annex, FurnitureRole, Heading, HeadingLayout, Node, NodeId, NodeKind, Paragraph};
pub use span::{Span, MAX_SOURCE_LEN};
pub use table::{Note, NoteKind, Table, TableCell, TableRow};

/// The examples in the crate's README run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
