//! Parse Chinese official documents (公文) — speeches, compilations (汇编),
//! work reports, notices, regulations — into a typed
//! [`gongwen_model::Document`].
//!
//! ```
//! let doc = gongwen_parse::parse("关于加强学习的通知\n一、总体要求\n（一）提高认识。全体干部要…\n");
//! let rows: Vec<_> = doc.outline().map(|r| (r.line, r.marker, r.title)).collect();
//! assert_eq!(rows, vec![
//!     (1, "", "关于加强学习的通知"),
//!     (2, "一、", "总体要求"),
//!     (3, "（一）", "提高认识"),
//! ]);
//! ```
//!
//! # What is recognised
//! * Numbering markers at the start of a line (after indentation): `一、`
//!   `（一）` `(一)` `1.` `1．` `1、` `（1）` `(1)` `⑴` `1）` `1)` `㈠` `①` `⒈`, `第一编`
//!   `第一分编` `第一部分` `第一章` `第一节` `第一条`, and run-in enumerations
//!   `一是` `一要` `第一，` and `首先，`/`其次，`/`再次，`/`最后，` (the last only
//!   where two of them start lines in the same parent). See [`marker`].
//! * Run-in headings: `（一）标题。正文…` is a heading titled by its first
//!   sentence (the first `。！？；` outside quotes and brackets; an ASCII `"`
//!   closes an open `“`) followed by a body paragraph.
//! * Hard wraps: a heading with no sentence end continues on the next line
//!   when its line ends in a word that cannot end a phrase (`和` `的` `、` …),
//!   when the next line opens with a clause mark (`，` `；` `”` …) or is a
//!   short unpunctuated fragment over such a line, when a quotation or
//!   bracket left open at its end closes within three lines below, or, in a
//!   list whose items are sentences, when the next line finishes one clause.
//!   A heading standing alone is never joined to the paragraph below it.
//! * Front matter: the title (past web-page chrome and citation headers;
//!   the line(s) above a `——` subtitle; wrapped titles joined; a repeated
//!   title once, also where its inner brackets change form, `＜＞` / `〈〉`),
//!   declared piece count `（8篇）`, 目录 and its entries.
//! * Compilations: articles are lines that repeat a 目录 entry (possibly with
//!   an ordinal, `…材料1`); the short line under an article title is its byline.
//! * Annexes (`附件1：`, `附件 1`, `附件一`, `附件：` alone, `附录`, `附：`
//!   alone), the attachment list under a notice's body (`附件：1. …`, or
//!   `附件：` alone over a `1.` `2.` … list ending at the signature date, or
//!   over `附件1.…` `附件2.…` labels with no annexed text after them; not
//!   headings), numbered lines inside a quotation that spans lines, its
//!   paragraphs each opening with “ (not headings), a bare `三` whose `、` was
//!   lost, and a marker alone on its line (its title is the next line).
//! * In-band markers `##word##` are removed from the text and kept in
//!   [`Document::markers`](gongwen_model::Document::markers).
//!
//! # The tree rule
//! Headings are placed with a stack of open sections:
//! 1. If the heading's family is already open, it becomes a sibling of that
//!    heading (everything deeper closes); where the family is open at
//!    several depths, of the innermost one whose next number it is (an outer
//!    `三、` after an inner `一、`…`五、` list). Except that a non-run-in list
//!    restarting at 1 below a deeper open heading, or under a heading of its
//!    family when the line above ends with a colon (`…方向是：` then `一、`),
//!    nests under it (a new `一、二、` list inside a `（一）`); when that
//!    deeper heading is a sentence item (`（三）继续改善人民生活。`) and no
//!    colon introduces the list, it nests under the heading of its family
//!    instead, past the sentence items. Run-in items
//!    that restart at `一是` after a paragraph are siblings of the earlier
//!    list.
//! 2. Otherwise it closes every open heading whose family ranks at or below
//!    its own ([`gongwen_model::MarkerFamily::rank`]: 编 > 分编 > 部分 > 章 >
//!    节 > 条 > `一、` > `（一）` > `1.` > `（1）` > `①` > run-in items), and
//!    nests under what remains: so skipped levels (`一、` then `1．`) nest
//!    directly, and run-in items nest under the nearest open heading.
//!    Except that a new list (from 1, not 编章节条) right under a run-in
//!    heading of another family standing alone between blank lines, as a
//!    section heading does (`第一，…` over `一是…` or `（一）…` items), opens
//!    inside that heading. In a document whose `一、` or `（一）` headings
//!    group its articles (an article follows the heading directly and the
//!    next heading of that list, past the articles, is its successor:
//!    `一、一般规定`, `第一条`…, `二、…`), those families rank between 节
//!    and 条.
//! 3. Articles and annexes reset the stack; an annex inside a compilation
//!    nests under its article.
//!
//! Paragraphs belong to the nearest open section. The tree is stored flat
//! and built without recursion, so nesting depth is unbounded.
//!
//! # Rules and the pipeline
//! The assembler runs its stages in one fixed order, written in one place
//! (`assemble.rs`, `fn run`): `marker` (the grammars, on each line) →
//! `layout` (.docx hints) → `hidden` (front matter, page furniture) →
//! `decimal` → `spaced_numeral` → `endnotes` → `front_matter` (`title`, `toc`,
//! `toc_entries`, furniture) → `pieces` → `body_roles` (`annex`,
//! `attachment_list`, `notes`, `quotation`, headings) → the tree
//! (`hard_wrap`, `list_restart`, `nesting`, `md_scope`, the tree rule below). Every rule has an id,
//! a one-line purpose in [`rules::RULES`] and example blocks in
//! `tests/rules/<id>.txt`; [`explain`] (and `gongwen outline --explain`)
//! tells which rule decided each line.
//!
//! Adding a marker family touches its grammar file in `marker/`, its
//! variant and rank in [`gongwen_model::MarkerFamily`], its JSON name (the
//! export crate's `json.rs` and schema), the slot count in `sections.rs`,
//! and a fixture; the compiler points at the exhaustive matches.
//!
//! # Checks and the formatter
//! [`check::check`] reports numbering faults among siblings (gaps,
//! duplicates, order, start), mixed and nonstandard marker forms, skipped
//! levels, 目录 and declared-count mismatches and empty headings, each with
//! a stable code and the marker's span; [`fix::fix`] rewrites the markers it
//! can fix and leaves every other byte as it was. With the `render` feature,
//! `check::render` draws rustc-style diagnostics and JSON lines.
//!
//! # Lossless
//! Every byte of the decoded input lies in exactly one node span or gap:
//! [`Document::reassemble`](gongwen_model::Document::reassemble) rebuilds it.
#![forbid(unsafe_code)]

