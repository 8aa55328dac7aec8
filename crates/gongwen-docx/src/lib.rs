//! Read .docx documents — Word's automatic numbering included — as lines of
//! text for the gongwen parser.
//!
//! ```
//! # fn docx() -> Vec<u8> { gongwen_docx::testing::docx(&[("总体要求", Some((1, 0))), ("全体干部要提高认识。", None)]) }
//! let bytes = docx(); // a .docx whose first paragraph is auto-numbered 一、
//! let doc = gongwen_docx::read(&bytes)?;
//! assert_eq!(doc.text(), "一、总体要求\n全体干部要提高认识。\n");
//! let parsed = gongwen_docx::parse(&bytes)?;
//! let rows: Vec<_> = parsed.outline().map(|r| (r.line, r.marker, r.title)).collect();
//! assert_eq!(rows, vec![(1, "一、", "总体要求")]);
//! # Ok::<(), gongwen_docx::DocxError>(())
//! ```
//!
//! # What is read
//! * The paragraphs of `word/document.xml` in document order: body
//!   paragraphs, table cells (one paragraph each), content controls and text
//!   boxes. Deleted and moved-away revisions, field instructions, hidden text
//!   and the `mc:Fallback` copies of drawings are left out, as Word does not
//!   show them. A line break (`w:br`) inside a paragraph becomes a space, a
//!   tab stays a tab.
//! * Each paragraph's style (id and name from `word/styles.xml`) and outline
//!   level: the paragraph's own `w:outlineLvl`, else its style's, following
//!   `basedOn`; a built-in `heading N` style counts as level `N`.
//! * **Automatic numbering** (`word/numbering.xml`): a paragraph numbered
//!   through `w:numPr` — its own, or its style's — gets its number rendered
//!   into its text exactly as Word shows it: `w:lvlText` (`%1、` `（%1）`
//!   `%1.` `%1.%2`) with each level in its `w:numFmt` (`chineseCounting` 一,
//!   `decimal` 1, `decimalFullWidth` １, `decimalEnclosedCircle` ①,
//!   `ideographTraditional` 甲, … see [`format_number`]), then the `w:suff`
//!   (a tab by default, a space, or nothing). Start values, restarts (a
//!   level restarts when a shallower level is used, as `w:lvlRestart`
//!   allows) and instance overrides (`w:lvlOverride/w:startOverride`) are
//!   followed. A number already typed at the start of the text is not
//!   added again. Bullets are not numbers and are left out.
//!   Word's default tab after a number is layout, not text: it becomes
//!   nothing after a number ending in a delimiter (`一、`), a space after
//!   one ending in a letter or digit (`第一章 `), nothing before empty text.
//! * Elements by namespace URI and local name: `ns0:`-prefixed, default-
//!   namespace and Strict documents read as `w:` ones; `w:` bound to a
//!   foreign URI is not Word.
//! * Tables ([`Docx::tables`]: rows, cells, merges, each cell's paragraphs),
//!   footnotes and endnotes ([`Docx::notes`], cited from
//!   [`DocxParagraph::notes`]), headers, footers and comments
//!   ([`Docx::furniture`]) — beside the text, never in it.
//!
//! # Lines and spans
//! [`Docx::text`] writes one line per paragraph: **line N of the text is
//! paragraph N of the document (1-based)**, counting every paragraph above,
//! empty ones and table cells included. Parsing that text ([`parse`]) gives
//! a [`gongwen_model::Document`] whose spans are byte offsets into that text;
//! a span's `line` is therefore the paragraph number and its `column` the
//! 1-based character offset within the paragraph's text (automatic number
//! included). The outline contract (`outline --tsv`) of a .docx gives the
//! paragraph number as its line.
//!
//! # Headings
//! Headings are recognised from the text, so a heading set by direct
//! formatting, by a built-in `Heading N` style, or by a Chinese-named custom
//! style with `w:outlineLvl` parses to the same tree as the same text in a
//! .txt file. The style name and outline level of every paragraph are kept
//! in [`DocxParagraph`] for callers that want them.
#![forbid(unsafe_code)]

mod document;
mod error;
mod numbering;
mod package;
mod rewrite;
mod stories;
mod structure;
mod styles;
pub mod testing;
mod xml;

