//! JSON: the whole [`Document`] model, compact or pretty, straight from its
//! serde implementation (no intermediate value tree).
//!
//! The shape is described by the JSON Schema shipped with this crate,
//! [`SCHEMA`] (`schema/document.schema.json`), and reads back with
//! `serde_json::from_str::<Document>`.
//!
//! ```
//! let doc = gongwen_parse::parse("一、总则\n");
//! let json = gongwen_export::json::to_string(&doc, &Default::default()).unwrap();
//! let back: gongwen_model::Document = serde_json::from_str(&json).unwrap();
//! assert_eq!(back, doc);
//! ```

use crate::ExportError;
use gongwen_model::Document;
use std::io::Write;

/// The JSON Schema (draft 2020-12) of the JSON this module writes.
pub const SCHEMA: &str = include_str!("../schema/document.schema.json");

/// How to write JSON.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Indent with two spaces and put each member on its own line.
    pub pretty: bool,
}

/// Writes the document as JSON, followed by a line break.
///
/// ```
/// let doc = gongwen_parse::parse("一、总则\n");
/// let mut out = Vec::new();
/// gongwen_export::json::write(&doc, &mut out, &gongwen_export::json::Options { pretty: true }).unwrap();
/// assert!(out.starts_with(b"{\n  \"source\""));
/// ```
pub fn write<W: Write>(
    doc: &Document<'_>,
    mut out: W,
    options: &Options,
) -> Result<(), ExportError> {
    if options.pretty {
        serde_json::to_writer_pretty(&mut out, doc)?;
    } else {
        serde_json::to_writer(&mut out, doc)?;
    }
    out.write_all(b"\n")?;
    Ok(())
}

/// The document as a JSON string.
///
/// ```
/// let doc = gongwen_parse::parse("一、总则\n");
/// let json = gongwen_export::json::to_string(&doc, &Default::default()).unwrap();
/// assert!(json.contains("\"type\":\"heading\""));
/// ```
pub fn to_string(doc: &Document<'_>, options: &Options) -> Result<String, ExportError> {
    let mut out = Vec::with_capacity(doc.source.len() * 3);
    write(doc, &mut out, options)?;
    Ok(crate::into_string(out))
}
