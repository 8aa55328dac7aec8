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

use crate::jsonw::JsonOut;
use crate::ExportError;
use gongwen_model::{Document, Marker, NodeId, NodeKind, Span};
use std::io::Write;

/// The JSON Schema (draft 2020-12) of the JSON this module writes.
pub const SCHEMA: &str = include_str!("../schema/document.schema.json");

/// The Spark schema of a line of `gongwen batch --to jsonl` (`{"path",
/// "bytes", "document"}`, the document as this module writes it),
/// `schema/document.spark.json`: Spark's JSON form of a `StructType`, with
/// every node kind's fields (a field a kind lacks reads as null). It is what
/// Spark infers from documents that hold every kind; give it to
/// `spark.read.schema(...)` so that nothing depends on the data.
///
/// ```
/// let schema: serde_json::Value = serde_json::from_str(gongwen_export::json::SPARK_SCHEMA).unwrap();
/// let names: Vec<_> = schema["fields"].as_array().unwrap().iter().map(|f| f["name"].clone()).collect();
/// assert_eq!(names, ["bytes", "document", "path"]);
/// ```
pub const SPARK_SCHEMA: &str = include_str!("../schema/document.spark.json");

/// How to write JSON.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Indent with two spaces and put each member on its own line.
    pub pretty: bool,
}

option_builders! {
    json:
    with_pretty(pretty: bool = true) "indented JSON",
}

/// Writes the document as JSON, followed by a line break.
///
/// ```
/// let doc = gongwen_parse::parse("一、总则\n");
/// let mut out = Vec::new();
/// gongwen_export::json::write(&doc, &mut out, &gongwen_export::json::Options::default().with_pretty(true)).unwrap();
/// assert!(out.starts_with(b"{\n  \"source\""));
/// ```
pub fn write<W: Write>(
    doc: &Document<'_>,
    mut out: W,
    options: &Options,
) -> Result<(), ExportError> {
    if options.pretty {
        serde_json::to_writer_pretty(&mut out, doc)?;
        out.write_all(b"\n")?;
    } else {
        // The compact form is written directly; it is byte-for-byte what
        // `serde_json::to_writer` writes (tested), only faster.
        let mut o = JsonOut::new(out);
        document(&mut o, doc)?;
        o.raw("\n");
        o.finish()?;
    }
    Ok(())
}

fn span<W: Write>(o: &mut JsonOut<W>, s: &Span) {
    o.raw("{\"start\":");
    o.uint(s.start as u64);
    o.raw(",\"end\":");
    o.uint(s.end as u64);
    o.raw(",\"line\":");
    o.uint(u64::from(s.line));
    o.raw(",\"column\":");
    o.uint(u64::from(s.column));
    o.raw("}");
}

fn marker<W: Write>(o: &mut JsonOut<W>, m: &Marker<'_>) -> std::io::Result<()> {
    o.raw("{\"text\":");
    o.str(&m.text)?;
    o.raw(",\"span\":");
    span(o, &m.span);
    o.raw(",\"family\":\"");
    o.raw(m.family.name());
    o.raw("\",\"numeral\":\"");
    o.raw(m.numeral.name());
    o.raw("\",\"delimiter\":\"");
    o.raw(m.delimiter.name());
    o.raw("\",\"value\":");
    o.uint(u64::from(m.value));
    o.raw("}");
    Ok(())
}