pub use document::{MAX_EXPANSION, MAX_PARAGRAPHS};
pub use error::DocxError;
pub use numbering::{format_number, MAX_NUMBER_LEN};
pub use package::MAX_PART_SIZE;
pub use rewrite::{format, format_plan, Formatted, Unfixable};
pub use stories::{DocxStory, NoteRef, StoryKind};

use gongwen_model::Document;

/// One paragraph of a .docx, as Word shows it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocxParagraph {
    /// The text, automatic number (and its suffix) included.
    pub text: String,
    /// The automatic number added at the start of `text`, suffix included
    /// (`"一、"`, `"1.\t"`); `None` when there was none or it was already typed.
    pub number: Option<String>,
    /// The paragraph style id (`w:pStyle`, else the default paragraph style).
    pub style_id: Option<String>,
    /// The style's name (`heading 1`, `公文一级标题`).
    pub style_name: Option<String>,
    /// Outline level, 0-based (0 = level 1, as in `w:outlineLvl`); `None`
    /// for body text.
    pub outline_level: Option<u8>,
    /// The paragraph is inside a table cell (its text is never a heading).
    pub in_table: bool,
    /// The paragraph is centred (`w:jc` `center`, its own or its style's
    /// along `basedOn`).
    pub centered: bool,
    /// The largest font size of its text, in half-points (`w:sz`: 44 is
    /// 22 pt, 二号), from its runs, its style or the document defaults;
    /// `None` when nothing says.
    pub size: Option<u32>,
    /// The footnotes, endnotes and comments cited in this paragraph, where
    /// their reference marks stand (the marks add no text).
    pub notes: Vec<NoteRef>,
    /// The numbering instance and level (`numId`, `ilvl`) of the automatic
    /// number added at the start of `text`, when one was.
    pub numbering: Option<(u32, u32)>,
    /// The left indent in twips (`w:ind` `w:left`): the paragraph's own,
    /// else its automatic number's level's, else its style's; `None` when
    /// nothing says.
    pub indent: Option<i32>,
}

impl DocxParagraph {
    /// What the parser is told of this paragraph's layout: a table cell,
    /// a heading style's level, a title style, centring.
    ///
    /// ```
    /// let p = gongwen_docx::DocxParagraph { in_table: true, ..Default::default() };
    /// assert!(p.hint().table);
    /// ```
    pub fn hint(&self) -> gongwen_parse::LineHint {
        let title = self
            .style_name
            .as_deref()
            .is_some_and(|n| n.eq_ignore_ascii_case("title") || n == "标题");
        let mut h = gongwen_parse::LineHint::default();
        h.table = self.in_table;
        h.title = title && !self.in_table;
        h.centered = self.centered;
        h.size = self.size;
        // Word's built-in TOC styles keep their English names in styles.xml.
        h.toc = !self.in_table
            && self.style_name.as_deref().is_some_and(|n| {
                let n = n.trim().to_ascii_lowercase();
                n.strip_prefix("toc ")
                    .or_else(|| n.strip_prefix("目录 "))
                    .is_some_and(|l| l.len() == 1 && l.as_bytes()[0].is_ascii_digit())
            });
        h.heading_level = self.outline_level.filter(|_| !self.in_table && !title);
        h.numbered = self.numbering.is_some() && !self.in_table;
        h.indent = self.indent.filter(|_| !self.in_table);
        h
    }
}

/// How a table cell takes part in a vertical merge (`w:vMerge`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum VMerge {
    /// Not merged vertically.
    #[default]
    None,
    /// The first cell of a vertical merge: it shows the merged cell's text.
    Restart,
    /// A cell merged into the one above it (its paragraphs are empty).
    Continue,
}

/// One cell of a table row.
///
/// ```
/// let c = gongwen_docx::DocxCell { paragraphs: 3..5, grid_span: 2, v_merge: gongwen_docx::VMerge::None };
/// assert_eq!(c.paragraphs.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocxCell {
    /// Its paragraphs, as indices into [`Docx::paragraphs`] (0-based; a
    /// nested table's paragraphs included).
    pub paragraphs: std::ops::Range<usize>,
    /// How many grid columns it spans (`w:gridSpan`, 1 when not merged).
    pub grid_span: u32,
    /// Its part in a vertical merge.
    pub v_merge: VMerge,
}

