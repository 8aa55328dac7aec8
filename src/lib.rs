//! **gongwen** turns Chinese official writing (公文) — speeches, compilations
//! (汇编), work reports, notices, regulations — into typed, validated
//! structure, and exports it. This facade re-exports the workspace crates so
//! one dependency is enough.
//!
//! ```
//! let doc = gongwen::parse("一、总体要求\n（一）提高认识。全体干部要…\n");
//! let tsv = gongwen::export::outline::to_tsv(&doc);
//! assert_eq!(tsv, "1\theading\t1\t一、\t总体要求\n2\theading\t2\t（一）\t提高认识\n");
//! ```
//!
//! Numbering checks and the formatter ([`check`], [`fix`]; codes in
//! `docs/check.md`), with rendering for binaries (`check::render`, feature
//! `render`):
//!
//! ```
//! let doc = gongwen::parse("一、总体要求\n三、保障措施\n");
//! let found = gongwen::check::check(&doc);
//! assert_eq!(gongwen::check::render::summary(&found), "1 error, 0 warnings");
//! assert_eq!(gongwen::fix::fix(&doc, &Default::default()), "一、总体要求\n二、保障措施\n");
//! ```
//!
//! Features: `cli` (on by default; implies `render`) adds what command lines
//! share — [`io`] (paths, standard input, atomic writes), [`jobs`] (checking
//! and formatting files), [`batch`] (a directory in parallel, with a
//! progress bar) and [`input::read_document`] — with tempfile, rayon,
//! indicatif, walkdir and serde_json. Without it (`default-features =
//! false`) the facade is the parser, the checks, the formatter, the
//! exporters and the .docx reader. Feature `parquet` (off by default)
//! adds [`batch::BatchFormat::Parquet`] and the `parquet` module, with the
//! arrow-rs and parquet crates.
#![forbid(unsafe_code)]

#[cfg(feature = "cli")]
pub mod batch;
pub mod input;
#[cfg(feature = "cli")]
pub mod io;
#[cfg(feature = "cli")]
pub mod jobs;
#[cfg(feature = "parquet")]
pub mod parquet;

pub use gongwen_docx as docx;
pub use gongwen_export as export;
pub use gongwen_model as model;
pub use gongwen_parse as parser;
pub use gongwen_parse::{check, fix, parse, parse_bytes, DecodeError, SAMPLE};

/// The Rust example in the README runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// The examples in `docs/check.md` run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../docs/check.md")]
struct CheckDocs;

/// The example in `docs/elements.md` runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../docs/elements.md")]
struct ElementsDocs;