mod assemble;
pub mod check;
pub mod decode;
pub mod elements;
pub mod fix;
pub mod furniture;
pub mod inband;
mod lines;
pub mod marker;
pub mod markup;
pub mod numeral;
pub mod rules;
mod sections;
pub mod text;

pub use decode::DecodeError;
pub use gongwen_model as model;
use gongwen_model::{Decoding, Document};
use std::borrow::Cow;

/// A realistic sample document (a short compilation written for this
/// project), used by the examples when no file is given.
pub const SAMPLE: &str = include_str!("sample.txt");

/// Parses UTF-8 text. Never fails and never panics: text that is not a
/// recognisable document comes back as paragraphs.
///
/// Spans hold 32-bit offsets: text of [`model::MAX_SOURCE_LEN`] bytes (4
/// GiB) or more comes back with no nodes ([`parse_bytes`] refuses it with
/// [`DecodeError::TooLarge`]).
///
/// ```
/// let doc = gongwen_parse::parse("第一章 总则\n第一条 为了规范管理，制定本办法。\n");
/// let h: Vec<_> = doc.outline().map(|r| (r.depth, r.marker)).collect();
/// assert_eq!(h, vec![(Some(1), "第一章"), (Some(2), "第一条")]);
/// assert_eq!(doc.reassemble().as_deref(), Some(doc.source.as_ref()));
/// ```
pub fn parse(text: &str) -> Document<'_> {
    parse_decoded(Cow::Borrowed(text), Decoding::default())
}

/// What a layout-aware source (a .docx) knows of one line beyond its text.
/// The default says nothing: the line is read from its text alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct LineHint {
    /// The line is a table cell's paragraph: never a heading, title,
    /// article or byline (outline spec convention 14).
    pub table: bool,
    /// A heading style or outline level (0-based, 0 = level 1) without a
    /// number: a heading with an empty marker at that level.
    pub heading_level: Option<u8>,
    /// The paragraph has the Title style: the document's title.
    pub title: bool,
    /// The paragraph is centred.
    pub centered: bool,
    /// The largest font size of the paragraph's text, in half-points
    /// (Word's `w:sz`), when known: the title is set in the largest type.
    pub size: Option<u32>,
    /// The paragraph is an entry of a table of contents Word made (its
    /// style is `toc 1`…`toc 9`): a `toc` row, never a heading.
    pub toc: bool,
    /// The paragraph's number is Word's automatic numbering: a paragraph
    /// holding nothing but that number (`1`, `1.2`) is a heading with an
    /// empty title, not a page number (outline spec convention 14).
    pub numbered: bool,
    /// The paragraph's left indent in twips, when known: a list restarting
    /// at 1 set no deeper than the open item of its family is back beside
    /// that item.
    pub indent: Option<i32>,
}