/// One row of a table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocxRow {
    /// The row's cells, left to right.
    pub cells: Vec<DocxCell>,
}

/// A table of the body: rows of cells whose paragraphs are lines of the
/// text like any other (outline spec convention 14), never headings.
///
/// ```
/// let bytes = gongwen_docx::testing::package(
///     &gongwen_docx::testing::table(&[&["序号", "事项"], &["1", "报价"]]), None, None);
/// let doc = gongwen_docx::read(&bytes).unwrap();
/// let t = &doc.tables[0];
/// assert_eq!((t.rows.len(), t.rows[1].cells.len()), (2, 2));
/// assert_eq!(doc.paragraphs[t.rows[1].cells[1].paragraphs.start].text, "报价");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocxTable {
    /// The rows, top to bottom.
    pub rows: Vec<DocxRow>,
    /// Index in [`Docx::paragraphs`] of the table's first paragraph.
    pub first: usize,
    /// The table sits inside a cell of another table.
    pub nested: bool,
}

/// The paragraphs of a .docx, in document order, with its tables, notes
/// and the furniture around the body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Docx {
    /// The paragraphs; paragraph N (1-based) is `paragraphs[N - 1]`.
    pub paragraphs: Vec<DocxParagraph>,
    /// The body's tables in document order (an outer table before the
    /// tables nested in it); their cells point into `paragraphs`.
    pub tables: Vec<DocxTable>,
    /// Footnotes and endnotes, each cited from a paragraph's
    /// [`DocxParagraph::notes`] by its kind and id.
    pub notes: Vec<DocxStory>,
    /// Headers, footers and comments: kept, but not body text (a comment
    /// is cited from [`DocxParagraph::notes`] where it is anchored).
    pub furniture: Vec<DocxStory>,
}

impl Docx {
    /// The document as text, one line per paragraph, each ending in `\n`:
    /// line N is paragraph N.
    ///
    /// ```
    /// let d = gongwen_docx::Docx { paragraphs: vec![
    ///     gongwen_docx::DocxParagraph { text: "一、总则".into(), ..Default::default() },
    ///     gongwen_docx::DocxParagraph::default(),
    /// ], ..Default::default() };
    /// assert_eq!(d.text(), "一、总则\n\n");
    /// ```
    pub fn text(&self) -> String {
        let mut s = String::with_capacity(self.paragraphs.iter().map(|p| p.text.len() + 1).sum());
        for p in &self.paragraphs {
            s.push_str(&p.text);
            s.push('\n');
        }
        s
    }
}

/// True when `bytes` start like a zip archive (`PK\x03\x04`), as a .docx does.
///
/// ```
/// assert!(gongwen_docx::is_zip(b"PK\x03\x04rest"));
/// assert!(!gongwen_docx::is_zip("一、总则".as_bytes()));
/// ```
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Reads a .docx from its bytes.
///
/// ```
/// let bytes = gongwen_docx::testing::docx(&[("一、总体要求", None), ("提高认识", Some((1, 1)))]);
/// let doc = gongwen_docx::read(&bytes).unwrap();
/// assert_eq!(doc.paragraphs[1].text, "（一）提高认识");
/// assert!(gongwen_docx::read(b"not a zip").is_err());
/// ```
pub fn read(bytes: &[u8]) -> Result<Docx, DocxError> {
    let mut pkg = package::Package::open(bytes)?;
    let styles = match pkg.part("word/styles.xml")? {
        Some(b) => styles::Styles::read("word/styles.xml", &b)?,
        None => styles::Styles::default(),
    };
    let numbering = match pkg.part("word/numbering.xml")? {
        Some(b) => numbering::Numbering::read("word/numbering.xml", &b)?,
        None => numbering::Numbering::default(),
    };
    let doc = pkg
        .part("word/document.xml")?
        .ok_or(DocxError::MissingDocument)?;
    let body = document::read("word/document.xml", &doc, &styles, &numbering, None)?;
    let mut notes = Vec::new();
    let mut furniture = Vec::new();
    let rels = pkg.part("word/_rels/document.xml.rels")?;
    // All the parts around the body together are held to one part's limit,
    // and their paragraphs to the body's.
    let mut total = 0u64;
    let mut budget = MAX_PARAGRAPHS;
    for (part, kind) in rels
        .map(|r| stories::parts(&r))
        .transpose()?
        .unwrap_or_default()
    {
        let Some(bytes) = pkg.part(&part)? else {
            continue;
        };
        total = total.saturating_add(bytes.len() as u64);
        if total > MAX_PART_SIZE {
            return Err(DocxError::Limit {
                part,
                what: "the size of the headers, footers, comments and notes together".into(),
                limit: MAX_PART_SIZE,
            });
        }
        let stories = stories::read(&part, &bytes, kind, &mut budget)?;
        match kind {
            StoryKind::Footnote | StoryKind::Endnote => notes.extend(stories),
            _ => furniture.extend(stories),
        }
    }
    Ok(Docx {
        paragraphs: body.paragraphs,
        tables: body.tables,
        notes,
        furniture,
    })
}

