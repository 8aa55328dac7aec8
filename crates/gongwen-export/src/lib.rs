//! Exporters for [`gongwen_model::Document`]: one module per format, each
//! writing into an `io::Write` (the outline into a `fmt::Write`), with a
//! `to_string` (or `to_vec`) convenience and a plain `Options` struct with
//! `Default`.
//!
//! | module | output |
//! |---|---|
//! | [`json`] | the whole model as JSON (schema: `schema/document.schema.json`) |
//! | [`markdown`] | CommonMark: title `#`, articles `##`, headings below with their markers |
//! | [`html`] | one standalone page with a table of contents and a GB/T 9704 stylesheet |
//! | `docx` | a Word document laid out after GB/T 9704-2012 (feature `docx`, on by default) |
//! | [`chunks`] | JSON Lines records for retrieval (RAG), one per section piece |
//! | [`outline`] | the outline contract rows (TSV) and the indented tree |
//!
//! [`Format`] names them for command lines.
//!
//! ```
//! # use gongwen_model::*;
//! let doc = Document { source: "标题\n".into(), decoding: Decoding::default(),
//!     nodes: vec![Node { kind: NodeKind::Title { text: "标题".into() },
//!         span: Span::new(0, 7, 1, 1), parent: None, depth: 1, end: NodeId(1) }],
//!     gaps: vec![], markers: vec![], inline: vec![] };
//! assert_eq!(gongwen_export::outline::to_tsv(&doc), "1\ttitle\t0\t\t标题\n");
//! assert_eq!(gongwen_export::markdown::to_string(&doc, &Default::default()), "# 标题\n");
//! let format: gongwen_export::Format = "html".parse().unwrap();
//! let page = format.to_vec(&doc).unwrap();
//! assert!(String::from_utf8(page).unwrap().contains("<h1 id=\"n0\" class=\"title\">标题</h1>"));
//! ```
#![forbid(unsafe_code)]

/// `with_*` builders for a module's `Options` fields: the structs are
/// `#[non_exhaustive]`, so code outside the crate builds them from
/// `Default` (`Options::default().with_pretty(true)`). Each builder gets a
/// doc comment with a runnable example.
macro_rules! option_builders {
    ($module:ident: $($with:ident($field:ident: $ty:ty = $example:expr) $what:literal),* $(,)?) => {
        impl Options {
            $(
                #[doc = concat!("These options with `", stringify!($field), "` set: ", $what, ".")]
                ///
                /// ```
                #[doc = concat!("let o = gongwen_export::", stringify!($module), "::Options::default().", stringify!($with), "(", stringify!($example), ");")]
                #[doc = concat!("assert_eq!(o.", stringify!($field), ", ", stringify!($example), ");")]
                /// ```
                #[must_use]
                pub fn $with(mut self, $field: $ty) -> Self {
                    self.$field = $field;
                    self
                }
            )*
        }
    };
}

pub mod chunks;
#[cfg(feature = "docx")]
pub mod docx;
mod escape;
mod format;
mod gbt;
pub mod html;
pub mod json;
mod jsonw;
pub mod markdown;
pub mod outline;
mod tables;
mod walk;
mod xxh64;

pub use format::{Format, UnknownFormat};

/// Writing an export failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// The output could not be written.
    #[error("cannot write the output: {0}")]
    Io(#[from] std::io::Error),
    /// The JSON serialiser failed (in practice: the output could not be written).
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The DOCX container could not be written.
    #[cfg(feature = "docx")]
    #[error("cannot write the DOCX container: {0}")]
    Zip(#[from] zip::result::ZipError),
    /// The format is left out of this build (DOCX without the `docx`
    /// feature).
    #[error("{0} output is not built in: enable the `{0}` feature of gongwen-export")]
    NotBuilt(&'static str),
}

/// Turns bytes the writers produced (always UTF-8) into a `String`.
fn into_string(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The examples in the crate's README run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
