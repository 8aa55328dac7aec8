//! HTML: one standalone page (`<!doctype html>`, `lang="zh-CN"`, UTF-8)
//! with a `<nav>` table of contents linking to every heading, the sections
//! nested as `<section>` elements with `<h1>`–`<h6>` headings, all text
//! escaped, and an embedded stylesheet after GB/T 9704-2012: A4 page
//! margins for print, 二号 小标宋 centred titles, 三号 黑体 / 楷体 / 仿宋
//! headings by level, 三号 仿宋 body text with a two-character indent and 28.95 pt
//! lines, each font falling back to common system CJK fonts. No script.
//!
//! Every heading has the id `n` + its node index, so links stay stable for
//! the same parse.
//!
//! ```
//! let doc = gongwen_parse::parse("关于加强学习的通知\n一、总体要求\n全体干部要<认真>学习。\n");
//! let page = gongwen_export::html::to_string(&doc, &Default::default());
//! assert!(page.starts_with("<!doctype html>\n<html lang=\"zh-CN\">"));
//! assert!(page.contains("<li><a href=\"#n1\">一、总体要求</a>"));
//! assert!(page.contains("<h2 id=\"n1\">一、总体要求</h2>"));
//! assert!(page.contains("<p>全体干部要&lt;认真&gt;学习。</p>"));
//! ```

use crate::escape::markup as esc;
use crate::gbt::{Layout, Para, Place};
use crate::tables;
use crate::walk;
use gongwen_model::{Document, Element, FurnitureRole, Node, NodeKind, NoteKind, WalkEvent};
use std::io::{self, Write};

/// How to write HTML.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Also write web-page chrome and citation headers (skipped by default).
    pub include_chrome: bool,
    /// Leave out the `<nav>` table of contents.
    pub no_nav: bool,
}

option_builders! {
    html:
    with_include_chrome(include_chrome: bool = true) "keep web-page chrome",
    with_no_nav(no_nav: bool = true) "leave out the table of contents",
}

/// The embedded stylesheet (GB/T 9704-2012 typography with CJK font fallbacks).
pub const STYLESHEET: &str = include_str!("gbt9704.css");

/// The `<h1>`–`<h6>` level of a node at tree depth `depth` (the title is
/// `<h1>`, top-level sections `<h2>`), capped at 6.
///
/// ```
/// assert_eq!(gongwen_export::html::heading_level(1), 2);
/// assert_eq!(gongwen_export::html::heading_level(8), 6);
/// ```
pub const fn heading_level(depth: u32) -> u8 {
    let l = depth + 1;
    if l > 6 {
        6
    } else {
        l as u8
    }
}

/// What an open element is.
#[derive(Clone, Copy)]
enum Open {
    Section,
    Mulu,
}

/// Writes the document as a standalone HTML page.
///
/// ```
/// let doc = gongwen_parse::parse("一、总则\n");
/// let mut out = Vec::new();
/// gongwen_export::html::write(&doc, &mut out, &Default::default()).unwrap();
/// assert!(String::from_utf8(out).unwrap().ends_with("</html>\n"));
/// ```
pub fn write<W: Write>(doc: &Document<'_>, out: W, options: &Options) -> io::Result<()> {
    write_with_elements(doc, &[], out, options)
}