/// Reads a .docx and parses its text ([`Docx::text`]) with
/// [`gongwen_parse::parse`]. Line numbers in the result are paragraph numbers.
/// Each table of the body becomes a [`gongwen_model::NodeKind::Table`] node
/// over its cells' paragraphs, and each cited footnote or endnote a
/// [`gongwen_model::NodeKind::Note`] node under the node citing it; both
/// have empty spans, so the document still tiles its text.
///
/// ```
/// let bytes = gongwen_docx::testing::docx(&[("第一章 总则", None)]);
/// let doc = gongwen_docx::parse(&bytes).unwrap();
/// assert_eq!(doc.outline().next().map(|r| r.marker), Some("第一章"));
/// ```
pub fn parse(bytes: &[u8]) -> Result<Document<'static>, DocxError> {
    let docx = read(bytes)?;
    let hints: Vec<_> = docx.paragraphs.iter().map(DocxParagraph::hint).collect();
    let text = docx.text();
    let mut doc = gongwen_parse::parse_with_hints(&text, &hints).into_owned();
    structure::attach(&mut doc, &docx);
    Ok(doc)
}

/// The text of a .docx ([`Docx::text`]) and why each paragraph came out
/// as it did ([`gongwen_parse::explain`]); line N is paragraph N, and each
/// explanation's byte range points into the text.
///
/// ```
/// let bytes = gongwen_docx::testing::docx(&[("第一章 总则", None)]);
/// let (text, why) = gongwen_docx::explain(&bytes).unwrap();
/// assert_eq!((why[0].line, why[0].role), (1, "heading"));
/// assert_eq!(&text[why[0].start..why[0].end], "第一章 总则");
/// ```
pub fn explain(bytes: &[u8]) -> Result<(String, Vec<gongwen_parse::Explanation>), DocxError> {
    let (text, hints) = text_and_hints(bytes)?;
    let why = gongwen_parse::explain_with_hints(&text, &hints);
    Ok((text, why))
}

/// A .docx parsed as [`parse`] does, with its GB/T 9704 elements
/// ([`gongwen_parse::elements::recognise_with_hints`]): the paragraphs'
/// layout (a centred issuer mark) helps to find them.
///
/// ```
/// let bytes = gongwen_docx::testing::docx(&[("关于开展检查的通知", None), ("各有关单位：", None)]);
/// let (_doc, found) = gongwen_docx::parse_with_elements(&bytes).unwrap();
/// assert_eq!(found[1].kind.as_str(), "addressee");
/// ```
pub fn parse_with_elements(
    bytes: &[u8],
) -> Result<(Document<'static>, Vec<gongwen_model::Element<'static>>), DocxError> {
    let (text, hints) = text_and_hints(bytes)?;
    let doc = gongwen_parse::parse_with_hints(&text, &hints);
    let found = gongwen_parse::elements::recognise_with_hints(&doc, &hints)
        .into_iter()
        .map(gongwen_model::Element::into_owned)
        .collect();
    Ok((doc.into_owned(), found))
}

/// The text of a .docx and the layout hint of each of its lines.
fn text_and_hints(bytes: &[u8]) -> Result<(String, Vec<gongwen_parse::LineHint>), DocxError> {
    let docx = read(bytes)?;
    let hints = docx.paragraphs.iter().map(DocxParagraph::hint).collect();
    Ok((docx.text(), hints))
}

/// The examples in the crate's README run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