/// [`parse`] with layout hints, one per line (line N is `hints[N - 1]`;
/// missing hints say nothing). Used by the .docx reader.
///
/// ```
/// use gongwen_parse::{parse_with_hints, LineHint};
/// let mut cell = LineHint::default();
/// cell.table = true;
/// let doc = parse_with_hints("一、总则\n1.报价\n", &[LineHint::default(), cell]);
/// let rows: Vec<_> = doc.outline().map(|r| r.marker).collect();
/// assert_eq!(rows, vec!["一、"], "a table cell's 1. is no heading");
/// ```
pub fn parse_with_hints<'a>(text: &'a str, hints: &[LineHint]) -> Document<'a> {
    if text.len() >= model::MAX_SOURCE_LEN {
        return too_large(Cow::Borrowed(text), Decoding::default());
    }
    let (nodes, gaps, markers, inline) = assemble::assemble_with(text, hints);
    Document {
        source: Cow::Borrowed(text),
        decoding: Decoding::default(),
        nodes,
        gaps,
        markers,
        inline,
    }
}

/// How the parser decided one line: its role and the rule that decided it
/// (an id of [`rules::RULES`], or `marker` for a line read by its marker
/// grammar, `text` for a line no rule claimed). See [`explain`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Explanation {
    /// 1-based line number.
    pub line: u32,
    /// The line's role: `title`, `heading`, `toc`, `article`, `byline`,
    /// `annex`, `attachment_list`, `furniture`, `hidden`, `table_cell`,
    /// `text`, …
    pub role: &'static str,
    /// The rule that decided it.
    pub rule: &'static str,
    /// Byte range of the line's text in the parsed input (indentation and
    /// trailing white space excluded).
    pub start: usize,
    /// End of that range.
    pub end: usize,
}

/// Why each non-blank line came out as it did: the library side of
/// `gongwen outline --explain`.
///
/// ```
/// let why = gongwen_parse::explain("---\ntitle: x\n---\n关于开展检查的通知\n一、检查范围\n");
/// let rows: Vec<_> = why.iter().map(|e| (e.line, e.role, e.rule)).collect();
/// assert_eq!(rows[0], (1, "hidden", "hidden"));
/// assert_eq!(rows[3], (4, "title", "title"));
/// assert_eq!(rows[4], (5, "heading", "marker"));
/// ```
pub fn explain(text: &str) -> Vec<Explanation> {
    explain_with_hints(text, &[])
}

/// [`explain`] with layout hints (see [`parse_with_hints`]).
pub fn explain_with_hints(text: &str, hints: &[LineHint]) -> Vec<Explanation> {
    assemble::assemble_explained(text, hints)
        .into_iter()
        .map(|e| Explanation {
            line: e.line,
            role: e.role.name(),
            rule: rule_of(e.rule, e.role.name()),
            start: e.start,
            end: e.end,
        })
        .collect()
}

/// The rule id for a line decided in `stage` with role `role`: the
/// `front_matter` and `body_roles` stages run several rules.
fn rule_of(stage: &'static str, role: &'static str) -> &'static str {
    match (stage, role) {
        ("front_matter", "title") => "title",
        ("front_matter", "toc" | "toc_header" | "article" | "byline") => "toc",
        ("front_matter", "toc_part") => "toc_entries",
        ("body_roles", "attachment_list") => "attachment_list",
        ("body_roles", "heading") => "marker",
        ("body_roles", "annex") => "annex",
        ("body_roles", "furniture") => "quotation",
        ("body_roles", "text") => "notes",
        (stage, _) => stage,
    }
}

/// Decodes raw bytes of unknown encoding (see [`decode::decode`]) and
/// parses them. UTF-8 input is borrowed; other encodings are decoded into an
/// owned document.
///
/// ```
/// let (gbk, _, _) = encoding_rs::GBK.encode("一、工作开展情况\n");
/// let doc = gongwen_parse::parse_bytes(&gbk).unwrap();
/// assert_eq!(doc.decoding.encoding, gongwen_model::Encoding::Gb18030);
/// assert_eq!(doc.outline().next().map(|r| r.title), Some("工作开展情况"));
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Document<'_>, DecodeError> {
    let (text, decoding) = decode::decode(bytes)?;
    Ok(match text {
        Cow::Borrowed(t) => parse_decoded(Cow::Borrowed(t), decoding),
        Cow::Owned(t) => {
            let doc = parse_decoded(Cow::Borrowed(&t), decoding);
            doc.into_owned()
        }
    })
}

/// A document for text too long for 32-bit spans: the source, no nodes.
fn too_large(source: Cow<'_, str>, decoding: Decoding) -> Document<'_> {
    Document {
        source,
        decoding,
        ..Document::default()
    }
}

fn parse_decoded<'a>(text: Cow<'a, str>, decoding: Decoding) -> Document<'a> {
    if text.len() >= model::MAX_SOURCE_LEN {
        return too_large(text, decoding);
    }
    match text {
        Cow::Borrowed(t) => {
            let (nodes, gaps, markers, inline) = assemble::assemble(t);
            Document {
                source: Cow::Borrowed(t),
                decoding,
                nodes,
                gaps,
                markers,
                inline,
            }
        }
        Cow::Owned(t) => {
            let (nodes, gaps, markers, inline) = assemble::assemble(&t);
            let doc = Document {
                source: Cow::Borrowed(t.as_str()),
                decoding,
                nodes,
                gaps,
                markers,
                inline,
            };
            doc.into_owned()
        }
    }
}

/// The examples in the crate's README run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
