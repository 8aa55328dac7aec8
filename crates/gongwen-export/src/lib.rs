//! Exporters for [`gongwen_model::Document`]: one module per format, each
//! writing into `io::Write` or `fmt::Write`, with a `to_string` convenience.
//!
//! ```
//! # use gongwen_model::*;
//! let doc = Document { source: "标题\n".into(), decoding: Decoding::default(),
//!     nodes: vec![Node { kind: NodeKind::Title { text: "标题".into() },
//!         span: Span::new(0, 7, 1, 1), parent: None, depth: 1, end: NodeId(1) }],
//!     gaps: vec![], markers: vec![] };
//! assert_eq!(gongwen_export::outline::to_tsv(&doc), "1\ttitle\t0\t\t标题\n");
//! ```
#![forbid(unsafe_code)]

pub mod outline;