fn kind<W: Write>(
    o: &mut JsonOut<W>,
    k: &NodeKind<'_>,
    inline: &[Marker<'_>],
) -> std::io::Result<()> {
    if let NodeKind::Table(_) | NodeKind::Note(_) = k {
        // Rare kinds: serde's own output, which the compact writer matches.
        let s = serde_json::to_string(k).map_err(std::io::Error::other)?;
        o.raw(&s);
        return Ok(());
    }
    o.raw("{\"type\":\"");
    o.raw(k.name());
    o.raw("\"");
    match k {
        NodeKind::Title { text } | NodeKind::TocEntry { text } | NodeKind::Byline { text } => {
            o.raw(",\"text\":");
            o.str(text)?;
        }
        NodeKind::DeclaredCount { value } => {
            o.raw(",\"value\":");
            o.uint(u64::from(*value));
        }
        NodeKind::TocHeader => {}
        NodeKind::Article { title, ordinal } => {
            o.raw(",\"title\":");
            o.str(title)?;
            if let Some(n) = ordinal {
                o.raw(",\"ordinal\":");
                o.uint(u64::from(n.get()));
            }
        }
        NodeKind::Annex(a) => {
            o.raw(",\"marker\":{\"text\":");
            o.str(&a.marker)?;
            o.raw("}");
            o.raw(",\"title\":");
            o.str(&a.title)?;
            o.raw(",\"title_span\":");
            span(o, &a.title_span);
        }
        NodeKind::Heading(h) => {
            o.raw(",\"marker\":");
            marker(o, &h.marker)?;
            o.raw(",\"title\":");
            o.str(&h.title)?;
            o.raw(",\"title_span\":");
            span(o, &h.title_span);
            o.raw(",\"layout\":\"");
            o.raw(h.layout.name());
            o.raw("\"");
        }
        NodeKind::Paragraph(p) => {
            o.raw(",\"text\":");
            o.str(&p.text)?;
            if !inline.is_empty() {
                o.raw(",\"inline\":[");
                for (i, m) in inline.iter().enumerate() {
                    if i > 0 {
                        o.raw(",");
                    }
                    marker(o, m)?;
                }
                o.raw("]");
            }
        }
        NodeKind::Furniture { role, text } => {
            o.raw(",\"role\":\"");
            o.raw(role.name());
            o.raw("\",\"text\":");
            o.str(text)?;
        }
        NodeKind::Table(_) | NodeKind::Note(_) => {}
        // A kind added to the model later: its fields as serde writes them.
        _ => {
            if let Ok(serde_json::Value::Object(map)) = serde_json::to_value(k) {
                for (key, v) in map.iter().filter(|(key, _)| *key != "type") {
                    o.raw(",");
                    o.str(key)?;
                    o.raw(":");
                    o.raw(&v.to_string());
                }
            }
        }
    }
    o.raw("}");
    Ok(())
}

fn document<W: Write>(o: &mut JsonOut<W>, doc: &Document<'_>) -> std::io::Result<()> {
    o.raw("{\"source\":\"");
    // The source can be large: escape it in pieces so the buffer stays small.
    let mut rest: &str = &doc.source;
    while !rest.is_empty() {
        let mut cut = rest.len().min(1 << 16);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (head, tail) = rest.split_at(cut);
        o.str_contents(head)?;
        o.maybe_flush()?;
        rest = tail;
    }
    let d = &doc.decoding;
    o.raw("\",\"decoding\":{\"encoding\":\"");
    o.raw(d.encoding.serde_name());
    o.raw("\",\"bom\":");
    o.raw(if d.bom { "true" } else { "false" });
    o.raw(",\"replaced\":");
    o.uint(d.replaced as u64);
    o.raw(",\"truncated\":");
    o.raw(if d.truncated { "true" } else { "false" });
    o.raw("},\"nodes\":[");
    for (i, n) in doc.nodes.iter().enumerate() {
        if i > 0 {
            o.raw(",");
        }
        o.raw("{\"kind\":");
        kind(o, &n.kind, doc.inline(NodeId(i as u32)))?;
        o.raw(",\"span\":");
        span(o, &n.span);
        if let Some(p) = n.parent {
            o.raw(",\"parent\":");
            o.uint(u64::from(p.0));
        }
        o.raw(",\"depth\":");
        o.uint(u64::from(n.depth));
        o.raw(",\"end\":");
        o.uint(u64::from(n.end.0));
        o.raw("}");
        o.maybe_flush()?;
    }
    o.raw("],\"gaps\":[");
    for (i, g) in doc.gaps.iter().enumerate() {
        if i > 0 {
            o.raw(",");
        }
        o.raw("{\"kind\":\"");
        o.raw(g.kind.name());
        o.raw("\",\"span\":");
        span(o, &g.span);
        o.raw("}");
        o.maybe_flush()?;
    }
    o.raw("],\"markers\":[");
    for (i, m) in doc.markers.iter().enumerate() {
        if i > 0 {
            o.raw(",");
        }
        o.raw("{\"name\":");
        o.str(&m.name)?;
        o.raw(",\"span\":");
        span(o, &m.span);
        o.raw("}");
        o.maybe_flush()?;
    }
    o.raw("]}");
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