/// [`write()`], placing the document's GB/T 9704 elements as the standard
/// does (the same places as the DOCX export: a red centred 发文机关标志
/// with the red line under the 版头, the 发文字号 centred or, with a
/// 签发人, left of it, the 主送 flush left, the hanging 附件说明, the
/// 署名 and 成文日期 of §7.3.5 with a seal, the 附注 左空二字, the 版记
/// in 四号 between its rules); `elements` are those
/// `gongwen_parse::elements::recognise` finds in `doc`.
///
/// ```
/// let doc = gongwen_parse::parse("XX市人民政府文件\nX政发〔2026〕3号\n关于做好春节期间工作的通知\n");
/// let found = gongwen_parse::elements::recognise(&doc);
/// let mut out = Vec::new();
/// gongwen_export::html::write_with_elements(&doc, &found, &mut out, &Default::default()).unwrap();
/// let page = String::from_utf8(out).unwrap();
/// assert!(page.contains("<p class=\"gbt-issuer-mark\">XX市人民政府文件</p>"));
/// assert!(page.contains("<h1 id=\"n2\" class=\"title\">关于做好春节期间工作的通知</h1>"));
/// ```
pub fn write_with_elements<W: Write>(
    doc: &Document<'_>,
    elements: &[Element<'_>],
    mut out: W,
    options: &Options,
) -> io::Result<()> {
    let layout = Layout::new(doc, elements, true);
    let out = &mut out;
    out.write_all(b"<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"gongwen\">\n<title>")?;
    let page_title = doc
        .title()
        .or_else(|| doc.nodes.iter().find_map(|n| walk::label(n).map(|l| l.2)))
        .unwrap_or("公文");
    esc(out, page_title)?;
    out.write_all(b"</title>\n<style>\n")?;
    out.write_all(STYLESHEET.as_bytes())?;
    out.write_all(b"</style>\n</head>\n<body>\n")?;
    if !options.no_nav {
        write_nav(doc, out)?;
    }
    out.write_all(b"<main>\n")?;
    // What each entered node opened, innermost last: closed when the walk
    // leaves it (the model's `walk`, no stack of section ends kept here).
    let mut open: Vec<Option<Open>> = Vec::new();
    let mut levels = walk::Levels::default();
    // A table's cells are written with the table: its children are skipped.
    let mut skip_to = 0;
    for event in doc.walk() {
        let i = match event {
            WalkEvent::Enter(id) => id.index(),
            _ => {
                if let Some(kind) = open.pop().flatten() {
                    out.write_all(match kind {
                        Open::Section => b"</section>\n".as_slice(),
                        Open::Mulu => b"</ul>\n</section>\n".as_slice(),
                    })?;
                }
                continue;
            }
        };
        open.push(None);
        let Some(node) = doc.nodes.get(i) else {
            continue;
        };
        if i < skip_to {
            continue;
        }
        let level = levels.visit(i, node);
        if !options.include_chrome && walk::is_chrome(node) {
            continue;
        }
        if let Some(paras) = layout.at(i) {
            for para in paras {
                let text = para.text.unwrap_or_else(|| walk::node_text(doc, node));
                placed(out, text, *para, &layout, i)?;
            }
            continue;
        }
        match &node.kind {
            NodeKind::Title { text } => {
                write!(out, "<h1 id=\"n{i}\" class=\"title\">")?;
                esc(out, text)?;
                out.write_all(b"</h1>\n")?;
            }
            NodeKind::DeclaredCount { .. } => {
                out.write_all(b"<p class=\"count\">")?;
                esc(out, walk::source_text(doc, node))?;
                out.write_all(b"</p>\n")?;
            }
            NodeKind::TocHeader => {
                out.write_all(b"<section class=\"mulu\">\n<p class=\"mulu-title\">")?;
                esc(out, walk::source_text(doc, node))?;
                out.write_all(b"</p>\n<ul>\n")?;
                if let Some(o) = open.last_mut() {
                    *o = Some(Open::Mulu);
                }
            }
            NodeKind::TocEntry { text } => {
                out.write_all(b"<li>")?;
                esc(out, text)?;
                out.write_all(b"</li>\n")?;
            }
            NodeKind::Byline { text } => {
                out.write_all(b"<p class=\"byline\">")?;
                esc(out, text)?;
                out.write_all(b"</p>\n")?;
            }
            NodeKind::Article { .. } | NodeKind::Annex(_) | NodeKind::Heading(_) => {
                let h = heading_level(node.depth);
                let class = match &node.kind {
                    NodeKind::Article { .. } => "article",
                    NodeKind::Annex(_) => "annex",
                    _ => match level {
                        1 => "l1",
                        2 => "l2",
                        3 => "l3",
                        _ => "l4",
                    },
                };
                write!(out, "<section class=\"{class}\">\n<h{h} id=\"n{i}\">")?;
                write_label(out, node)?;
                // The `。` a run-in title left out: no text is lost.
                esc(out, walk::heading_tail(doc, node))?;
                writeln!(out, "</h{h}>")?;
                if let Some(o) = open.last_mut() {
                    *o = Some(Open::Section);
                }
            }
            NodeKind::Paragraph(p) => {
                out.write_all(b"<p>")?;
                let notes = tables::notes_of(doc, i);
                for (text, note) in tables::split_at_notes(doc, node, &p.text, &notes) {
                    esc(out, text)?;
                    if let Some(n) = note {
                        let id = tables::note_id(n);
                        write!(
                            out,
                            "<sup class=\"noteref\"><a id=\"ref-{id}\" href=\"#{id}\">{}</a></sup>",
                            n.label
                        )?;
                    }
                }
                out.write_all(b"</p>\n")?;
            }
            NodeKind::Table(t) => {
                tables::html_table(out, doc, t)?;
                skip_to = node.end.index();
            }
            // Notes are listed at the end of the page.
            NodeKind::Note(_) => {}
            NodeKind::Furniture { role, text } => {
                write!(out, "<p class=\"{}\">", furniture_class(*role))?;
                esc(out, text)?;
                out.write_all(b"</p>\n")?;
            }
            // A kind added to the model later: its own source text.
            _ => {
                out.write_all(b"<p>")?;
                esc(out, walk::node_text(doc, node))?;
                out.write_all(b"</p>\n")?;
            }
        }
    }
    write_notes(doc, out)?;
    out.write_all(b"</main>\n</body>\n</html>\n")
}

/// A node placed as its GB/T 9704 element is ([`Place`]), as a paragraph
/// with a `gbt-…` class (the title as the page's `<h1>`).
fn placed<W: Write + ?Sized>(
    out: &mut W,
    text: &str,
    para: Para<'_>,
    layout: &Layout<'_>,
    i: usize,
) -> io::Result<()> {
    let place = para.place;
    if place == Place::Title {
        write!(out, "<h1 id=\"n{i}\" class=\"title\">")?;
        esc(out, text)?;
        return out.write_all(b"</h1>\n");
    }
    let class = match place {
        Place::HeadField => "gbt-head-field",
        Place::IssuerMark => "gbt-issuer-mark",
        Place::DocNumber => "gbt-doc-number",
        Place::DocNumberAndSigner(..) => "gbt-doc-number gbt-up",
        Place::Addressee => "gbt-addressee",
        Place::AttachmentNote(..) => "gbt-attachment-note",
        Place::Signature(_) => "gbt-signature",
        Place::Date(_) => "gbt-date",
        Place::Remark => "gbt-remark",
        Place::Cc => "gbt-record gbt-cc",
        Place::Printer(..) => "gbt-record gbt-printer",
        Place::Plain => "gbt-plain",
        Place::Title => "title",
    };
    write!(out, "<p class=\"{class}")?;
    if layout.rule_after == Some((i, para.line)) {
        out.write_all(b" gbt-rule")?;
    }
    if layout.record_first == Some(i) {
        out.write_all(b" gbt-record-first")?;
    }
    if layout.record_last == Some(i) {
        out.write_all(b" gbt-record-last")?;
    }
    out.write_all(b"\"")?;
    match place {
        Place::AttachmentNote(first, number) => {
            let (left, hanging) = if first {
                (5.0 + number, 3.0 + number)
            } else {
                (5.0 + number, number)
            };
            write!(
                out,
                " style=\"padding-left: {left}em; text-indent: -{hanging}em\""
            )?;
        }
        Place::Signature(right) | Place::Date(right) => {
            write!(out, " style=\"padding-right: {}em\"", right.max(0.0))?
        }
        _ => {}
    }
    out.write_all(b">")?;
    match place {
        Place::DocNumberAndSigner(a, b) | Place::Printer(a, b) => {
            out.write_all(b"<span>")?;
            esc(out, a)?;
            out.write_all(b"</span> <span>")?;
            esc(out, b)?;
            out.write_all(b"</span>")?;
        }
        _ => esc(out, text)?,
    }
    out.write_all(b"</p>\n")
}

/// The footnotes, then the endnotes, each linking back to its mark.
fn write_notes<W: Write + ?Sized>(doc: &Document<'_>, out: &mut W) -> io::Result<()> {
    for kind in [NoteKind::Footnote, NoteKind::Endnote] {
        let mut notes = doc.nodes.iter().filter_map(|n| match &n.kind {
            NodeKind::Note(note) if note.kind == kind => Some(note),
            _ => None,
        });
        let Some(first) = notes.next() else {
            continue;
        };
        let (class, heading) = if kind.is_footnote() {
            ("footnotes", "注释")
        } else {
            ("endnotes", "尾注")
        };
        writeln!(
            out,
            "<section class=\"{class}\">\n<p class=\"notes-title\">{heading}</p>\n<ol>"
        )?;
        for note in std::iter::once(first).chain(notes) {
            let id = tables::note_id(note);
            write!(out, "<li id=\"{id}\" value=\"{}\">", note.label)?;
            esc(out, note.text.trim())?;
            writeln!(out, " <a class=\"backref\" href=\"#ref-{id}\">↩</a></li>")?;
        }
        out.write_all(b"</ol>\n</section>\n")?;
    }
    Ok(())
}

fn write_label<W: Write + ?Sized>(out: &mut W, node: &Node<'_>) -> io::Result<()> {
    if let Some((marker, sep, title)) = walk::label(node) {
        esc(out, marker)?;
        esc(out, sep)?;
        esc(out, title)?;
    }
    Ok(())
}

fn furniture_class(role: FurnitureRole) -> String {
    // The JSON name, kebab-cased for CSS (`document-number`).
    role.name().replace('_', "-")
}

/// The table of contents: nested `<ol>` lists of links, one per article,
/// annex and heading, nested as the sections are.
fn write_nav<W: Write + ?Sized>(doc: &Document<'_>, out: &mut W) -> io::Result<()> {
    // Depths of the open list items, outermost first.
    let mut stack: Vec<u32> = Vec::new();
    for (i, node) in doc.nodes.iter().enumerate() {
        if !node.is_section() {
            continue;
        }
        let d = node.depth;
        match stack.last().copied() {
            None => {
                out.write_all(b"<nav class=\"toc\" aria-label=\"\xE7\x9B\xAE\xE5\xBD\x95\">\n<p class=\"toc-title\">\xE7\x9B\xAE\xE5\xBD\x95</p>\n<ol>\n<li>")?;
                stack.push(d);
            }
            Some(top) if d > top => {
                out.write_all(b"\n<ol>\n<li>")?;
                stack.push(d);
            }
            Some(_) => {
                while stack.len() > 1 && stack.last().is_some_and(|&t| t > d) {
                    stack.pop();
                    out.write_all(b"</li>\n</ol>\n")?;
                }
                out.write_all(b"</li>\n<li>")?;
                if let Some(top) = stack.last_mut() {
                    *top = d;
                }
            }
        }
        write!(out, "<a href=\"#n{i}\">")?;
        write_label(out, node)?;
        out.write_all(b"</a>")?;
    }
    if !stack.is_empty() {
        for _ in 0..stack.len() {
            out.write_all(b"</li>\n</ol>\n")?;
        }
        out.write_all(b"</nav>\n")?;
    }
    Ok(())
}

/// The document as an HTML page.
///
/// ```
/// let doc = gongwen_parse::parse("一、总则\n");
/// assert!(gongwen_export::html::to_string(&doc, &Default::default()).contains("<nav"));
/// ```
pub fn to_string(doc: &Document<'_>, options: &Options) -> String {
    let mut out = Vec::with_capacity(doc.source.len() * 2 + STYLESHEET.len() + 1024);
    // Writing into a Vec cannot fail.
    let _ = write(doc, &mut out, options);
    crate::into_string(out)
}
