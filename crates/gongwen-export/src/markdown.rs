//! Markdown (CommonMark): the document title as `#`, articles as `##`, and
//! headings nested below them, each keeping its original marker in the
//! heading text (`### 一、工作开展情况`). Bylines are emphasised, the 目录 is
//! a bullet list, paragraphs are kept whole, and a run-in heading is written
//! as a heading (its closing `。` kept: no text is lost) followed by its
//! body paragraph.
//!
//! All text is escaped so it renders as itself: a numbered marker at the
//! start of a line (`1.学习深度还不够`) never becomes a list.
//!
//! ```
//! let doc = gongwen_parse::parse("关于加强学习的通知\n一、总体要求\n1.提高认识。全体干部要…\n");
//! let md = gongwen_export::markdown::to_string(&doc, &Default::default());
//! assert_eq!(md, "# 关于加强学习的通知\n\n## 一、总体要求\n\n### 1\\.提高认识。\n\n全体干部要…\n");
//! ```

use crate::escape;
use crate::tables;
use crate::walk;
use gongwen_model::{Document, NodeKind};
use std::io::{self, Write};

/// How to write Markdown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Also write web-page chrome and citation headers (skipped by default).
    pub include_chrome: bool,
}

option_builders! {
    markdown:
    with_include_chrome(include_chrome: bool = true) "keep web-page chrome",
}

/// The Markdown heading level of a node at tree depth `depth` (the title is
/// level 1, top-level sections level 2), capped at 6.
///
/// ```
/// assert_eq!(gongwen_export::markdown::heading_level(1), 2);
/// assert_eq!(gongwen_export::markdown::heading_level(9), 6);
/// ```
pub const fn heading_level(depth: u32) -> usize {
    let l = depth as usize + 1;
    if l > 6 {
        6
    } else {
        l
    }
}

const HASHES: &[u8; 6] = b"######";

/// Writes the document as Markdown.
///
/// ```
/// let doc = gongwen_parse::parse("一、总则\n");
/// let mut out = Vec::new();
/// gongwen_export::markdown::write(&doc, &mut out, &Default::default()).unwrap();
/// assert_eq!(out, "## 一、总则\n".as_bytes());
/// ```
pub fn write<W: Write>(doc: &Document<'_>, mut out: W, options: &Options) -> io::Result<()> {
    let out = &mut out;
    let mut first = true;
    let mut in_list = false;
    // A table's cells are written with the table: its children are skipped.
    let mut skip_to = 0;
    for (i, node) in doc.nodes.iter().enumerate() {
        if i < skip_to || !options.include_chrome && walk::is_chrome(node) {
            continue;
        }
        let is_item = matches!(node.kind, NodeKind::TocEntry { .. });
        if !(first || is_item && in_list) {
            out.write_all(b"\n")?;
        }
        first = false;
        in_list = is_item;
        match &node.kind {
            NodeKind::Title { text } => {
                out.write_all(b"# ")?;
                escape::markdown(out, text)?;
            }
            NodeKind::TocHeader => {
                out.write_all(b"**")?;
                escape::markdown(out, walk::source_text(doc, node))?;
                out.write_all(b"**")?;
            }
            NodeKind::TocEntry { text } => {
                out.write_all(b"- ")?;
                escape::markdown(out, text)?;
            }
            NodeKind::Byline { text } => {
                out.write_all(b"*")?;
                escape::markdown(out, text)?;
                out.write_all(b"*")?;
            }
            NodeKind::Article { .. } | NodeKind::Annex(_) | NodeKind::Heading(_) => {
                let level = heading_level(node.depth);
                out.write_all(&HASHES[..level])?;
                out.write_all(b" ")?;
                if let Some((marker, sep, title)) = walk::label(node) {
                    if marker.is_empty() {
                        escape::markdown(out, title)?;
                    } else {
                        escape::markdown(out, marker)?;
                        out.write_all(sep.as_bytes())?;
                        // The marker already guards the line start.
                        escape::markdown_inline(out, title)?;
                    }
                }
                // The `。` a run-in title left out: no text is lost.
                escape::markdown_inline(out, walk::heading_tail(doc, node))?;
            }
            NodeKind::Paragraph(p) => {
                let notes = tables::notes_of(doc, i);
                if notes.is_empty() {
                    escape::markdown(out, &p.text)?;
                } else {
                    let pieces = tables::split_at_notes(doc, node, &p.text, &notes);
                    for (k, (text, note)) in pieces.into_iter().enumerate() {
                        if k == 0 {
                            escape::markdown(out, text)?;
                        } else {
                            escape::markdown_inline(out, text)?;
                        }
                        if let Some(n) = note {
                            write!(out, "[^{}]", tables::markdown_label(n))?;
                        }
                    }
                }
            }
            NodeKind::Table(t) => {
                tables::markdown_table(out, doc, t)?;
                skip_to = node.end.index();
                // Notes cited inside the table follow it.
                let inside = doc.nodes.get(i + 1..skip_to).unwrap_or(&[]);
                for n in inside {
                    if let NodeKind::Note(note) = &n.kind {
                        out.write_all(b"\n")?;
                        note_definition(out, note)?;
                        out.write_all(b"\n")?;
                    }
                }
                continue;
            }
            NodeKind::Note(note) => note_definition(out, note)?,
            NodeKind::Furniture { text, .. } => escape::markdown(out, text)?,
            // (And a kind added to the model later: its own source text.)
            _ => {
                escape::markdown(out, walk::source_text(doc, node))?;
            }
        }
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// A note as a Markdown footnote definition: `[^1]: 见附件。`.
fn note_definition<W: Write + ?Sized>(
    out: &mut W,
    note: &gongwen_model::Note<'_>,
) -> io::Result<()> {
    write!(out, "[^{}]: ", tables::markdown_label(note))?;
    escape::markdown_inline(out, note.text.trim())
}

/// The document as a Markdown string.
///
/// ```
/// let doc = gongwen_parse::parse("一、总则\n");
/// assert_eq!(gongwen_export::markdown::to_string(&doc, &Default::default()), "## 一、总则\n");
/// ```
pub fn to_string(doc: &Document<'_>, options: &Options) -> String {
    let mut out = Vec::with_capacity(doc.source.len() + doc.source.len() / 8);
    // Writing into a Vec cannot fail.
    let _ = write(doc, &mut out, options);
    crate::into_string(out)
}
