//! Assembly of lines into the document tree.
//!
//! Passes, each linear in the number of lines:
//! 1. split lines and run the marker grammars (`lines.rs`);
//! 2. front matter: title, subtitle, chrome, declared count, 目录;
//! 3. body roles: articles and bylines (by the 目录), annexes, attachment
//!    lists, numbered lines inside quotations, heading candidates;
//! 4. logical lines: hard wraps joined, run-in headings split;
//! 5. the tree: a stack of open sections (see [`crate::parse`] for the rule),
//!    nodes emitted flat in document order with gaps for the rest.

use crate::furniture::{self, AnnexLine};
use crate::inband;
use crate::lines::{split_with, Line};
use crate::marker::{bare_numeral, LineMarker};
use crate::sections::Sections;
use crate::text::{self, cannot_end_phrase, char_len, ends_closed, sentence_end, trim};
use gongwen_model::{
    Annex, Delimiter, FurnitureRole, Gap, GapKind, Heading, HeadingLayout, InBandMarker, Marker,
    MarkerFamily, Node, NodeId, NodeKind, NumeralStyle, Paragraph, Span,
};
use std::borrow::Cow;

mod decimal;
mod endnotes;
mod hidden;
mod layout;
mod md_scope;
mod nesting;
mod pieces;
mod spaced;
mod toc_entries;

/// How far into a document the title and front matter are looked for.
pub(crate) const FRONT_WINDOW: usize = 80;
/// The most lines from one character of a letter-spaced title to the next
/// (blank lines between them).
const MAX_SPACED_GAP: usize = 3;
/// The longest line read as a title where it is printed twice or stands
/// over a document number (`title_like`).
const LONG_TITLE: usize = 150;
/// How far below a 目录 header its first entry stands (blank lines and a
/// split `目` / `录` between).
const TOC_HEADER_REACH: usize = 8;
/// How far below a list item naming a document (`18.劳务派遣服务合同`,
/// its parties' fields between) that document's first article may stand
/// (rule `nesting`).
const NAMED_DOCUMENT_LINES: usize = 30;
/// The longest line read as a title anywhere (`title_like`).
const TITLE_CHARS: usize = 60;
/// The shortest line (characters) read as a sentence cut by a hard wrap
/// where only the list's shape says so.
const MIN_WRAPPED_LINE: usize = 12;
/// How many characters the rest of a wrapped line may run past the line
/// it was cut from (a lost indent, a wider punctuation).
const WRAP_SLACK: usize = 4;
/// How many non-blank lines above an `附：` line its document's date is
/// looked for (a clerk's and a judge's signature may stand between).
const DATE_LOOKBACK: usize = 3;
/// How far above a second text's title (lines) an article or chapter of
/// the first is looked for.
const MAX_SECOND_TEXT_LOOKBACK: usize = 60;
/// Non-blank lines from the top in which a reposted document's title is
/// looked for under a news lead.
const LEAD_LINES: usize = 6;
/// The smallest extra indentation (characters) that sets a list restarting
/// at 1 inside the open item of its family.
const MIN_INDENT_STEP: u32 = 2;
/// Two .docx paragraphs whose left indents differ by no more than this
/// (twips: half a character of 12 pt) are set at one depth.
const SAME_INDENT: i32 = 120;
/// The longest line (characters) of a heading set over two short lines.
const SHORT_HEADING_LINE: usize = 30;
/// The shortest first line of such a heading (its title characters).
const MIN_CUT_HEADING: usize = 10;
/// The shortest line read as a paragraph below such a heading.
const LONG_PARAGRAPH_LINE: usize = 40;
/// The narrowest line counted when measuring a hard-wrap width (columns).
const MIN_WRAP_WIDTH: usize = 20;
/// The indent (columns) a paragraph's first line loses when print is
/// extracted to text: two full-width characters.
const LOST_INDENT: usize = 4;
/// The widest line counted (wider ones are paragraphs, not wrapped lines).
const MAX_WRAP_WIDTH: usize = 400;
/// How many lines must share a width for it to be the hard-wrap width.
const MIN_WRAPPED_LINES: u32 = 8;
/// The share of the counted lines that must have that width.
const WRAPPED_SHARE: f64 = 0.3;
/// The share of the counted lines ending mid-sentence that shows a text
/// hard-wrapped even where many lines run past its width.
const OPEN_ENDED_SHARE: f64 = 0.5;
/// Columns over which the full lines of print set in a proportional face
/// spread (rule `hard_wrap`).
const PROPORTIONAL_SPREAD: usize = 8;
/// The share of a hard-wrapped text's lines followed by one blank line
/// that shows it double-spaced (rule `hard_wrap`).
const DOUBLE_SPACED_SHARE: f64 = 0.8;
/// The narrowest printed page's line (columns: 24 ideographs; GB/T 9704
/// sets 28) the proportional spread is looked for at.
const MIN_PRINT_MEASURE: usize = 48;
/// How many lines a quotation may run before it is taken as unbalanced.
const MAX_QUOTE_LINES: usize = 60;
/// How many lines below a heading cut inside a quotation may close it.
const QUOTE_RUN_LINES: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Role {
    /// Not yet decided, or plain body text.
    Text,
    /// Part of the title (the first part carries the node).
    Title,
    Furniture(FurnitureRole),
    Declared(u32),
    TocHeader,
    TocEntry,
    /// A later line of a 目录 entry wrapped over several lines (rule
    /// `toc_entries`): part of the entry above.
    TocPart,
    Article(Option<u32>),
    Byline,
    Annex {
        label_end: usize,
    },
    AttachmentList,
    Heading(LineMarker),
    /// A table cell's paragraph (rule `layout`): body text, never an element.
    Cell,
    /// A line the rules treat as absent (rule `hidden`): front matter and
    /// page furniture, emitted as furniture.
    Hidden(FurnitureRole),
}

pub(crate) struct Assembler<'a> {
    src: &'a str,
    lines: Vec<Line>,
    roles: Vec<Role>,
    nodes: Vec<Node<'a>>,
    gaps: Vec<Gap>,
    /// False when the source holds no `##`: text needs no marker stripping.
    has_inband: bool,
    /// False when the source holds no inline markup ([`crate::markup`]).
    has_markup: bool,
    /// The first line in a Title style (rule `layout`).
    title_hint: Option<usize>,
    /// Paragraphs that continue the title at `title_hint` (a title set over
    /// two paragraphs in a Title or heading style).
    title_more: Vec<usize>,
    /// Centred paragraphs (rule `layout`), by line; empty for a source
    /// without layout (text), which [`Self::laid_out`] reads.
    centred: Vec<bool>,
    /// Per heading-style level, the family of the numbered headings in that
    /// style where they all share one (rule `layout`).
    styled_as: [Option<MarkerFamily>; 6],
    /// A .docx paragraph's heading style or outline level (rule `layout`),
    /// per line; empty for text.
    levels: Vec<Option<u8>>,
    /// A .docx paragraph's left indent in twips (rule `layout`), per line;
    /// empty for text and for a document that sets none.
    indents: Vec<Option<i32>>,
    /// The width (display columns) at which the text was hard-wrapped, where
    /// enough lines share one, and the indent its paragraphs' first lines
    /// lost (0 when they kept it) (rule `hard_wrap`).
    wrap_width: Option<(usize, usize)>,
    /// A hard-wrapped text with a blank line after every line (a PDF
    /// extractor's double spacing): one blank line breaks nothing (rule
    /// `hard_wrap`).
    double_spaced: bool,
    /// The title's lines joined (rule `layout`: a heading repeating it
    /// heads no section); set when the tree is built.
    title_key: String,
    /// Lines in a table-of-contents style (rule `layout`): 目录 entries
    /// wherever the 目录 rule did not take them.
    toc_hints: Vec<usize>,
    /// The front matter holds a cover page's field lines (rule `hidden`):
    /// the title is the first title-like line, not one above a date.
    cover: bool,
    /// Where the title starts on the first line when an annex label opens
    /// it (`附件1　某某报名表`, rule `hidden`): the label gives no row.
    title_label: Option<usize>,
    /// Lines of a .docx that hold nothing but an automatic number (rule
    /// `layout`): headings whose title is empty, not on the next line.
    bare_numbers: Vec<usize>,
    /// The inline enumerations of the paragraphs emitted so far.
    inline: Vec<gongwen_model::InlineMarkers<'a>>,
    /// Heading lines whose list lies inside an item of a lower family
    /// (rule `nesting`), sorted.
    enclosed: Vec<usize>,
    /// The last line holding a structural marker of a rank below each rank
    /// (indexed by rank): whether a division has chapters of its own below
    /// it, asked in constant time.
    structure_below: Vec<Option<usize>>,
    /// The line of a periodical's masthead (rule `hidden`), if any.
    masthead: Option<usize>,
    /// `1.` lines over decimal subsections (`2.响应文件` / `2.1…`), in
    /// order (rule `decimal`); other `1.` lines inside a decimal section
    /// are its items.
    decimal_parents: Vec<usize>,
}

/// The nodes, gaps and in-band markers of `src`.
pub(crate) type Parts<'a> = (
    Vec<Node<'a>>,
    Vec<Gap>,
    Vec<InBandMarker<'a>>,
    Vec<gongwen_model::InlineMarkers<'a>>,
);

pub(crate) fn assemble(src: &str) -> Parts<'_> {
    assemble_with(src, &[])
}

/// [`assemble`] with layout hints (one per line, possibly fewer).
pub(crate) fn assemble_with<'a>(src: &'a str, hints: &[crate::LineHint]) -> Parts<'a> {
    run(src, hints, None)
}

/// [`assemble_with`], recording for each line the rule that last decided
/// its role or marker (see [`crate::explain`]).
pub(crate) fn assemble_explained(src: &str, hints: &[crate::LineHint]) -> Vec<Explained> {
    let mut trace = Trace::default();
    run(src, hints, Some(&mut trace));
    trace
        .lines
        .into_iter()
        .zip(trace.why.into_iter().zip(trace.names))
        .filter(|(l, _)| !l.is_blank())
        .map(|(l, (role, rule))| Explained {
            line: l.number,
            start: l.ind,
            end: l.cend.max(l.ind),
            role,
            rule,
        })
        .collect()
}

/// One non-blank line as the pipeline decided it.
pub(crate) struct Explained {
    pub line: u32,
    /// The line's text, indentation and trailing space excluded.
    pub start: usize,
    pub end: usize,
    pub role: Role,
    /// The last stage that changed the line's role or marker.
    pub rule: &'static str,
}

/// What the pipeline decided for each line, and by which rule.
#[derive(Default)]
struct Trace {
    lines: Vec<Line>,
    why: Vec<Role>,
    names: Vec<&'static str>,
    marked: Vec<bool>,
}

impl Trace {
    /// Notes every line whose role or marker changed since the last note.
    fn note(&mut self, a: &Assembler<'_>, rule: &'static str) {
        if self.lines.is_empty() {
            self.lines = a.lines.clone();
            self.why = vec![Role::Text; a.lines.len()];
            self.names = a
                .lines
                .iter()
                .map(|l| if l.mk.is_some() { "marker" } else { "text" })
                .collect();
            self.marked = a.lines.iter().map(|l| l.mk.is_some()).collect();
        }
        for (k, l) in a.lines.iter().enumerate() {
            if a.roles[k] != self.why[k] || l.mk.is_some() != self.marked[k] {
                self.why[k] = a.roles[k];
                self.marked[k] = l.mk.is_some();
                self.names[k] = rule;
            }
        }
    }
}

/// The pipeline, in order. Each stage is a rule module (or, for
/// `front_matter` and `body_roles`, a group of rules) of this file; with a
/// trace, every line records the last stage that changed it.
fn run<'a>(src: &'a str, hints: &[crate::LineHint], mut trace: Option<&mut Trace>) -> Parts<'a> {
    // A Word document's paragraphs hold no Markdown.
    let markup = hints.is_empty();
    let lines = split_with(src, markup);
    let roles = vec![Role::Text; lines.len()];
    let mut a = Assembler {
        src,
        lines,
        roles,
        nodes: Vec::new(),
        gaps: Vec::new(),
        has_inband: memchr::memmem::find(src.as_bytes(), b"##").is_some(),
        has_markup: markup && crate::markup::may_hold_markup(src),
        title_hint: None,
        title_more: Vec::new(),
        centred: Vec::new(),
        toc_hints: Vec::new(),
        wrap_width: None,
        double_spaced: false,
        title_key: String::new(),
        styled_as: [None; 6],
        levels: Vec::new(),
        indents: Vec::new(),
        cover: false,
        decimal_parents: Vec::new(),
        title_label: None,
        bare_numbers: Vec::new(),
        enclosed: Vec::new(),
        structure_below: Vec::new(),
        inline: Vec::new(),
        masthead: None,
    };
    let mut note = |a: &Assembler<'_>, rule: &'static str| {
        if let Some(t) = trace.as_deref_mut() {
            t.note(a, rule);
        }
    };
    note(&a, "marker");
    a.layout(hints);
    a.wrap_width = a.measure_wrap_width();
    a.double_spaced = a.wrap_width.is_some() && a.measure_double_spaced();
    note(&a, "layout");
    a.hidden();
    note(&a, "hidden");
    a.decimal();
    note(&a, "decimal");
    a.spaced_numeral();
    note(&a, "spaced_numeral");
    a.endnotes();
    note(&a, "endnotes");
    let body = a.front_matter();
    a.toc_styled();
    note(&a, "front_matter");
    a.pieces();
    note(&a, "pieces");
    a.body_roles(body);
    note(&a, "body_roles");
    a.reserve();
    a.emit();
    let markers = a.inband_markers();
    (a.nodes, a.gaps, markers, a.inline)
}

impl Role {
    /// A short name for [`crate::explain`].
    pub(crate) fn name(self) -> &'static str {
        match self {
            Role::Text => "text",
            Role::Title => "title",
            Role::Furniture(_) => "furniture",
            Role::Declared(_) => "declared_count",
            Role::TocHeader => "toc_header",
            Role::TocEntry => "toc",
            Role::TocPart => "toc_part",
            Role::Article(_) => "article",
            Role::Byline => "byline",
            Role::Annex { .. } => "annex",
            Role::AttachmentList => "attachment_list",
            Role::Heading(_) => "heading",
            Role::Cell => "table_cell",
            Role::Hidden(_) => "hidden",
        }
    }
}

impl<'a> Assembler<'a> {
    /// Sizes the node and gap vectors by upper bounds, so they are never
    /// copied while they grow: every non-blank line gives at most one node,
    /// except a heading line that also holds its run-in body (text after a
    /// sentence mark after the marker); every run of blank lines (or of
    /// lines of in-band markers) and every indented line gives at most one
    /// gap.
    fn reserve(&mut self) {
        let (mut nodes, mut gaps) = (0usize, 0usize);
        // The kind of the gap the previous line is in (marker lines or not).
        let mut in_gap: Option<bool> = None;
        for (i, l) in self.lines.iter().enumerate() {
            if l.is_blank() || l.is_marker_only() {
                let kind = Some(l.is_marker_only());
                gaps += usize::from(in_gap != kind);
                in_gap = kind;
                continue;
            }
            in_gap = None;
            nodes += 1;
            gaps += usize::from(l.ind > l.start);
            if let Role::Heading(m) = self.roles[i] {
                // The body follows the title's sentence end, which is at or
                // after the first sentence mark on the line.
                let rest = &self.src[m.end.min(l.cend)..l.cend];
                let body = rest
                    .find(['。', '！', '？', '；'])
                    .is_some_and(|p| !trim(&rest[p + '。'.len_utf8()..]).is_empty());
                nodes += usize::from(body);
            }
        }
        self.nodes.reserve_exact(nodes);
        self.gaps.reserve_exact(gaps);
    }

    // ---------------------------------------------------------------- text

    /// Every in-band marker (`##word##`) of the source, with its position.
    fn inband_markers(&self) -> Vec<InBandMarker<'a>> {
        let src = self.src;
        if !self.has_inband {
            return Vec::new();
        }
        inband::find_all(src)
            .into_iter()
            .map(|(pos, n)| {
                let line = self
                    .lines
                    .partition_point(|l| l.next <= pos)
                    .min(self.lines.len().saturating_sub(1));
                InBandMarker {
                    name: Cow::Borrowed(&src[pos + 2..pos + n - 2]),
                    span: self.span_at(pos, pos + n, line),
                }
            })
            .collect()
    }

    fn text(&self, i: usize) -> &'a str {
        let l = &self.lines[i];
        &self.src[l.cstart..l.cend.max(l.cstart)]
    }

    fn clean(&self, i: usize) -> Cow<'a, str> {
        self.visible(self.text(i))
    }

    /// `t` trimmed, without in-band markers and inline markup.
    fn visible(&self, t: &'a str) -> Cow<'a, str> {
        self.shown(t, true)
    }

    /// `t` trimmed, without in-band markers, and without inline markup
    /// where `markup` says so (body text keeps it).
    fn shown(&self, t: &'a str, markup: bool) -> Cow<'a, str> {
        let markup = markup && self.has_markup;
        if !self.has_inband && !markup {
            return Cow::Borrowed(trim(t));
        }
        let t = if self.has_inband {
            inband::strip(t)
        } else {
            Cow::Borrowed(t)
        };
        let t = match t {
            Cow::Borrowed(b) if markup => crate::markup::strip(b),
            Cow::Owned(o) if markup => Cow::Owned(crate::markup::strip(&o).into_owned()),
            t => t,
        };
        match t {
            Cow::Borrowed(b) => Cow::Borrowed(trim(b)),
            Cow::Owned(o) => Cow::Owned(trim(&o).to_string()),
        }
    }

    fn blank(&self, i: usize) -> bool {
        let l = &self.lines[i];
        l.is_blank() || l.is_marker_only() || matches!(self.roles[i], Role::Hidden(_))
    }

    fn next_nonblank(&self, mut i: usize) -> Option<usize> {
        while i < self.lines.len() {
            if !self.blank(i) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// The line after `k`, past hidden lines (page furniture a wrapped
    /// line runs across).
    ///
    /// Blank lines around page furniture (`14` / `` / `====第18页====`)
    /// belong to the page break and are read past with it, as are blank
    /// lines before a line that opens with a glued page marker (`` /
    /// `— 18 —《非金融…`) or after one that ends with it.
    fn next_line(&self, k: usize) -> usize {
        let n = self.lines.len();
        let mut j = k + 1;
        let mut broke = false;
        while j < n && (self.lines[j].is_blank() || matches!(self.roles[j], Role::Hidden(_))) {
            broke |= matches!(self.roles[j], Role::Hidden(_));
            j += 1;
        }
        // (A page marker glued to the next page's first line is a break too,
        // as is one glued to the end of this line, `…安全评价- 3 -`, which
        // the line's content leaves out.)
        broke |= j < n && {
            let l = &self.lines[j];
            crate::markup::glued_page_marker_len(&self.src[l.ind..l.cend.max(l.ind)]).is_some()
        };
        broke |= j < n && k < n && {
            let l = &self.lines[k];
            self.src
                .get(l.cend..l.next)
                .is_some_and(|rest| trim(rest).starts_with(crate::markup::PAGE_DASHES))
        };
        // (In double-spaced text one blank line is no break.)
        if broke || (self.double_spaced && j == k + 2) {
            j
        } else {
            k + 1
        }
    }

    /// True when at least [`DOUBLE_SPACED_SHARE`] of the text's lines (and
    /// [`MIN_WRAPPED_LINES`] or more) are each followed by one blank line
    /// and then a line of text: the double spacing of a PDF extractor
    /// (`pdfminer`), where blank lines no longer mark paragraphs.
    fn measure_double_spaced(&self) -> bool {
        let n = self.lines.len();
        let (mut lines, mut spaced) = (0u32, 0u32);
        for k in 0..n {
            if self.lines[k].is_blank() {
                continue;
            }
            lines += 1;
            spaced += u32::from(
                k + 2 < n && self.lines[k + 1].is_blank() && !self.lines[k + 2].is_blank(),
            );
        }
        spaced >= MIN_WRAPPED_LINES && f64::from(spaced) >= f64::from(lines) * DOUBLE_SPACED_SHARE
    }

    /// True when one of the [`DATE_LOOKBACK`] non-blank lines above line `i`
    /// is a date line (the 成文日期, with the signatures around it).
    fn below_date(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..DATE_LOOKBACK {
            match self.prev_nonblank(k, 0) {
                Some(p) if furniture::is_date_line(&self.clean(p)) => return true,
                Some(p) => k = p,
                None => return false,
            }
        }
        false
    }

    fn prev_nonblank(&self, i: usize, floor: usize) -> Option<usize> {
        let mut j = i;
        while j > floor {
            j -= 1;
            if !self.blank(j) {
                return Some(j);
            }
        }
        None
    }

    // --------------------------------------------------------- front matter

    /// Title-like: short, no sentence inside, not furniture, not numbered.
    /// A longer line (a notice forwarding a long-named document) is
    /// title-like only where it is printed twice or stands over a document
    /// number.
    fn title_like(&self, i: usize) -> bool {
        let t = self.clean(i);
        // A newspaper's column tag after the title (`…新贡献（深入学习贯彻…
        // 纵横谈）`) does not count to its length.
        let n = char_len(text::without_trailing_bracket(&t));
        ((2..=TITLE_CHARS).contains(&n) || (n <= LONG_TITLE && self.long_title_context(i, &t)))
            && self.lines[i].mk.is_none()
            && self.roles[i] != Role::Cell
            && !self.wrapped_paragraph_line(i)
            && !is_code_or_foreign(&t)
            && !t.contains(['。', '！', '？', '；'])
            && !furniture::is_field_line(&t)
            && !t.ends_with(['：', ':'])
            // (A sentence about the file, `此文档展示…项目的详细介绍`, is prose.)
            && !["此文档", "本文档", "本文将", "本文介绍", "本文件"].iter().any(|w| t.starts_with(w))
            && !furniture::is_chrome(&t)
            && !furniture::is_citation(&t)
            && !furniture::is_subtitle(&t)
            && !furniture::is_document_number(&t)
            && !furniture::is_date_line(&t)
            && !furniture::is_head_mark(&t)
            && !furniture::is_publishing_line(&t)
            && !furniture::is_author_line(&t)
            && !furniture::is_person_name(&t)
            && !furniture::is_contact_line(&t)
            && furniture::declared_count(&t).is_none()
            && !furniture::is_toc_header(&t)
            && !furniture::is_section_label(&t)
            && furniture::annex_line(&t).is_none()
            && bare_numeral(&t).is_none()
            && (!furniture::is_bracketed_note(&t) || furniture::is_title_label(&t))
    }

    /// Line `i` (holding `t`) is repeated on the next or previous non-blank
    /// line, or the next non-blank line is a document number.
    fn long_title_context(&self, i: usize, t: &str) -> bool {
        let next = self.next_nonblank(i + 1).map(|j| self.clean(j));
        let prev = self.prev_nonblank(i, 0).map(|j| self.clean(j));
        next.as_deref()
            .is_some_and(|u| furniture::same_title(u, t) || furniture::is_document_number(u))
            || prev.as_deref().is_some_and(|u| furniture::same_title(u, t))
    }

    /// True when the sentence of line `i` runs on below it: the next lines
    /// (past footnote-link leftovers such as `[`, `1`, `]`) open with a mark
    /// that continues a sentence. Such a line is body text, not a title.
    fn runs_on(&self, i: usize) -> bool {
        let mut j = i + 1;
        while let Some(k) = self.next_nonblank(j) {
            let t = self.clean(k);
            if furniture::continues_sentence(&t) {
                return true;
            }
            if !furniture::is_footnote_mark(&t) || k > i + 8 {
                return false;
            }
            j = k + 1;
        }
        false
    }

    /// Decides the front matter; returns the first line of the body.
    fn front_matter(&mut self) -> usize {
        let n = self.lines.len();
        let limit = n.min(FRONT_WINDOW);
        // The body starts at the first numbered line, annex or 目录; the
        // title and its furniture are looked for above it.
        let mut body = limit;
        let mut toc = None;
        let mut openers: Option<Vec<usize>> = None;
        for i in 0..limit {
            if self.blank(i) {
                continue;
            }
            let t = self.clean(i);
            // `目` / `录` set on two lines (an OCR'd booklet) heads a 目录 too.
            let split_header = t == "目"
                && self
                    .next_nonblank(i + 1)
                    .is_some_and(|k| self.clean(k) == "录");
            // (A 目录 header in a Word heading style or outline level is a
            // heading with an empty marker, outline spec convention 14; the
            // entries below it are read by their TOC styles.)
            // (Unless the entries below it are typed by hand, leaders and
            // page numbers, with no TOC style: then it heads them.)
            let styled = self.lines[i].mk.is_some_and(|m| m.family.is_styled())
                && !(self.toc_hints.is_empty()
                    && self
                        .next_nonblank(i + 1)
                        .is_some_and(|k| toc_entries::page_number(&self.clean(k))));
            if (furniture::is_toc_header(&t) && !styled) || split_header {
                toc = Some(i);
                body = i;
                break;
            }
            if self.lines[i].mk.is_some() || furniture::annex_line(&t).is_some() {
                body = i;
                break;
            }
            // A bare `一` that opens a list of bare section numbers.
            if bare_numeral(&t) == Some(1)
                && openers
                    .get_or_insert_with(|| self.bare_list_openers(0))
                    .binary_search(&i)
                    .is_ok()
            {
                body = i;
                break;
            }
        }
        self.title(body);
        // A procedure cut from a manual (`第二章 记录控制程序` over `1 目的`,
        // `2 范围`, …): the one chapter line, over decimal sections and no
        // other division or article, is the file's title.
        if body < n && !self.roles[..body].contains(&Role::Title) && self.lone_chapter_title(body) {
            self.lines[body].mk = None;
            self.roles[body] = Role::Title;
        }
        // Other front lines are furniture where recognisable.
        for i in 0..body {
            if self.blank(i) || self.roles[i] != Role::Text {
                continue;
            }
            let t = self.clean(i);
            self.roles[i] = if let Some(v) = furniture::declared_count(&t) {
                Role::Declared(v)
            } else if furniture::is_citation(&t) {
                Role::Furniture(FurnitureRole::Citation)
            } else if furniture::is_chrome(&t) {
                Role::Furniture(FurnitureRole::Chrome)
            } else if furniture::is_subtitle(&t) {
                Role::Furniture(FurnitureRole::Subtitle)
            } else if furniture::is_document_number(&t) {
                Role::Furniture(FurnitureRole::DocumentNumber)
            } else if furniture::is_date_line(&t) {
                Role::Furniture(FurnitureRole::Date)
            } else if furniture::is_addressee(&t) {
                Role::Furniture(FurnitureRole::Addressee)
            } else if furniture::is_author_line(&t) {
                Role::Furniture(FurnitureRole::Author)
            } else {
                Role::Text
            };
        }
        match toc {
            Some(h) => {
                let after = self.toc(h);
                // A header in a heading style stays the heading it is set as
                // (outline spec convention 14) over the entries it heads.
                if let Some(m) = self.lines[h].mk.filter(|m| m.family.is_styled()) {
                    self.roles[h] = Role::Heading(m);
                }
                if !self.roles[..h].contains(&Role::Title) {
                    self.title_after_toc(after);
                }
                after
            }
            None => body,
        }
    }

    /// A cover title whose genre is set one character per line (`实` / `施`
    /// / `方` / `案`, blank lines between: Word's letter-spaced vertical
    /// cover) above the body: its characters are the title, after the
    /// title-like line right above them (`…脱贫项目`) unless that line
    /// names an organ (`某某律师事务所` over `员` `工` `手` `册`).
    fn spaced_title(&mut self, body: usize) {
        let single = |a: &Self, k: usize| {
            let l = &a.lines[k];
            let t = a.text(k);
            l.mk.is_none()
                && a.roles[k] == Role::Text
                && t.chars().count() == 1
                && t.chars().all(|c| c.is_alphabetic() && !c.is_ascii())
        };
        let end = body.min(FRONT_WINDOW).min(self.lines.len());
        let mut k = 0;
        while k < end {
            if self.blank(k) || !single(self, k) {
                k += 1;
                continue;
            }
            let mut run = vec![k];
            while let Some(n) = self.next_nonblank(run[run.len() - 1] + 1) {
                if n >= end || n > run[run.len() - 1] + MAX_SPACED_GAP || !single(self, n) {
                    break;
                }
                run.push(n);
            }
            let next = run[run.len() - 1] + 1;
            let joined: String = run.iter().map(|&j| self.text(j)).collect();
            // (Covers also name the kinds of book a cover is for.)
            let cover_genre = ["手册", "书", "预案", "合同", "协议", "汇编", "纪要", "须知"]
                .iter()
                .any(|g| joined.ends_with(g));
            if run.len() < 2 || !(furniture::ends_with_genre(&joined) || cover_genre) {
                k = next;
                continue;
            }
            let above = self.prev_nonblank(k, 0).filter(|&p| {
                let t = self.clean(p);
                k - p <= MAX_SPACED_GAP
                    && self.roles[p] == Role::Text
                    && self.title_like(p)
                    && !furniture::is_issuer_mark(&t)
                    && !furniture::ends_with_genre(&t)
            });
            match above {
                Some(p) => {
                    self.title_hint = Some(p);
                    self.title_more = run;
                }
                None => {
                    self.title_hint = Some(run[0]);
                    self.title_more = run[1..].to_vec();
                }
            }
            return;
        }
    }

    /// For each rank, the last line holding a structural marker ranked below
    /// it (the `structure_below` field). Linear: one pass over the lines,
    /// one over the ranks.
    fn structure_below(&self) -> Vec<Option<usize>> {
        let mut last_at: Vec<Option<usize>> = Vec::new();
        for (k, l) in self.lines.iter().enumerate() {
            if let Some(m) = l.mk.filter(|m| m.family.is_structural()) {
                let r = usize::from(m.family.rank());
                if last_at.len() <= r {
                    last_at.resize(r + 1, None);
                }
                last_at[r] = Some(k);
            }
        }
        // below[r]: the latest of last_at[r + 1 ..].
        let mut below = vec![None; last_at.len()];
        let mut latest: Option<usize> = None;
        for r in (0..last_at.len()).rev() {
            below[r] = latest;
            latest = latest.max(last_at[r]);
        }
        below
    }

    /// True when line `body` is the document's only structural heading, a
    /// chapter with its title on the line, and the next numbered line is a
    /// decimal section (`1 目的`): a manual's chapter saved as a file of its
    /// own. (A tender's `第一章 招标公告` over `1.招标条件` is a chapter.)
    fn lone_chapter_title(&self, body: usize) -> bool {
        let Some(m) = self.lines[body]
            .mk
            .filter(|m| m.family == MarkerFamily::Chapter)
        else {
            return false;
        };
        let titled = !trim(&self.src[m.end..self.lines[body].cend.max(m.end)]).is_empty();
        let others = self
            .lines
            .iter()
            .enumerate()
            .any(|(k, l)| k != body && l.mk.is_some_and(|m| m.family.is_structural()));
        let next = self.lines[body + 1..].iter().find_map(|l| l.mk);
        // (`第三章 研究方法` over `3.1 …`: sections carrying the chapter's
        // number are the chapter's own, a thesis's or a plan's division.)
        let own_number = next.is_some_and(|n| {
            self.src[n.start..n.end]
                .split(['.', '．'])
                .next()
                .and_then(|d| trim(d).parse::<u32>().ok())
                == Some(m.value)
        });
        titled && !others && !own_number && next.is_some_and(|m| m.family.is_decimal())
    }

    /// A document that opens with its 目录 (a Word report's TOC field on
    /// the first page) has its title right below it: the first line past
    /// the 目录, title-like, unnumbered, no section label (`前言`), with a
    /// line below it.
    fn title_after_toc(&mut self, after: usize) {
        let Some(k) = self.next_nonblank(after) else {
            return;
        };
        let t = self.clean(k);
        if self.roles[k] == Role::Text
            && self.lines[k].mk.is_none()
            && self.title_like(k)
            && !furniture::is_section_label(&t)
            && !furniture::is_toc_header(&t)
            && self.next_nonblank(k + 1).is_some()
        {
            self.roles[k] = Role::Title;
        }
    }

    fn title(&mut self, body: usize) {
        self.spaced_title(body);
        if let Some(k) = self.title_hint {
            // The Title style: that paragraph and the Title paragraphs
            // right below it.
            self.roles[k] = Role::Title;
            for j in std::mem::take(&mut self.title_more) {
                self.roles[j] = Role::Title;
            }
            return;
        }
        // A Markdown document's level-1 heading above the body is its title,
        // even below a preface that runs as prose (a chat reply's `这是一份…`
        // over `---` and `# 标题`).
        {
            // (Not a 版头's 发文机关标志 set as one, `# XX公司文件` over the
            // document number: the title is the heading below them.)
            let is_h1 = |k: usize| {
                let l = &self.lines[k];
                !self.blank(k) && self.src[l.pstart..l.cstart].trim_end() == "#"
            };
            // (Or right over the title's own level-1 heading.)
            let masthead = |k: usize| {
                furniture::is_issuer_mark(&self.clean(k))
                    && self.next_nonblank(k + 1).is_some_and(|n| {
                        furniture::is_document_number(&self.clean(n)) || (is_h1(n) && n < body)
                    })
            };
            let h1 = (0..body).find(|&k| is_h1(k) && !masthead(k));
            // (A short heading such as `# 来论` reads as a name elsewhere.)
            // (Nor a long one naming its genre: eight ministries issuing
            // jointly, `# 中国人民银行 国家发展改革委 …关于…的通知（银发〔2026〕42号）`.)
            let heading_like = |k: usize| {
                self.title_like(k) || {
                    let t = self.clean(k);
                    (furniture::is_person_name(&t) && char_len(&t) <= 3)
                        || (char_len(&t) > TITLE_CHARS
                            && char_len(&t) <= LONG_TITLE
                            && furniture::ends_with_genre(&t)
                            && !t.contains(['。', '！', '？', '；']))
                }
            };
            if let Some(k) = h1.filter(|&k| heading_like(k) && self.roles[k] == Role::Text) {
                self.roles[k] = Role::Title;
                return;
            }
        }
        let anchor = if self.cover {
            None
        } else {
            self.title_anchor(body)
        };
        // GB/T 9704 版头: the issuing organ's mark (`XX市人民政府办公室文件`)
        // over the document number; the title is below them, past the
        // separator (rule `title`).
        // (Below a periodical's masthead, rule `hidden`, its issue number,
        // date and printer, the title follows as under a 版头.)
        // (A number with its signer, `…〔2026〕12号　签发人：张三`, stands in
        // a 版头 whatever the organ's mark above it reads.)
        let below_head = anchor.filter(|&a| {
            let t = self.clean(a);
            furniture::is_document_number(&t)
                && (t.contains("签发人")
                    || self
                        .prev_nonblank(a, 0)
                        .is_some_and(|p| furniture::is_issuer_mark(&self.clean(p))))
        });
        let mut parts = match (below_head, self.masthead) {
            (Some(a), _) => self.title_below_from(a + 1, body),
            (None, Some(m)) => self.title_below_from(m + 1, body),
            (None, None) => anchor.map(|a| self.title_above(a)).unwrap_or_default(),
        };
        if parts.is_empty() {
            parts = self.title_below(body);
        }
        if parts.is_empty() {
            parts.extend(self.title_under_lead(body));
        }
        // A letter's 发文机关标志 (`XX省教育厅`, set apart above the title of
        // a 函) is no part of the title `…关于…的函` below it.
        if parts.len() >= 2
            && parts[1] > parts[0] + 1
            && furniture::is_issuer_mark(&self.clean(parts[0]))
            && self.clean(parts[1]).contains("关于")
        {
            parts.remove(0);
        }
        // A title printed twice, once on one line and once wrapped (or the
        // other way round): the first printing is the title.
        if parts.len() >= 2 {
            let squeezed: Vec<String> = parts
                .iter()
                .map(|&p| {
                    self.clean(p)
                        .chars()
                        .filter(|c| !crate::marker::is_space(*c))
                        .collect()
                })
                .collect();
            let split =
                (1..parts.len()).find(|&k| squeezed[..k].concat() == squeezed[k..].concat());
            if let Some(k) = split {
                for &p in &parts[k..] {
                    self.roles[p] = Role::Furniture(FurnitureRole::RepeatedTitle);
                }
                parts.truncate(k);
            }
        }
        for &p in &parts {
            self.roles[p] = Role::Title;
        }
    }

    /// The line the title stands directly above: a `——` subtitle, else the
    /// first date or document-number line that follows a title-like line.
    ///
    /// Anchors are looked for only above the first prose line or addressee
    /// (`各区交通局：`): a date deep in a notice's text (`2020年2月份.xlsx`,
    /// a signature date under a short covering sentence) anchors nothing.
    fn title_anchor(&self, body: usize) -> Option<usize> {
        let end = (0..body)
            .find(|&i| self.prose(i) || (!self.blank(i) && self.opens_letter(&self.clean(i))))
            .unwrap_or(body);
        let lines = || (1..end).filter(|&i| !self.blank(i));
        lines()
            .find(|&i| furniture::is_subtitle(&self.clean(i)))
            .or_else(|| {
                lines().find(|&i| {
                    let t = self.clean(i);
                    (furniture::is_date_line(&t) || furniture::is_document_number(&t))
                        && self
                            .prev_nonblank(i, 0)
                            .is_some_and(|p| self.title_like(p) || self.part_label_in_title(p))
                })
            })
    }

    /// A document reposted under a news lead (`**南开新闻网讯** 近日，…全文
    /// 如下：` / `**天开高教科创园建设规划方案**` / its text): within the
    /// first [`LEAD_LINES`] lines, a title-like line naming its genre that
    /// is set in bold on its own line or follows a line ending `如下：`.
    fn title_under_lead(&self, body: usize) -> Option<usize> {
        (0..body.min(self.lines.len()))
            .filter(|&k| !self.blank(k) && self.roles[k] == Role::Text)
            .take(LEAD_LINES)
            .find(|&k| {
                let l = &self.lines[k];
                let raw = trim(&self.src[l.pstart..l.cend.max(l.pstart)]);
                let bold = raw.len() > 4 && raw.starts_with("**") && raw.ends_with("**");
                let announced = self.prev_nonblank(k, 0).is_some_and(|p| {
                    let t = self.clean(p);
                    t.ends_with("如下：") || t.ends_with("如下:")
                });
                (bold || announced)
                    && self.title_like(k)
                    && furniture::ends_with_genre(&self.clean(k))
            })
    }

    /// An addressee or salutation that opens the text of a letter or notice
    /// (not a chrome label such as `来源：`): nothing below it is a title's
    /// front matter. A list of addressees may run to any length.
    fn opens_letter(&self, t: &str) -> bool {
        let t = trim(t);
        let listed = t.ends_with(['：', ':'])
            && !t.contains(['。', '；', '！', '？'])
            && !t.starts_with("附件");
        (furniture::is_addressee(t) || listed)
            && !furniture::is_chrome(t)
            && !furniture::is_citation(t)
    }

    /// A prose line: a long line holding a sentence end, not web chrome.
    fn prose(&self, i: usize) -> bool {
        if self.blank(i) {
            return false;
        }
        let t = self.clean(i);
        t.contains(['。', '！', '？']) && char_len(&t) > 30 && !furniture::is_chrome(&t)
    }

    /// Title lines directly above `anchor`: blank lines may separate the
    /// parts of a wrapped title; adjacent lines join only when the upper one
    /// cannot end a phrase; a repeated line is one title.
    fn title_above(&mut self, anchor: usize) -> Vec<usize> {
        let mut parts: Vec<usize> = Vec::new();
        // Over a `——` subtitle, the title is the lines directly above it
        // (outline spec convention 1) where one of two adjacent lines names
        // the genre: `1985年政府工作报告` / `当前的经济形势…` /
        // `——1985年3月27日在…`. (Not a column's name over the title,
        // `学习园地`.)
        let subtitled = furniture::is_subtitle(&self.clean(anchor));
        let mut j = anchor;
        while let Some(p) = self.prev_nonblank(j, 0) {
            let organs_over = parts.last().is_some_and(|&first| {
                p + 1 == first && organs_continue(&self.clean(p), &self.clean(first))
            });
            if organs_over {
                // Joint issuers opening a wrapped title (`卫生健康委 教育部` /
                // `医保局 药监局关于印发…`).
                parts.push(p);
                j = p;
                continue;
            }
            if parts.is_empty() && (self.chrome(p) || furniture::is_issuer_mark(&self.clean(p))) {
                // Toolbars and source lines between the title and its date,
                // or the issuing organs signing above their date.
                j = p;
                continue;
            }
            // Parts of a wrapped title are apart by blank lines only.
            if parts
                .last()
                .is_some_and(|&first| self.markup_between(p, first))
            {
                break;
            }
            if !(self.title_like(p) || (parts.is_empty() && self.part_label_in_title(p))) {
                break;
            }
            if let Some(&first) = parts.last() {
                if furniture::same_title(&self.clean(p), &self.clean(first)) {
                    self.roles[first] = Role::Furniture(FurnitureRole::RepeatedTitle);
                    parts.pop();
                } else if p + 1 == first
                    && !(subtitled
                        && (furniture::ends_with_genre(&self.clean(p))
                            || furniture::ends_with_genre(&self.clean(first))))
                    && !cannot_end_phrase(&self.clean(p))
                    && !furniture::is_title_label(&self.clean(first))
                    && !furniture::title_continues(&self.clean(p), &self.clean(first))
                {
                    break;
                }
            }
            parts.push(p);
            j = p;
        }
        parts.reverse();
        parts
    }

    /// True when the source has a layout (a .docx, whose paragraphs each
    /// carry a hint): its paragraphs are not lines broken by width.
    fn laid_out(&self) -> bool {
        !self.centred.is_empty()
    }

    /// True when paragraph `k` of a .docx is centred.
    fn is_centred(&self, k: usize) -> bool {
        self.centred.get(k).copied().unwrap_or(false)
    }

    /// True when line `k` is a Markdown heading (`## 标题`, `##标题`).
    fn md_heading(&self, k: usize) -> bool {
        let l = &self.lines[k];
        self.src[l.pstart..l.cstart].starts_with('#')
    }

    /// The level of a Markdown heading line (the number of `#`), where
    /// line `k` is one.
    fn md_level(&self, k: usize) -> Option<usize> {
        if !self.md_heading(k) {
            return None;
        }
        let l = &self.lines[k];
        Some(
            self.src[l.pstart..l.cstart]
                .bytes()
                .take_while(|&b| b == b'#')
                .count(),
        )
    }

    /// True when a line between `a` and `b` holds only markup (`</td>`,
    /// `<tr>`): something stands between them that is not a blank line or
    /// page furniture.
    fn markup_between(&self, a: usize, b: usize) -> bool {
        (a + 1..b).any(|k| {
            self.blank(k) && !self.lines[k].is_blank() && !matches!(self.roles[k], Role::Hidden(_))
        })
    }

    /// A part label (`附则`, `总则`) under a title-like line: one part of a
    /// code printed on its own (`中华人民共和国民法典` / `附则`), the title's
    /// last part where the enactment date follows it.
    fn part_label_in_title(&self, i: usize) -> bool {
        furniture::is_section_label(&self.clean(i))
            && self.prev_nonblank(i, 0).is_some_and(|p| self.title_like(p))
    }

    fn chrome(&self, i: usize) -> bool {
        let t = self.clean(i);
        furniture::is_chrome(&t) || furniture::is_citation(&t)
    }

    /// The first title-like line past chrome and citation headers, with the
    /// parts that continue it below.
    fn title_below(&mut self, body: usize) -> Vec<usize> {
        self.title_below_from(0, body)
    }

    /// [`title_below`](Self::title_below), looking from line `start`.
    fn title_below_from(&mut self, start: usize, body: usize) -> Vec<usize> {
        let mut parts = Vec::new();
        let mut i = start;
        while i < body
            && (self.blank(i) || {
                let t = self.clean(i);
                furniture::is_chrome(&t)
                    || furniture::is_citation(&t)
                    || furniture::is_bracketed_note(&t)
                    || furniture::is_endorsement(&t)
                    || is_code_or_foreign(&t)
                    // A periodical's printer (`中共某市委宣传部印`).
                    || (self.masthead.is_some()
                        && (furniture::is_issuer_mark(&t)
                            || furniture::is_document_number(&t)
                            || furniture::is_date_line(&t)))
            })
        {
            i += 1;
        }
        if i >= body || !self.title_like(i) || self.runs_on(i) {
            return parts;
        }
        parts.push(i);
        let mut prev = i;
        let mut repeated = false;
        while let Some(j) = self.next_nonblank(prev + 1) {
            // A multi-part standard's title on its cover: `核电厂定期安全评价`
            // over `第12部分：设计` (where the body would start).
            if self.cover
                && j == prev + 1
                && !repeated
                && self.lines[j]
                    .mk
                    .is_some_and(|m| m.family == MarkerFamily::Division)
            {
                self.lines[j].mk = None;
                parts.push(j);
                prev = j;
                continue;
            }
            if j >= body {
                break;
            }
            if furniture::same_title(&self.clean(j), &self.clean(i)) {
                self.roles[j] = Role::Furniture(FurnitureRole::RepeatedTitle);
                prev = j;
                repeated = true;
                continue;
            }
            // A title printed twice is complete: nothing below joins it.
            if repeated {
                break;
            }
            let adjacent = j == prev + 1;
            // On a cover page, lines set apart are separate entries
            // (`竞争性磋商采购文件` … `中国·四川`).
            // Below a 版头 (`start` past the document number) a title may
            // set the issuing organ on a line of its own over `关于…的请示`.
            let organ_over_subject = start > 0
                && furniture::is_issuer_mark(&self.clean(prev))
                && self.clean(j).starts_with("关于");
            // Parts of a wrapped title are apart by blank lines, not by
            // lines of markup (a web page's table cells between them); a
            // Markdown heading is a block of its own (`# 员工手册` over
            // `### 欢迎辞`).
            let near = !self.markup_between(prev, j) && !self.md_heading(j);
            // A line indented as a paragraph under a title set flush left
            // opens the text, however title-like (`全国…事迹简介` / blank /
            // `　　2023年度…推选活动启事`, a notice printed under it).
            let indented = {
                let (p, l) = (&self.lines[prev], &self.lines[j]);
                p.ind == p.start && l.ind > l.start
            };
            let near = near && !indented;
            // A Word title set over two centred paragraphs.
            let centred_pair = adjacent && self.is_centred(prev) && self.is_centred(j);
            let joins = (!adjacent && !self.cover && near)
                || organ_over_subject
                || centred_pair
                || cannot_end_phrase(&self.clean(prev))
                || furniture::is_title_label(&self.clean(j))
                || furniture::title_continues(&self.clean(prev), &self.clean(j));
            // The issuing organs under a title (`建设部、国家工商行政管理局`)
            // are its signature, not its last part; a bracket opened and not
            // closed on the line (`（2010年12月14日…令第36号` / `公布，…）`)
            // is a promulgation note wrapped below it.
            let unclosed = {
                let t = self.clean(j);
                t.starts_with(['（', '('])
                    && t.matches(['（', '(']).count() > t.matches(['）', ')']).count()
            };
            if !self.title_like(j)
                || !joins
                || unclosed
                || furniture::is_issuer_mark(&self.clean(j))
            {
                break;
            }
            parts.push(j);
            prev = j;
        }
        // The lines end a sentence on the line right below them (`…所作的` /
        // `政府工作报告` / `。会议…`, a sentence broken where a link stood):
        // the document opens straight into its body.
        if !repeated
            && self.next_nonblank(prev + 1) == Some(prev + 1)
            && text::starts_sentence_end(&self.clean(prev + 1))
        {
            parts.clear();
        }
        parts
    }

    /// The 目录 at `h`: its entries, then articles repeating them.
    ///
    /// Entries run until a line that is not entry-like, or a blank line
    /// (unless the entries themselves are blank-separated), or — after a
    /// blank line — a line repeating the first entry (the body begins).
    fn toc(&mut self, h: usize) -> usize {
        self.roles[h] = Role::TocHeader;
        let mut keys: Vec<String> = Vec::new();
        let n = self.lines.len();
        let mut i = h + 1;
        if self.clean(h) == "目" {
            if let Some(k) = self.next_nonblank(h + 1) {
                self.roles[k] = Role::TocHeader;
                i = k + 1;
            }
        }
        let mut end = i;
        let mut after_blank = false;
        let mut separated: Option<bool> = None;
        let mut numbered = 0usize;
        while i < n {
            if self.blank(i) {
                after_blank = !keys.is_empty();
                i += 1;
                continue;
            }
            let t = self.clean(i);
            // (An annex's entry carries its page: `附录A （资料性附录） … 9`.)
            let entry_like = char_len(&t) <= 80
                && !t.contains(['。', '！', '？', '；'])
                && !matches!(self.lines[i].mk, Some(m) if m.family == MarkerFamily::Article)
                && (furniture::annex_line(&t).is_none() || toc_entries::page_number(&t));
            if !entry_like {
                break;
            }
            if let Some(first) = keys.first() {
                let repeats = || {
                    toc_key(&t) == first.as_str() || toc_key(split_ordinal(&t).0) == first.as_str()
                };
                // A numbered entry (`第一章 总则`) repeated is the body's
                // first heading, blank line or not.
                if self.lines[i].mk.is_some() && repeats() {
                    break;
                }
                // An unnumbered line repeating the first entry over a line
                // that is no entry (a byline, the text) is the first
                // article's title, blank line or not: the body begins.
                if self.lines[i].mk.is_none() && toc_key(&t) == first.as_str() {
                    let below = self.next_nonblank(i + 1).map(|k| self.clean(k));
                    if below.is_some_and(|b| !keys.iter().any(|k| *k == *toc_key(&b))) {
                        break;
                    }
                }
                if after_blank && (separated == Some(false) || repeats()) {
                    break;
                }
                separated.get_or_insert(after_blank);
            }
            self.roles[i] = Role::TocEntry;
            // Chapters, sections and `一、` lists number a document's own
            // 目录; `1.` may number a compilation's pieces.
            numbered += usize::from(self.lines[i].mk.is_some_and(|m| {
                m.family.is_structural()
                    || m.family.is_decimal()
                    || matches!(m.family, MarkerFamily::CnEnum | MarkerFamily::CnParen)
            }));
            keys.push(toc_key(&t).into_owned());
            after_blank = false;
            i += 1;
            end = i;
        }
        let i = end;
        self.toc_groups(h, end, &mut keys);
        // A 目录 of numbered entries (`第一章 …`, `一、…`) is a document's
        // own: its unnumbered entries (`承诺函`, a form) are no articles.
        if keys.is_empty() || numbered * 2 > keys.len() {
            return i;
        }
        // Articles: title lines that repeat an entry, possibly with an ordinal.
        let longest = keys.iter().map(String::len).max().unwrap_or(0) + 24;
        // A key is never longer than the line it is made from.
        let shortest = keys.iter().map(String::len).min().unwrap_or(0);
        // A key starts with the first character of the line it matches,
        // unless toc_key drops a leading number there (or `#` is involved).
        let firsts: Vec<char> = keys.iter().filter_map(|k| k.chars().next()).collect();
        for j in i..n {
            let l = &self.lines[j];
            let len = l.cend.saturating_sub(l.cstart);
            // A heading style (an article set as Heading 1) yields to the 目录.
            let numbered = l.mk.is_some_and(|m| !m.family.is_styled());
            if self.blank(j) || numbered || len > longest || len < shortest {
                continue;
            }
            let t = self.clean(j);
            let first = t.chars().next();
            if first
                .is_some_and(|c| c != '#' && !crate::marker::can_start(c) && !firsts.contains(&c))
            {
                continue;
            }
            if char_len(&t) > 80 || t.contains(['。', '！', '？']) {
                continue;
            }
            // (A section label, `前言` or `引言` of a standard, heads a part
            // of one document, never a piece of a compilation.)
            if furniture::is_section_label(&t) {
                continue;
            }
            let (base, ordinal) = split_ordinal(&t);
            let (kb, kt) = (toc_key(base), toc_key(&t));
            if keys.iter().any(|k| *k == *kb || *k == *kt) {
                self.roles[j] = Role::Article(ordinal);
                self.lines[j].mk = None;
                if let Some(b) = self.next_nonblank(j + 1) {
                    let bt = self.clean(b);
                    let bk = toc_key(split_ordinal(&bt).0);
                    let key_match = keys.iter().any(|k| *k == *bk);
                    if self.lines[b].mk.is_none()
                        && !key_match
                        && char_len(&bt) <= 60
                        && !bt.contains(['。', '！', '？', '；'])
                        && furniture::annex_line(&bt).is_none()
                    {
                        self.roles[b] = Role::Byline;
                    }
                }
            }
        }
        self.wrapped_articles(i, &keys);
        i
    }

    // ---------------------------------------------------------------- body

    fn body_roles(&mut self, body: usize) {
        let n = self.lines.len();
        let quoted = self.quotations(body);
        // The family and next number of an attachment list's items.
        let mut attachment_next: Option<(MarkerFamily, u32)> = None;
        // The family (once its first item is seen) and next number of the
        // notes under a `注：` label: they stay text, not headings.
        let mut notes_next: Option<(Option<MarkerFamily>, u32)> = None;
        // Inside a glossary (`名词解释`) after the body: its numbered
        // entries are notes, whatever their numbering.
        let mut glossary = false;
        // (A label right above the first numbered line, where the body
        // starts: `注释` over `（1）…`, a text with no heading above its notes.)
        if let Some(p) = self
            .prev_nonblank(body, 0)
            .filter(|&p| self.roles[p] == Role::Text)
        {
            let t = self.clean(p);
            if furniture::notes_label(&t) == Some("") {
                notes_next = Some((None, 1));
            }
            glossary = furniture::is_glossary_label(&t);
        }
        let last_annex = self.last_numbered_annex(body);
        let mut self_annex_tried = false;
        for i in body..n {
            if self.blank(i) || self.roles[i] != Role::Text {
                continue;
            }
            let t = self.clean(i);
            // A 目录 inside the body: the promulgated document's or an
            // annex's own (`附件：…预案` / the 预案's title / `目录` / its
            // entries / its text).
            // (Not one whose entries Word's TOC styles gave already.)
            if i > body
                && furniture::is_toc_header(&t)
                && self.lines[i].mk.is_none_or(|m| !m.family.is_styled())
                && self
                    .next_nonblank(i + 1)
                    .is_some_and(|k| self.roles[k] == Role::Text)
            {
                self.toc(i);
                continue;
            }
            if furniture::is_glossary_label(&t) {
                glossary = true;
                continue;
            }
            if glossary {
                match self.lines[i].mk {
                    Some(m) if m.family != MarkerFamily::CnEnum && is_list_family(m.family) => {
                        continue;
                    }
                    Some(_) => glossary = false,
                    None if furniture::annex_line(&t).is_some() => glossary = false,
                    None => continue,
                }
            }
            if let Some((family, next)) = notes_next {
                // (A note the rule `endnotes` already took, `（2）见列宁…`,
                // keeps its number.)
                let mk = self.lines[i].mk.or_else(|| crate::marker::line_marker(&t));
                match mk {
                    Some(m)
                        if is_list_family(m.family)
                            && family.is_none_or(|f| f == m.family)
                            && m.value == next =>
                    {
                        notes_next = Some((Some(m.family), next + 1));
                        continue;
                    }
                    _ => notes_next = None,
                }
            }
            if let Some(rest) = furniture::notes_label(&t) {
                notes_next = if rest.is_empty() {
                    Some((None, 1))
                } else {
                    crate::marker::line_marker(rest)
                        .filter(|m| is_list_family(m.family) && m.value == 1)
                        .map(|m| (Some(m.family), 2))
                };
                if notes_next.is_some() {
                    continue;
                }
            }
            if let Some((family, next)) = attachment_next {
                // (`6-1.` `6-2.`: the parts of item 6, numbered under it.)
                let part_of = t.split_once(['-', '－']).and_then(|(v, rest)| {
                    rest.starts_with(|c: char| c.is_ascii_digit())
                        .then(|| v.parse::<u32>().ok())
                        .flatten()
                });
                match self.lines[i].mk {
                    Some(m) if m.family == family && m.value == next => {
                        self.roles[i] = Role::AttachmentList;
                        attachment_next = Some((family, next + 1));
                        continue;
                    }
                    _ if part_of == Some(next) || part_of == next.checked_sub(1) => {
                        self.roles[i] = Role::AttachmentList;
                        let after = if part_of == Some(next) {
                            next + 1
                        } else {
                            next
                        };
                        attachment_next = Some((family, after));
                        continue;
                    }
                    _ => attachment_next = None,
                }
            }
            // `## 附：国旗制法说明`: a Markdown heading marks the annexed
            // piece that a bare `附：` + title line (often a form's list of
            // enclosures) does not.
            let l = self.lines[i];
            let as_heading = self.src[l.ind..l.cstart].starts_with('#');
            // So does `## 附件：评级标准` after the body, which would list one
            // attachment as a line of text.
            let annex = match furniture::annex_line(&t) {
                Some(AnnexLine::AttachmentList) if as_heading => t
                    .strip_prefix("附件")
                    .and_then(|r| r.strip_prefix(['：', ':']))
                    .filter(|title| {
                        !trim(title).is_empty() && crate::marker::line_marker(title).is_none()
                    })
                    .map(|title| AnnexLine::Annex {
                        label_end: t.len() - title.len(),
                    })
                    .or(Some(AnnexLine::AttachmentList)),
                Some(a) => Some(a),
                // (So does `附：相关法律条文` or `附录法律条文：` below the
                // document's date, with text below it: what follows the
                // 成文日期 is annexed to it, as a judgment's articles of law
                // are; a form's last line `附：身份证复印件` lists an
                // enclosure.)
                None => {
                    let annexed = || {
                        self.below_date(i)
                            && self
                                .next_nonblank(i + 1)
                                .is_some_and(|k| self.next_nonblank(k + 1).is_some())
                    };
                    let title = t.strip_prefix("附：").or_else(|| t.strip_prefix("附:"));
                    title
                        .filter(|title| !trim(title).is_empty() && (as_heading || annexed()))
                        // (`附录法律条文：`, the label run into a short title.)
                        .or_else(|| {
                            t.strip_prefix("附录").filter(|title| {
                                char_len(title) <= SHORT_HEADING_LINE
                                    && !trim(title).is_empty()
                                    && !title.contains(['。', '，', '；'])
                                    && annexed()
                            })
                        })
                        .map(|title| AnnexLine::Annex {
                            label_end: t.len() - title.len(),
                        })
                }
            };
            // A bracketed label (`【参考资料】`) opens an annex only over its
            // title: over a download list (`[申报书.doc](…)`) it is chrome.
            let annex = annex.filter(|_| {
                !t.starts_with('【')
                    || self.next_nonblank(i + 1).is_some_and(|k| {
                        let next = self.clean(k);
                        let raw = self.text(k);
                        self.lines[k].mk.is_none()
                            && char_len(&next) <= TITLE_CHARS
                            && !next.contains(['。', '；'])
                            && !raw.contains("](")
                            && !raw.contains("://")
                            && !furniture::has_file_extension(&next)
                    })
            });
            if let Some(a) = annex {
                if let Some(items) = self.labels_list_attachments(i) {
                    self.roles[i] = Role::AttachmentList;
                    for k in items {
                        self.roles[k] = Role::AttachmentList;
                    }
                    continue;
                }
                // Only the first label standing alone can be the file's own
                // (one look back, so the body stays linear).
                let itself = !self_annex_tried
                    && matches!(a, AnnexLine::Annex { label_end } if label_end >= t.len())
                    && {
                        self_annex_tried = true;
                        self.annexes_itself(i)
                    };
                match a {
                    AnnexLine::Annex { .. } if self.lists_attachments(i, last_annex) => {
                        self.roles[i] = Role::AttachmentList;
                        let family = self
                            .next_nonblank(i + 1)
                            .and_then(|k| self.lines[k].mk)
                            .map_or(MarkerFamily::ArabicEnum, |m| m.family);
                        attachment_next = Some((family, 1));
                    }
                    AnnexLine::Annex { .. } if itself => {
                        // `附件` over the document's own title again: the
                        // file is the annex published on its own, as when
                        // it opens with the label (outline spec convention
                        // 3); the label and the repeated title give no row.
                        self.roles[i] = Role::Hidden(FurnitureRole::Chrome);
                        if let Some(k) = self.next_nonblank(i + 1) {
                            self.roles[k] = Role::Furniture(FurnitureRole::RepeatedTitle);
                        }
                    }
                    AnnexLine::Annex { label_end: shown } => {
                        // Measure the label on the raw line so offsets are
                        // exact; where markup later in the line changes the
                        // reading, the label (before it) is the same length.
                        let raw = furniture::annex_line(self.text(i));
                        let label_end = match raw {
                            Some(AnnexLine::Annex { label_end }) => label_end,
                            _ if self.text(i).is_char_boundary(shown) => shown,
                            _ => 0,
                        };
                        self.roles[i] = Role::Annex {
                            label_end: self.lines[i].cstart + label_end,
                        };
                        // `附件2 名词解释`: an annexed glossary.
                        glossary = furniture::is_glossary_label(&t[shown.min(t.len())..]);
                    }
                    AnnexLine::AttachmentList => {
                        self.roles[i] = Role::AttachmentList;
                        let rest = trim(t.split_once(['：', ':']).map_or("", |(_, r)| r));
                        attachment_next = Some(
                            crate::marker::line_marker(rest)
                                .filter(|m| is_list_family(m.family))
                                .map_or((MarkerFamily::ArabicEnum, 1), |m| (m.family, m.value + 1)),
                        );
                    }
                }
                continue;
            }
            if let Some(m) = self.lines[i].mk {
                if quoted.get(i) == Some(&true) {
                    self.roles[i] = Role::Furniture(FurnitureRole::Quotation);
                } else {
                    self.roles[i] = Role::Heading(m);
                }
            }
        }
        self.year_items(body);
        self.bare_numerals(body);
        self.sequence_words(body);
        self.lone_circled(body);
        self.stray_enclosed(body);
    }

    /// A `⑺` at the start of a line with no `⑹` and no `⑻` heading in the
    /// document is a note mark that text extraction left at a
    /// line start (the book's notes read `〔7〕`), not an item of a list:
    /// the line is text. Only the one-character forms `⑴`–`⒇`, which serve
    /// as note marks, and never an item 1 (`⑴` opens a list). Two passes.
    fn stray_enclosed(&mut self, body: usize) {
        let enclosed = |a: &Self, m: &crate::marker::LineMarker| {
            m.family == MarkerFamily::ArabicParen
                && a.src[m.start..m.end.min(a.src.len())]
                    .chars()
                    .next()
                    .is_some_and(|c| ('\u{2474}'..='\u{2487}').contains(&c))
        };
        let mut values = [false; 21];
        for i in body..self.lines.len() {
            if let Role::Heading(m) = self.roles[i] {
                if enclosed(self, &m) {
                    values[m.value.min(20) as usize] = true;
                }
            }
        }
        for i in body..self.lines.len() {
            if let Role::Heading(m) = self.roles[i] {
                let v = m.value.min(20) as usize;
                if v > 1
                    && enclosed(self, &m)
                    && !values[v - 1]
                    && !values.get(v + 1).copied().unwrap_or(false)
                {
                    self.roles[i] = Role::Text;
                }
            }
        }
    }

    /// True when the annex label on line `i` stands over the document's own
    /// title printed again, with no heading above the label: the file is
    /// that annex, not a document annexing one.
    fn annexes_itself(&self, i: usize) -> bool {
        let Some(next) = self.next_nonblank(i + 1) else {
            return false;
        };
        if (0..i).any(|k| matches!(self.roles[k], Role::Heading(_) | Role::Annex { .. })) {
            return false;
        }
        let title: String = (0..i)
            .filter(|&k| self.roles[k] == Role::Title)
            .map(|k| self.clean(k))
            .collect();
        !title.is_empty() && furniture::same_title(&title, &self.clean(next))
    }

    /// `8.2021年度…` is item `8.` of a `1.` list whose text opens with a year
    /// (the marker grammar refuses a digit after the dot, which is most often
    /// a decimal): a heading where the last `1.`-family heading, with no
    /// higher heading (`一、` `（一）` 章 条 …) since, is `7.` with the same dot.
    /// Any other digit after the dot (`21.5+2就业之家…`) makes the item only
    /// when the list also goes on below it: the next `1.`-family heading,
    /// with no higher heading between, is `22.` with the same dot; or when
    /// the dot is full-width (`3．70% 的…`), which no decimal number has.
    fn year_items(&mut self, body: usize) {
        let next = self.next_list_items(body);
        let mut last: Option<LineMarker> = None;
        for i in body..self.lines.len() {
            match self.roles[i] {
                Role::Heading(m) if m.family == MarkerFamily::ArabicEnum => last = Some(m),
                // A heading of a family above `1.` (`一、` `（一）` 章 条 …).
                Role::Heading(m) if m.family.rank() < MarkerFamily::ArabicEnum.rank() => {
                    last = None
                }
                Role::Article(_) | Role::Annex { .. } => last = None,
                Role::Text if !self.blank(i) && self.lines[i].mk.is_none() => {
                    let Some(prev) = last else { continue };
                    let l = self.lines[i];
                    let t = &self.src[l.cstart..l.cend];
                    let Some((rest, found, year)) = crate::marker::arabic_dot_before_digit(t)
                    else {
                        continue;
                    };
                    // (A full-width `．` never stands in a decimal number:
                    // `3．70% 的咨询…` is item `3．`.)
                    let full_width = t[..t.len() - rest.len()].ends_with('．');
                    if found.value == prev.value + 1
                        && found.delimiter == prev.delimiter
                        && (year
                            || full_width
                            || next.get(i).copied().flatten().is_some_and(|m| {
                                m.value == found.value + 1 && m.delimiter == found.delimiter
                            }))
                    {
                        let m = LineMarker {
                            start: l.cstart,
                            end: l.cstart + (t.len() - rest.len()),
                            family: found.family,
                            numeral: found.numeral,
                            delimiter: found.delimiter,
                            value: found.value,
                        };
                        self.roles[i] = Role::Heading(m);
                        last = Some(m);
                    }
                }
                _ => {}
            }
        }
    }

    /// For each line, the next `1.`-family heading below it, unless a heading
    /// of a higher family (or an article or annex) comes first: one backward
    /// pass, so the look-ahead stays linear.
    fn next_list_items(&self, body: usize) -> Vec<Option<LineMarker>> {
        let n = self.lines.len();
        let mut next = vec![None; n];
        let mut below: Option<LineMarker> = None;
        for k in (body..n).rev() {
            next[k] = below;
            match self.roles[k] {
                Role::Heading(m) if m.family == MarkerFamily::ArabicEnum => below = Some(m),
                Role::Heading(m) if m.family.rank() < MarkerFamily::ArabicEnum.rank() => {
                    below = None
                }
                Role::Article(_) | Role::Annex { .. } => below = None,
                _ => {}
            }
        }
        next
    }

    /// True when the unnumbered label `附件：` standing alone at `i` heads the
    /// attachment list under the body rather than an annex: the lines below
    /// it are short names (a `1.` `2.` … list, or one name) followed, past at
    /// most two signature lines, by a bare dated line; or they are a `1.` `2.` …
    /// list and a numbered annex label (`附件1`) comes later.
    fn lists_attachments(&self, i: usize, last_numbered_annex: Option<usize>) -> bool {
        let t = self.clean(i);
        if !furniture::is_unnumbered_annex_label(&t) {
            return false;
        }
        let short_name = |k: usize| {
            let s = self.clean(k);
            char_len(&s) <= 60
                && !s.contains(['。', '；', '！', '？'])
                && !furniture::is_date_line(&s)
        };
        let mut items = 0u32;
        let mut numbered = false;
        let first_family = self
            .next_nonblank(i + 1)
            .and_then(|k| self.lines[k].mk)
            .map(|m| m.family);
        let mut j = self.next_nonblank(i + 1);
        while let Some(k) = j {
            match self.lines[k].mk {
                Some(m)
                    if is_list_family(m.family)
                        && Some(m.family) == first_family
                        && m.value == items + 1 =>
                {
                    numbered = true;
                }
                None if items == 0 && furniture::annex_line(&self.clean(k)).is_none() => {}
                _ => break,
            }
            if !short_name(k) {
                return false;
            }
            items += 1;
            j = self.next_nonblank(k + 1);
            if !numbered {
                break;
            }
        }
        if items == 0 {
            return false;
        }
        // Past at most two signature lines, a dated line.
        let mut after = j;
        for _ in 0..3 {
            let Some(k) = after else { break };
            let s = self.clean(k);
            // A signature date stands bare; a bracketed one (`（1949年9月28日
            // …公布）`) is the annexed text's own date under its title.
            if furniture::is_dated_line(&s) && !s.starts_with(['（', '(']) {
                return true;
            }
            if self.lines[k].mk.is_some() || !short_name(k) || furniture::annex_line(&s).is_some() {
                break;
            }
            after = self.next_nonblank(k + 1);
        }
        numbered && last_numbered_annex.is_some_and(|k| k > i)
    }

    /// `附件：` standing alone at `i` over a run of numbered labels that each
    /// name their annex (`附件1.登记表` `附件2.申报单` …, numbered from 1,
    /// nothing but blank lines between them) lists the attachments when no
    /// annexed text follows the run: the document ends, or a dated line comes
    /// past at most two signature lines. Returns the label lines.
    ///
    /// Without the `附件：` header, such a run opening at `附件1：…` at `i`
    /// lists the attachments where the 落款 follows it (a dated line past
    /// at most two signature lines): annexed text comes after the 落款; or
    /// where a sentence announces it (`本合同附件目录如下：`).
    fn labels_list_attachments(&self, i: usize) -> Option<Vec<usize>> {
        let headed = furniture::is_unnumbered_annex_label(&self.clean(i));
        if !headed && !self.is_first_named_label(i) {
            return None;
        }
        // A sentence announcing them (`本合同附件目录如下：`) makes the run
        // a list wherever it stands.
        let announced = !headed
            && self.prev_nonblank(i, 0).is_some_and(|p| {
                let t = self.clean(p);
                t.contains("附件")
                    && t.ends_with(['：', ':'])
                    && furniture::annex_line(&t).is_none()
            });
        let mut items = Vec::new();
        if !headed {
            items.push(i);
        }
        let mut j = self.next_nonblank(i + 1);
        while let Some(k) = j {
            let s = self.clean(k);
            if furniture::named_annex_number(&s) != Some(items.len() as u32 + 1)
                || s.contains(['。', '；', '！', '？'])
            {
                break;
            }
            items.push(k);
            j = self.next_nonblank(k + 1);
        }
        if items.is_empty() {
            return None;
        }
        if announced {
            return Some(items);
        }
        // (One label without a header may be the annex itself.)
        if !headed && items.len() < 2 {
            return None;
        }
        let mut after = j;
        for _ in 0..3 {
            let Some(k) = after else {
                return headed.then_some(items);
            };
            let s = self.clean(k);
            if furniture::is_dated_line(&s) && !s.starts_with(['（', '(']) {
                return Some(items);
            }
            // The annexes the run lists, from the first again (`附录A：…` …
            // `附录D：…` / `附录A：…` and its content).
            if items.len() >= 2 && furniture::named_annex_number(&s) == Some(1) {
                return Some(items);
            }
            if self.lines[k].mk.is_some()
                || char_len(&s) > 30
                || s.contains(['。', '；', '！', '？'])
                || furniture::annex_line(&s).is_some()
            {
                return None;
            }
            after = self.next_nonblank(k + 1);
        }
        None
    }

    /// Line `i` is `附件1：…` naming its annex on the same line.
    fn is_first_named_label(&self, i: usize) -> bool {
        let s = self.clean(i);
        furniture::named_annex_number(&s) == Some(1)
            && matches!(furniture::annex_line(&s), Some(AnnexLine::Annex { label_end }) if !trim(&s[label_end.min(s.len())..]).is_empty())
    }

    /// The last line that is a numbered annex label (`附件1`, `附件二：`),
    /// found in one pass.
    fn last_numbered_annex(&self, body: usize) -> Option<usize> {
        (body..self.lines.len()).rev().find(|&k| {
            !self.blank(k) && {
                let t = self.clean(k);
                matches!(furniture::annex_line(&t), Some(AnnexLine::Annex { .. }))
                    && !furniture::is_unnumbered_annex_label(&t)
            }
        })
    }

    /// Lines inside a quotation that spans lines (an amendment's quoted
    /// replacement text): a “ left open at the end of a line, closed within
    /// [`MAX_QUOTE_LINES`] lines (a “ opening a later paragraph of it
    /// continues it). The scan starts at the first line of the block of
    /// lines that runs into the body's first line, so a quotation opened
    /// just above the first numbered line (`…有两条，“` over `第一条，反对；…`)
    /// still hides it.
    fn quotations(&self, body: usize) -> Vec<bool> {
        let n = self.lines.len();
        let mut quoted = vec![false; n];
        let mut i = body;
        while i > 0 && body - i < MAX_QUOTE_LINES && !self.blank(i - 1) {
            i -= 1;
        }
        while i < n {
            let depth = quote_balance(self.text(i));
            if depth <= 0 {
                i += 1;
                continue;
            }
            // Look for the line that closes it.
            let mut d = depth;
            let mut close = None;
            for j in i + 1..n.min(i + 1 + MAX_QUOTE_LINES) {
                // A numbered paragraph without a “ that continues a list
                // from above the quote (`一、` … `“我们要…。` … `二、`) is
                // outside it: the “ was left open by a slip.
                if self.lines[j]
                    .mk
                    .is_some_and(|m| self.continues_from_above(j, i, m))
                    && !trim(self.text(j)).starts_with(['“', '‘', '「', '"'])
                {
                    break;
                }
                d += quote_balance(self.text(j));
                // A quotation over several paragraphs opens each of them
                // with “ and closes only the last: that “ reopens the open
                // quotation, it does not nest a new one.
                if trim(self.text(j)).starts_with('“') {
                    d -= 1;
                }
                if d <= 0 {
                    close = Some(j);
                    break;
                }
            }
            match close {
                Some(j) => {
                    for q in quoted.iter_mut().take(j + 1).skip(i + 1) {
                        *q = true;
                    }
                    i = j + 1;
                }
                None => i += 1,
            }
        }
        quoted
    }

    /// True when the nearest line above `j` numbered in `m`'s family lies
    /// above line `opener` and `m` is its next number.
    fn continues_from_above(&self, j: usize, opener: usize, m: LineMarker) -> bool {
        (0..j)
            .rev()
            .take(MAX_QUOTE_LINES * 2)
            .find_map(|k| {
                self.lines[k]
                    .mk
                    .filter(|p| p.family == m.family)
                    .map(|p| (k, p))
            })
            .is_some_and(|(k, p)| k < opener && p.value.checked_add(1) == Some(m.value))
    }

    /// A bare `三` on its own line is a `三、` whose `、` was lost, when the
    /// previous `一、`-family heading in the same article or annex is `二、`
    /// (a lone `一` is a table cell more often than a heading). Where no
    /// `一、` list is open, a bare `一` opens one when it stands between blank
    /// lines and the next bare numeral of the same article or annex is a `二`
    /// standing between blank lines too (section numbers `一` `二` `三` set
    /// apart as headings; flattened table cells have no blank lines around).
    fn bare_numerals(&mut self, body: usize) {
        let opens = self.bare_list_openers(body);
        let mut last_cn: Option<u32> = None;
        for i in body..self.lines.len() {
            match self.roles[i] {
                Role::Heading(m) if m.family == MarkerFamily::CnEnum => last_cn = Some(m.value),
                Role::Article(_) | Role::Annex { .. } => last_cn = None,
                Role::Text if !self.blank(i) => {
                    if let Some(v) = bare_numeral(self.text(i)) {
                        let continues = last_cn.is_some_and(|p| p + 1 == v);
                        let opens_list =
                            last_cn.is_none() && v == 1 && opens.binary_search(&i).is_ok();
                        if continues || opens_list {
                            let l = self.lines[i];
                            let t = self.text(i);
                            let start = l.cstart
                                + (t.len() - t.trim_start_matches(crate::marker::is_space).len());
                            let end = l.cstart + t.trim_end_matches(crate::marker::is_space).len();
                            self.roles[i] = Role::Heading(LineMarker {
                                start,
                                end,
                                family: MarkerFamily::CnEnum,
                                numeral: NumeralStyle::Chinese,
                                delimiter: Delimiter::None,
                                value: v,
                            });
                            last_cn = Some(v);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// True when line `i` has a blank line (or the edge of the document)
    /// directly above and below it.
    fn set_apart(&self, i: usize) -> bool {
        let above = i == 0 || self.blank(i - 1);
        let below = i + 1 >= self.lines.len() || self.blank(i + 1);
        above && below
    }

    /// True when the line above `i` ends a sentence (or `i` opens the
    /// document): a bare numeral there stands at a section's start even
    /// with its text on the very next line (`一` / `　　辽沈战役以后，…`).
    fn after_sentence(&self, i: usize) -> bool {
        i == 0
            || self.blank(i - 1)
            || text::ends_sentence(self.text(i - 1))
                && self.next_nonblank(i + 1).is_some_and(|k| {
                    self.lines[k].mk.is_none() && bare_numeral(self.text(k)).is_none()
                })
    }

    /// Lines holding a bare `一` set apart by blank lines whose next bare
    /// numeral line, before any `一、`-family heading, article or annex, is a
    /// `二` set apart too. One backward pass, so the look-ahead stays linear;
    /// before the roles are decided (front matter) only numbered lines and
    /// no articles or annexes bound the look-ahead.
    fn bare_list_openers(&self, body: usize) -> Vec<usize> {
        let mut out = Vec::new();
        // Value of the nearest bare numeral line below, if set apart.
        let mut below: Option<Option<u32>> = None;
        for i in (body..self.lines.len()).rev() {
            let cn_enum = |m: LineMarker| m.family == MarkerFamily::CnEnum;
            if self.lines[i].mk.is_some_and(cn_enum) {
                below = None;
                continue;
            }
            match self.roles[i] {
                Role::Heading(m) if cn_enum(m) => below = None,
                Role::Article(_) | Role::Annex { .. } => below = None,
                Role::Text if !self.blank(i) => {
                    if let Some(v) = bare_numeral(self.text(i)) {
                        let apart = self.set_apart(i) || self.after_sentence(i);
                        if v == 1 && apart && below == Some(Some(2)) {
                            out.push(i);
                        }
                        below = Some(apart.then_some(v));
                    }
                }
                _ => {}
            }
        }
        out.reverse();
        out
    }

    /// `首先，` `其次，` … are headings only where at least two of them start
    /// lines in the same parent in ascending order (`首先，` then `其次，` or
    /// `最后，`; `首先，` twice is no list), or where a lone one opens an
    /// ordinal list: the next run-in heading of the parent is the ordinal
    /// that follows it (`首先，…` then `第二，…`).
    fn sequence_words(&mut self, body: usize) {
        let n = self.lines.len();
        let mut seg_start = body;
        let mut i = body;
        while i <= n {
            let boundary = i == n
                || match self.roles[i] {
                    Role::Heading(m) => !m.family.is_run_in(),
                    Role::Article(_) | Role::Annex { .. } => true,
                    _ => false,
                };
            if boundary {
                let members: Vec<usize> = (seg_start..i)
                    .filter(|&j| {
                        matches!(self.roles[j], Role::Heading(m) if m.family == MarkerFamily::Sequence)
                    })
                    .collect();
                let value = |j: usize| match self.roles[j] {
                    Role::Heading(m) => m.value,
                    _ => 0,
                };
                // Members that ascend from the one before or to the one after,
                // below a first member (`首先，`) at a line start: `其次，` and
                // `最后，` whose `首先，` stands inside a line are prose broken
                // where a web page's spans ended.
                let mut opened = false;
                let listed: Vec<bool> = (0..members.len())
                    .map(|k| {
                        opened |= value(members[k]) == 1;
                        opened
                            && ((k > 0 && value(members[k - 1]) < value(members[k]))
                                || members
                                    .get(k + 1)
                                    .is_some_and(|&b| value(members[k]) < value(b)))
                    })
                    .collect();
                // The next run-in heading below each line of the part, in one
                // backward pass: the look-ahead stays linear however many
                // members are not listed.
                let mut next_run_in = vec![None; i - seg_start];
                let mut below = None;
                for k in (seg_start..i).rev() {
                    next_run_in[k - seg_start] = below;
                    if let Role::Heading(h) = self.roles[k] {
                        if h.family.is_run_in() {
                            below = Some(h);
                        }
                    }
                }
                for j in members
                    .iter()
                    .zip(&listed)
                    .filter(|&(_, &l)| !l)
                    .map(|(&j, _)| j)
                {
                    let Role::Heading(m) = self.roles[j] else {
                        continue;
                    };
                    let next = next_run_in[j - seg_start];
                    let opens_ordinals = next.is_some_and(|n| {
                        n.family == MarkerFamily::Ordinal && n.value == m.value + 1
                    });
                    if !opens_ordinals {
                        self.roles[j] = Role::Text;
                    }
                }
                seg_start = i + 1;
            }
            i += 1;
        }
    }

    /// A `①` heading set off from its text by white space (`① 刑法、历次
    /// 刑法修正案…的施行日期…` under a law's last article) is a footnote, not
    /// a list, when no `②` follows it, on its line or below, before the next
    /// heading of a higher family, article or annex: a list of one item is no
    /// list. One backward pass, so the look-ahead stays linear.
    fn lone_circled(&mut self, body: usize) {
        let rank = MarkerFamily::Circled.rank();
        // A `②` on this line or below, before a boundary.
        let mut second_below = false;
        for i in (body..self.lines.len()).rev() {
            match self.roles[i] {
                Role::Heading(h) if h.family != MarkerFamily::Circled && h.family.rank() < rank => {
                    second_below = false;
                    continue;
                }
                Role::Article(_) | Role::Annex { .. } => {
                    second_below = false;
                    continue;
                }
                _ => {}
            }
            if self.text(i).contains('②') {
                second_below = true;
            }
            if let Role::Heading(m) = self.roles[i] {
                let spaced = self.src[m.end.min(self.src.len())..]
                    .chars()
                    .next()
                    .is_some_and(crate::marker::is_space);
                if m.family == MarkerFamily::Circled && m.value == 1 && spaced && !second_below {
                    self.roles[i] = Role::Text;
                }
            }
        }
    }

    /// True when line `i` starts an element of its own (not a continuation).
    fn starts_element(&self, i: usize) -> bool {
        !matches!(self.roles[i], Role::Text) || self.lines[i].mk.is_some()
    }

    /// True when some sibling of the heading at `i` (same family, nearby,
    /// no heading of a higher family between) has a sentence end on its
    /// first line: the list is written as run-in sentences.
    fn siblings_are_sentences(&self, i: usize, family: MarkerFamily) -> bool {
        let rank = family.rank();
        // Only the items of this list: a `（1）` below starts another one,
        // the `（1）` above is this one's first.
        let scan = |range: &mut dyn Iterator<Item = usize>, forward: bool| -> bool {
            let mut seen = 0;
            for j in range {
                match self.roles[j] {
                    Role::Heading(m) if m.family == family => {
                        if forward && m.value == 1 {
                            return false;
                        }
                        let rest = &self.src[m.end..self.lines[j].cend.max(m.end)];
                        if sentence_end(rest).is_some() {
                            return true;
                        }
                        if !forward && m.value == 1 {
                            return false;
                        }
                        seen += 1;
                        if seen >= 8 {
                            return false;
                        }
                    }
                    Role::Heading(m) if m.family.rank() < rank => return false,
                    Role::Article(_) | Role::Annex { .. } => return false,
                    _ => {}
                }
            }
            false
        };
        let lo = i.saturating_sub(400);
        let hi = (i + 400).min(self.lines.len());
        scan(&mut (lo..i).rev(), false) || scan(&mut (i + 1..hi), true)
    }

    /// The width at which the text was hard-wrapped (a PDF's or a mail's
    /// text, a Word file converted from a PDF): the top of the three
    /// adjacent display widths that the most lines of [`MIN_WRAP_WIDTH`]
    /// columns or more have, where they are at least
    /// [`MIN_WRAPPED_LINES`] lines and [`WRAPPED_SHARE`] of those lines, and
    /// few lines run past it — or, in print extracted to text, at least
    /// [`OPEN_ENDED_SHARE`] of the lines end mid-sentence. Text written line
    /// by line has no such width: its lengths spread.
    ///
    /// The second value is the indent a paragraph's first line lacks:
    /// [`LOST_INDENT`] where first lines cluster that far short of the
    /// width (the indent lost, or shrunk to two spaces), else 0.
    fn measure_wrap_width(&self) -> Option<(usize, usize)> {
        let mut counts: Vec<u32> = Vec::new();
        let mut total = 0u32;
        // Counted lines that end mid-sentence (no 。！？；： or closing mark).
        let mut open_ends = 0u32;
        for (k, l) in self.lines.iter().enumerate() {
            if l.is_blank() || matches!(self.roles[k], Role::Cell | Role::Hidden(_)) {
                continue;
            }
            let bytes = l.cend.saturating_sub(l.ind);
            // Cheap bounds first: a column takes one to three bytes.
            if !(MIN_WRAP_WIDTH / 2..=MAX_WRAP_WIDTH * 3).contains(&bytes) {
                continue;
            }
            let w = text::display_width(&self.src[l.ind..l.cend.max(l.ind)]);
            if w < MIN_WRAP_WIDTH {
                continue;
            }
            if w >= counts.len() {
                if w > MAX_WRAP_WIDTH {
                    continue;
                }
                counts.resize(w + 1, 0);
            }
            counts[w] += 1;
            total += 1;
            if !text::ends_closed(&self.src[l.ind..l.cend.max(l.ind)]) {
                open_ends += 1;
            }
        }
        let window = |x: usize| counts[x] + counts[x - 1] + counts[x - 2];
        let (best, n) = (MIN_WRAP_WIDTH..counts.len())
            .map(|x| (x, window(x)))
            .max_by_key(|&(x, n)| (n, x))?;
        // No more than a few lines run past it: the text was wrapped there.
        let wider = |x: usize| -> u32 { counts.get(x + 3..).map_or(0, |c| c.iter().sum()) };
        let wrapped =
            |n: u32| n >= MIN_WRAPPED_LINES && f64::from(n) >= f64::from(total) * WRAPPED_SHARE;
        // Few lines run past it; or most lines end mid-sentence, as only
        // hard-wrapped text does, and the wider ones are lines whose break
        // was lost or that hold punctuation set in half its width (print
        // extracted to text).
        let mostly_open = f64::from(open_ends) >= f64::from(total) * OPEN_ENDED_SHARE;
        if wrapped(n) && (wider(best) * 20 <= total || mostly_open) {
            // First lines that cluster [`LOST_INDENT`] columns short of it
            // (the two-character indent shrunk to two spaces, or lost):
            // a paragraph's first line there still fills the width.
            let first_lines = best
                .checked_sub(LOST_INDENT)
                .filter(|&x| x >= MIN_WRAP_WIDTH)
                .map_or(0, window);
            let indent = if first_lines >= MIN_WRAPPED_LINES {
                LOST_INDENT
            } else {
                0
            };
            return Some((best, indent));
        }
        // Print set in a proportional face (a PDF's text): the lines that
        // fill the measure spread over [`PROPORTIONAL_SPREAD`] columns (digits,
        // Latin and spaces are narrower than ideographs), most end
        // mid-sentence, and the measure is a printed page's
        // ([`MIN_PRINT_MEASURE`] or wider: a list of short items spreads
        // too). The width is the bottom of that spread.
        if mostly_open && !wrapped(n) {
            let spread = |x: usize| -> u32 { counts[x + 1 - PROPORTIONAL_SPREAD..=x].iter().sum() };
            let (top, m) = (MIN_PRINT_MEASURE.max(PROPORTIONAL_SPREAD)..counts.len())
                .map(|x| (x, spread(x)))
                .max_by_key(|&(x, m)| (m, x))?;
            // (`fills_wrap_width` allows two columns short of the width.)
            return wrapped(m).then_some((top + 3 - PROPORTIONAL_SPREAD, 0));
        }
        // A text extracted from print loses each paragraph's two-character
        // indent: first lines cluster [`LOST_INDENT`] columns short of the
        // wrap width, the lines that go on fill it.
        let up = best + LOST_INDENT;
        if up >= counts.len() || !wrapped(n) {
            return None;
        }
        let (top, m) = (up - 1..=(up + 1).min(counts.len() - 1))
            .map(|x| (x, window(x)))
            .max_by_key(|&(x, m)| (m, x))?;
        (m >= MIN_WRAPPED_LINES && wider(top) * 20 <= total).then_some((top, LOST_INDENT))
    }

    /// True when line `i` is a line of a hard-wrapped paragraph: it fills
    /// the wrap width and so does the next line, or the next line ends a
    /// sentence. (A long title wrapped at that width goes on in a short
    /// line without a sentence mark, `…的通知`.)
    fn wrapped_paragraph_line(&self, i: usize) -> bool {
        if !self.fills_wrap_width(i) {
            return false;
        }
        let next = self.next_line(i);
        next < self.lines.len()
            && !self.blank(next)
            && (self.fills_wrap_width(next) || sentence_end(self.text(next)).is_some())
    }

    /// True when line `k` fills the width the text was hard-wrapped at (a
    /// paragraph's first line, where the text lost its indent, that width
    /// less the indent).
    fn fills_wrap_width(&self, k: usize) -> bool {
        self.wrap_width.is_some_and(|(w, indent)| {
            let l = &self.lines[k];
            let width = text::display_width(&self.src[l.ind..l.cend.max(l.ind)]) + 2;
            width >= w || (indent > 0 && width + indent >= w && self.opens_paragraph(k))
        })
    }

    /// True when line `k` opens a paragraph: it opens an element, or the
    /// line above it is blank or ends a sentence.
    fn opens_paragraph(&self, k: usize) -> bool {
        self.lines[k].mk.is_some()
            || k == 0
            || self.blank(k - 1)
            || text::ends_closed(self.text(k - 1))
    }

    /// Characters of the heading line `k` after its marker.
    fn title_chars(&self, k: usize) -> usize {
        let l = &self.lines[k];
        let from = match self.roles[k] {
            Role::Heading(m) => m.end,
            _ => l.cstart,
        }
        .min(l.cend);
        char_len(trim(&self.src[from..l.cend]))
    }

    /// Whether the whole-line heading at `last` (no sentence end yet)
    /// continues on line `last + 1`.
    fn heading_wraps(&self, first: usize, last: usize, family: MarkerFamily) -> bool {
        let next = self.next_line(last);
        // A Markdown heading (`### 4. 内容`) is one line by definition.
        if next >= self.lines.len()
            || self.blank(next)
            || self.starts_element(next)
            || self.md_heading(last)
        {
            return false;
        }
        let here = self.text(last);
        // `（二）五星之位置与画法如下：`: a colon ends what the heading says.
        if here.ends_with(['：', ':']) {
            return false;
        }
        // `理由：…` / `结论：…` under an item opens a statement of its own
        // (not the end of a line cut at the wrap width, `…应当符合下` / `列条件：`).
        let cut = self.fills_wrap_width(last) && !text::ends_sentence(here);
        if text::opens_with_label(self.text(next)) && !cut {
            return false;
        }
        // A text whose paragraphs are long lines sets a long heading over
        // two short ones: the second ends it (`三、走资派总是要强化和扩大资产阶`
        // / `级法权，力图把权力转化为资本` / a paragraph).
        if !self.laid_out() {
            let short = |k: usize| {
                let t = self.text(k);
                char_len(t) <= SHORT_HEADING_LINE && !t.contains(['。', '！', '？', '；', '：'])
            };
            let paragraph = |k: usize| {
                k >= self.lines.len()
                    || self.blank(k)
                    || self.starts_element(k)
                    || (char_len(self.text(k)) >= LONG_PARAGRAPH_LINE
                        && sentence_end(self.text(k)).is_some())
            };
            if last != first && (first..=last).all(|k| self.blank(k) || short(k)) && paragraph(next)
            {
                return false;
            }
            let after = self.next_line(next);
            // The line below the pair is a paragraph, or at least a line
            // clearly longer than the heading's short end.
            let below = after < self.lines.len()
                && !self.blank(after)
                && (paragraph(after)
                    || (!self.starts_element(after)
                        && 2 * char_len(self.text(after)) >= 3 * char_len(self.text(next))
                        && char_len(self.text(after)) >= MIN_CUT_HEADING * 2));
            // (Not a line of its own kind: a signature, a name, a date.)
            let nt = self.clean(next);
            let plain = !furniture::is_issuer_mark(&nt)
                && !furniture::is_author_line(&nt)
                && !furniture::is_person_name(&nt)
                && !furniture::is_date_line(&nt)
                && !furniture::is_subtitle(&nt)
                && !furniture::is_chrome(&nt);
            if last == first
                && self.title_chars(first) >= MIN_CUT_HEADING
                && short(first)
                && short(next)
                && plain
                && below
            {
                return true;
            }
        }
        if cannot_end_phrase(here) || self.continues_sentence(next) {
            return true;
        }
        // A sentence item cut by a page break (`第一，…走资` / page number /
        // `本主义道路…。`): print breaks lines anywhere.
        if next > last + 1
            && (last + 1..next).any(|k| matches!(self.roles[k], Role::Hidden(_)))
            && !text::ends_sentence(here)
            && self.title_chars(first) >= MIN_WRAPPED_LINE
            && self.siblings_are_sentences(first, family)
        {
            return true;
        }
        // A sentence cut by a blog's `<!--more-->` summary break.
        if next > last + 1
            && !text::ends_sentence(here)
            && (last + 1..next)
                .any(|k| matches!(self.roles[k], Role::Hidden(_)) && self.is_html_comment(k))
        {
            return true;
        }
        // A line as wide as the text's hard wraps, ending mid-sentence.
        if self.fills_wrap_width(last) && !text::ends_sentence(here) {
            return true;
        }
        // A next line that opens with 的 (no sentence does): the heading
        // runs on (`…复辟资本主义` / `的纲领和路线，…`).
        if self.text(next).starts_with('的') {
            return true;
        }
        // A run-in list whose items are sentences: an item with no sentence
        // end is cut, when the next line finishes one clause.
        // A short line (`一、主要工作`) is a complete heading, not a
        // sentence cut by a hard wrap.
        let nt = self.text(next);
        let single_clause = sentence_end(nt).is_some_and(|e| trim(&nt[e..]).chars().count() <= 1);
        // The title's length, not the line's: `4.4.2记录的保存期限` is a
        // short heading however long its marker.
        let title_chars = if last == first {
            self.title_chars(first)
        } else {
            char_len(here)
        };
        // (A line cut by a wrap is as long as the lines it is wrapped
        // with: a next line much longer than it is no rest of it but the
        // paragraph under a complete heading, `五、磋商文件获取方式、时间、
        // 地点` / `磋商文件自2026年6月30日至…获取。`.)
        let longer = char_len(nt) > char_len(self.text(last)) + WRAP_SLACK;
        single_clause
            && !longer
            && title_chars >= MIN_WRAPPED_LINE
            && self.siblings_are_sentences(first, family)
    }

    /// True when line `k` (not blank, not an element) carries on a sentence
    /// broken at the line above: it opens with a clause mark (`，` `；` `”`
    /// …), or it is a short fragment with no punctuation (a link's text
    /// alone on its line, `揭榜`) over such a line.
    fn continues_sentence(&self, k: usize) -> bool {
        let t = self.text(k);
        if text::starts_continuation(t) {
            return true;
        }
        let below = self.next_line(k);
        below < self.lines.len()
            && !self.blank(below)
            && !self.starts_element(below)
            && char_len(t) <= 20
            && !t.contains([
                '。', '！', '？', '；', '，', '、', '：', '“', '”', '（', '）',
            ])
            && text::starts_continuation(self.text(below))
    }

    /// Whether the quotation or bracket that the title scan `scan` left open
    /// at the end of line `last` closes within [`QUOTE_RUN_LINES`] lines
    /// below, none of them blank or opening an element: the heading was cut
    /// inside it (an export that breaks lines at links, `…“双向` / `揭榜` /
    /// `挂帅”的简称…`), so its logical line runs on. A quote left open by a
    /// typo, closed nowhere below, joins nothing.
    fn quote_runs_on(&self, last: usize, scan: text::TitleScan) -> bool {
        if !scan.is_open() {
            return false;
        }
        let mut scan = scan;
        let end = (last + 1 + QUOTE_RUN_LINES).min(self.lines.len());
        for k in last + 1..end {
            if matches!(self.roles[k], Role::Hidden(_)) {
                continue;
            }
            if self.blank(k) || self.starts_element(k) {
                return false;
            }
            if scan.feed(self.text(k)).is_some() || !scan.is_open() {
                return true;
            }
        }
        false
    }

    /// Whether a paragraph (or a run-in heading's body) ending on line
    /// `last` continues on the next line.
    fn paragraph_wraps(&self, last: usize) -> bool {
        let next = self.next_line(last);
        if next >= self.lines.len() || self.blank(next) || self.starts_element(next) {
            return false;
        }
        let here = self.text(last);
        if here.is_empty() || ends_closed(here) {
            return false;
        }
        // 60 bytes hold at least 15 characters: no count needed.
        here.len() >= 60
            || char_len(here) >= 15
            || text::starts_continuation(self.text(next))
            || cannot_end_phrase(here)
    }

    // ---------------------------------------------------------------- emit

    fn push(&mut self, kind: NodeKind<'a>, span: Span, parent: Option<usize>) -> usize {
        let depth = parent.map_or(1, |p| self.nodes[p].depth + 1);
        let id = self.nodes.len();
        self.nodes.push(Node {
            kind,
            span,
            parent: parent.map(|p| NodeId(p as u32)),
            depth,
            end: NodeId(id as u32 + 1),
        });
        id
    }

    fn span(&self, start: usize, end: usize, line: usize) -> Span {
        let l = &self.lines[line];
        Span::new(
            start,
            end,
            l.number,
            l.column + char_len(&self.src[l.ind..start.max(l.ind).min(self.src.len())]) as u32,
        )
    }

    /// Joined, cleaned text of lines `first..=last` between byte offsets.
    fn joined(&self, first: usize, last: usize, from: usize, to: usize) -> Cow<'a, str> {
        self.joined_as(first, last, from, to, true)
    }

    /// [`joined`](Self::joined); `markup` false keeps inline markup (body
    /// text is text: only titles, markers and bylines drop it).
    fn joined_as(
        &self,
        first: usize,
        last: usize,
        from: usize,
        to: usize,
        markup: bool,
    ) -> Cow<'a, str> {
        let show = |t: &'a str| self.shown(t, markup);
        if first == last {
            return show(&self.src[from.min(to)..to]);
        }
        let mut s = String::new();
        for i in first..=last {
            if matches!(self.roles[i], Role::Hidden(_)) {
                continue;
            }
            let l = &self.lines[i];
            let a = if i == first {
                from
            } else if markup {
                l.cstart
            } else {
                l.pstart
            };
            let b = if i == last { to } else { l.cend };
            if a < b {
                s.push_str(&show(&self.src[a..b]));
            }
        }
        Cow::Owned(s)
    }

    /// The list families (`一、`, `（一）`) whose headings group the
    /// document's articles, as judicial interpretations group theirs
    /// (`一、一般规定` over `第一条`…, then `二、…`). A heading groups articles
    /// where an article follows it directly and the next heading of its
    /// family, past at least one article, is its successor. Lists that open
    /// at 1 right under an article are that article's items and are skipped,
    /// so a notice's own `一、` list before the rules it issues, or the
    /// `一、` items of one article, never group.
    fn grouping_families(&self) -> Vec<MarkerFamily> {
        const LISTS: [MarkerFamily; 2] = [MarkerFamily::CnEnum, MarkerFamily::CnParen];
        let mut found = Vec::new();
        for family in LISTS {
            // The last heading of `family` outside item lists: its value,
            // whether an article followed it directly, whether one followed.
            let mut last: Option<(u32, bool, bool)> = None;
            let mut prev: Option<MarkerFamily> = None;
            // The value of the last item, while an item list runs.
            let mut item: Option<u32> = None;
            for role in &self.roles {
                let m = match *role {
                    Role::Article(_) | Role::Annex { .. } => {
                        last = None;
                        prev = None;
                        item = None;
                        continue;
                    }
                    Role::Heading(m) => m,
                    _ => continue,
                };
                if m.family == MarkerFamily::Article {
                    if let Some((_, direct, after)) = last.as_mut() {
                        *direct |= prev == Some(family);
                        *after = true;
                    }
                } else if m.family == family {
                    item = if prev == Some(MarkerFamily::Article) {
                        (m.value == 1).then_some(1)
                    } else {
                        // (Past numbers skipped where items ran on in one
                        // line, `（一）…。（二）…。（三）…` / `（五）…`.)
                        item.filter(|&v| prev == Some(family) && m.value > v)
                            .map(|_| m.value)
                    };
                    if item.is_none() {
                        if let Some((v, true, true)) = last {
                            if v.checked_add(1) == Some(m.value) {
                                found.push(family);
                                break;
                            }
                        }
                        last = Some((m.value, false, false));
                    }
                }
                prev = Some(m.family);
            }
        }
        found
    }

    fn emit(&mut self) {
        let n = self.lines.len();
        // Open sections: (node index, family for headings).
        let mut stack = Sections::default();
        for family in self.grouping_families() {
            stack.set_grouping(family);
        }
        for (outer, inner) in self.inverted_lists() {
            stack.lift(outer, inner);
        }
        self.enclosed = self.enclosed_lists();
        self.structure_below = self.structure_below();
        self.title_key = (0..n)
            .filter(|&k| self.roles[k] == Role::Title)
            .map(|k| self.clean(k))
            .collect();
        // (A level with no numbered headings of its own, below levels that
        // have some — a caption style carrying outline level 5 — ranks just
        // below the deepest of those, so it nests under them.)
        let mut above: Option<MarkerFamily> = None;
        for (level, family) in self.styled_as.iter().enumerate() {
            match (family, above) {
                (Some(f), _) => {
                    stack.set_styled_as(level, *f);
                    above = Some(*f);
                }
                (None, Some(f)) => stack.set_styled_below(level, f),
                (None, None) => {}
            }
        }
        let mut toc_header: Option<usize> = None;
        let mut article: Option<usize> = None;
        // The body's top division where an annex opened, while the body may
        // go on after it.
        let mut resumes: Option<(MarkerFamily, u32)> = None;
        let mut md = md_scope::MdScopes::default();
        let mut i = 0;
        while i < n {
            // A hidden line is furniture (the `Role::Hidden` arm below).
            if self.blank(i) && !matches!(self.roles[i], Role::Hidden(_)) {
                let start = self.lines[i].start;
                let markers = self.lines[i].is_marker_only();
                let mut j = i;
                while j < n
                    && self.blank(j)
                    && !matches!(self.roles[j], Role::Hidden(_))
                    && self.lines[j].is_marker_only() == markers
                {
                    j += 1;
                }
                let kind = if markers {
                    GapKind::MarkerLine
                } else {
                    GapKind::Blank
                };
                let end = self.lines[j - 1].next;
                let span = self.span_at(start, end, i);
                self.gaps.push(Gap { kind, span });
                i = j;
                continue;
            }
            let l = self.lines[i];
            if l.ind > l.start {
                let span = self.span_at(l.start, l.ind, i);
                self.gaps.push(Gap {
                    kind: GapKind::Indent,
                    span,
                });
            }
            let top = stack.last().map(|s| s.0);
            match self.roles[i] {
                Role::Title => {
                    let mut last = i;
                    let mut parts = vec![i];
                    let mut j = i + 1;
                    while j < n && (self.blank(j) || self.roles[j] == Role::Title) {
                        if self.roles[j] == Role::Title {
                            last = j;
                            parts.push(j);
                        }
                        j += 1;
                    }
                    // A subtitle run onto the title's line (`政府工作报告——2024年
                    // 3月5日在…上`): the title ends before its dash. (Not a
                    // title whose part after the dash names its genre,
                    // `闲话吴语——苏州方言…社会实践报告`: the whole line.)
                    let raw = self.text(i);
                    let glued = (parts.len() == 1)
                        .then(|| raw.find("——").filter(|&d| d > 0))
                        .flatten()
                        .filter(|&d| {
                            furniture::is_subtitle(&raw[d..])
                                && !furniture::ends_with_genre(&raw[d..])
                                && !self.visible(&raw[..d]).is_empty()
                        });
                    // An annex label opening the file on the title's line:
                    // a furniture node, then the title.
                    if let (Some(at), 1) = (self.title_label, parts.len()) {
                        let at = at.min(l.cend.max(l.cstart));
                        let rest = &self.src[at..l.cend.max(at)];
                        let start = at
                            + (rest.len() - rest.trim_start_matches(crate::marker::is_space).len());
                        let text = self.visible(&self.src[l.cstart..at]);
                        let role = FurnitureRole::Chrome;
                        self.push(
                            NodeKind::Furniture { role, text },
                            self.span(l.ind, start, i),
                            None,
                        );
                        let text = self.visible(trim(rest));
                        self.push(NodeKind::Title { text }, self.span(start, l.next, i), None);
                        i = last + 1;
                        continue;
                    }
                    if let Some(d) = glued {
                        let cut = l.cstart + d;
                        let text = self.visible(&raw[..d]);
                        self.push(NodeKind::Title { text }, self.span(l.ind, cut, i), None);
                        let text = self.visible(&raw[d..]);
                        let role = FurnitureRole::Subtitle;
                        self.push(
                            NodeKind::Furniture { role, text },
                            self.span(cut, l.next, i),
                            None,
                        );
                        i = last + 1;
                        continue;
                    }
                    let text = if parts.len() == 1 {
                        self.clean(i)
                    } else {
                        Cow::Owned(parts.iter().map(|&p| self.clean(p)).collect::<String>())
                    };
                    let span = self.span(l.ind, self.lines[last].next, i);
                    self.push(NodeKind::Title { text }, span, None);
                    i = last + 1;
                }
                Role::Declared(value) => {
                    let span = self.span(l.ind, l.next, i);
                    self.push(NodeKind::DeclaredCount { value }, span, None);
                    i += 1;
                }
                Role::TocHeader => {
                    // A 目录 inside the body (a promulgated document's own)
                    // ends every open section: it and what follows stand
                    // at the top. (Not the chapters that rank above its
                    // entries: a tender's `第五章 投标文件格式` holds the
                    // response forms' own 目录 of `一、投标函`….)
                    let entries = (i + 1..n.min(i + 1 + TOC_HEADER_REACH))
                        .find(|&k| self.roles[k] == Role::TocEntry)
                        .and_then(|k| crate::marker::line_marker(&self.clean(k)))
                        .map(|e| e.family)
                        .filter(|f| !f.is_structural());
                    let keep = entries.map_or(0, |f| {
                        (0..stack.len())
                            .take_while(|&p| {
                                stack.get(p).is_some_and(|o| {
                                    o.1.is_some_and(|g| g.is_structural() && g.rank() < f.rank())
                                })
                            })
                            .count()
                    });
                    if keep > 0 {
                        let span = self.span(l.ind, l.next, i);
                        stack.truncate(keep);
                        md.clear();
                        let parent = stack.last().map(|s| s.0);
                        toc_header = Some(self.push(NodeKind::TocHeader, span, parent));
                        i += 1;
                        continue;
                    }
                    stack.clear();
                    md.clear();
                    article = None;
                    resumes = None;
                    let span = self.span(l.ind, l.next, i);
                    toc_header = Some(self.push(NodeKind::TocHeader, span, None));
                    i += 1;
                }
                Role::TocEntry => {
                    let mut last = i;
                    while last + 1 < n && self.roles[last + 1] == Role::TocPart {
                        last += 1;
                    }
                    let span = self.span(l.ind, self.lines[last].next, i);
                    let text = if last == i {
                        self.clean(i)
                    } else {
                        Cow::Owned((i..=last).map(|k| self.clean(k)).collect::<String>())
                    };
                    self.push(NodeKind::TocEntry { text }, span, toc_header);
                    i = last + 1;
                }
                Role::TocPart => {
                    // Only reached where no entry line precedes it.
                    let span = self.span(l.ind, l.next, i);
                    let text = self.clean(i);
                    self.push(NodeKind::TocEntry { text }, span, toc_header);
                    i += 1;
                }
                Role::Article(ordinal) => {
                    stack.clear();
                    md.clear();
                    let mut last = i;
                    while self.next_line(last) < n
                        && self.roles[self.next_line(last)] == Role::TocPart
                    {
                        last = self.next_line(last);
                    }
                    let span = self.span(l.ind, self.lines[last].next, i);
                    let title = if last == i {
                        self.clean(i)
                    } else {
                        self.joined(i, last, l.cstart, self.lines[last].cend)
                    };
                    let id = self.push(
                        NodeKind::Article {
                            title,
                            ordinal: ordinal.and_then(std::num::NonZeroU32::new),
                        },
                        span,
                        None,
                    );
                    article = Some(id);
                    resumes = None;
                    stack.push((id, None, 0));
                    i = last + 1;
                }
                Role::Byline => {
                    let span = self.span(l.ind, l.next, i);
                    let text = self.clean(i);
                    self.push(NodeKind::Byline { text }, span, top);
                    i += 1;
                }
                Role::Annex { label_end } => {
                    // An annex sits under the open article, else at the top.
                    let base = usize::from(article.is_some());
                    // (The body's top division open at the annex, where it is
                    // a chapter or part: the body may go on after the annex.)
                    resumes = stack
                        .get(base)
                        .and_then(|&(_, f, v)| f.filter(|f| f.is_structural()).map(|f| (f, v)))
                        .or(resumes);
                    stack.truncate(base);
                    md.clear();
                    let parent = stack.last().map(|s| s.0);
                    let marker = Cow::Borrowed(trim(&self.src[l.cstart..label_end]));
                    let rest = trim(&self.src[label_end..l.cend.max(label_end)]);
                    // (`**附件：**`: the closing emphasis is no title.)
                    let (title, title_span, last) = if self.visible(rest).is_empty() {
                        match self.next_nonblank(i + 1) {
                            Some(j) if !self.starts_element(j) => {
                                let lj = self.lines[j];
                                (self.clean(j), self.span(lj.cstart, lj.cend, j), j)
                            }
                            _ => (Cow::Borrowed(""), self.span(l.cend, l.cend, i), i),
                        }
                    } else {
                        let off = self.src[label_end..].len()
                            - self.src[label_end..]
                                .trim_start_matches(crate::marker::is_space)
                                .len();
                        (
                            self.joined(i, i, label_end, l.cend),
                            self.span(label_end + off, l.cend, i),
                            i,
                        )
                    };
                    let span = self.span(l.ind, self.lines[last].next, i);
                    let id = self.push(
                        NodeKind::Annex(Box::new(Annex {
                            marker,
                            title,
                            title_span,
                        })),
                        span,
                        parent,
                    );
                    stack.push((id, None, 0));
                    i = last + 1;
                }
                Role::Heading(m) => {
                    // The body's next chapter after an annex placed in its
                    // middle (a tender's contract, `附件2：报价清单`, then
                    // `第四章`): the annex ends, the chapter stands where
                    // its siblings stood (rule `annex`).
                    // (An annex that numbers its own chapters keeps them.)
                    if let Some((f, v)) = resumes {
                        let base = usize::from(article.is_some());
                        if m.family == f && stack.get(base).is_some_and(|o| o.1.is_none()) {
                            if v.checked_add(1) == Some(m.value) {
                                stack.truncate(base);
                                md.clear();
                            }
                            resumes = None;
                        }
                    }
                    let level = self.md_level(i);
                    match level {
                        Some(level) => md.enter(&mut stack, level, true),
                        None => stack.set_shelter(md.shelter(&stack)),
                    }
                    let id = self.nodes.len();
                    let next = self.emit_heading(i, m, &mut stack);
                    stack.set_shelter(0);
                    if let Some(level) = level {
                        md.opened(&stack, level, Some(id));
                    }
                    i = next;
                }
                Role::Furniture(role) | Role::Hidden(role) => {
                    let span = self.span(l.ind, l.next, i);
                    let text = self.clean(i);
                    self.push(NodeKind::Furniture { role, text }, span, top);
                    i += 1;
                }
                Role::AttachmentList => {
                    let span = self.span(l.ind, l.next, i);
                    let text = self.clean(i);
                    self.push(
                        NodeKind::Furniture {
                            role: FurnitureRole::AttachmentList,
                            text,
                        },
                        span,
                        top,
                    );
                    i += 1;
                }
                Role::Cell => {
                    self.emit_paragraph(i, i, l.pstart, top);
                    i += 1;
                }
                Role::Text => {
                    let mut last = i;
                    while self.paragraph_wraps(last) {
                        last = self.next_line(last);
                    }
                    // An unnumbered `#` heading ends the plain lists above
                    // it (rule `md_scope`).
                    let level = self.md_level(i);
                    let top = match level {
                        Some(level) => {
                            md.enter(&mut stack, level, false);
                            stack.last().map(|s| s.0)
                        }
                        None => top,
                    };
                    self.emit_paragraph(i, last, l.pstart, top);
                    if let Some(level) = level {
                        md.opened(&stack, level, None);
                    }
                    // The 落款 (an organ's name over the date) ends the
                    // body: what follows is not inside its last section.
                    // So does the title of a second text published after
                    // the first (`…管理办法` … `第五章 附则` … / `…程序规定`
                    // / `第一条…`): its articles start again at the top.
                    if last == i && (self.signs_off(i) || self.opens_second_text(i)) {
                        stack.truncate(usize::from(article.is_some()));
                        md.clear();
                    }
                    i = last + 1;
                }
            }
        }
        // `end` of every node: one past its last descendant.
        for k in (0..self.nodes.len()).rev() {
            if let Some(p) = self.nodes[k].parent {
                let e = self.nodes[k].end;
                let pe = &mut self.nodes[p.index()].end;
                if e > *pe {
                    *pe = e;
                }
            }
        }
    }

    /// True when line `i` is the title of a text published after another
    /// in the same file: a title-like line naming its genre (`…程序规定`)
    /// right over a `第一条` or `第一章` while articles or chapters of the
    /// first text are open.
    fn opens_second_text(&self, i: usize) -> bool {
        let t = self.clean(i);
        char_len(&t) <= LONG_TITLE
            && !t.contains(['。', '；', '！', '？', '：'])
            && furniture::ends_with_genre(&t)
            && self.next_nonblank(i + 1).is_some_and(|k| {
                matches!(self.roles[k], Role::Heading(m)
                    if m.family.is_structural() && m.value == 1)
            })
            && (0..i).rev().take(MAX_SECOND_TEXT_LOOKBACK).any(|k| {
                matches!(self.roles[k], Role::Heading(m)
                    if m.family.is_structural() && m.value > 1)
            })
    }

    /// True when line `i` is the date of a 落款 (GB/T 9704 §7.3.5): a bare
    /// date under the issuing organ's name (`全国教书育人楷模推选委员会` /
    /// `2023年8月7日`).
    fn signs_off(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| {
            !self.blank(p)
                && self.roles[p] == Role::Text
                && furniture::is_date_line(&self.clean(i))
                && furniture::is_issuer_mark(&self.clean(p))
        })
    }

    fn span_at(&self, start: usize, end: usize, line: usize) -> Span {
        let l = &self.lines[line];
        Span::new(
            start,
            end,
            l.number,
            1 + char_len(&self.src[l.start..start.max(l.start)]) as u32,
        )
    }

    /// A paragraph over lines `first..=last`, starting at byte `from`.
    fn emit_paragraph(&mut self, first: usize, last: usize, from: usize, parent: Option<usize>) {
        let ind = if from == self.lines[first].cstart || from == self.lines[first].pstart {
            self.lines[first].ind
        } else {
            from
        };
        let span = self.span(ind, self.lines[last].next, first);
        let text = self.joined_as(first, last, from, self.lines[last].cend, false);
        let markers = self.inline_markers(first, last, from);
        let id = self.push(NodeKind::Paragraph(Paragraph { text }), span, parent);
        if !markers.is_empty() {
            self.inline.push(gongwen_model::InlineMarkers {
                paragraph: NodeId(id as u32),
                markers,
            });
        }
    }

    /// Enumerations inside a paragraph: a run-in or parenthesised marker
    /// right after a sentence or clause break (。；：！？).
    fn inline_markers(&self, first: usize, last: usize, from: usize) -> Vec<Marker<'a>> {
        let mut out = Vec::new();
        for i in first..=last {
            let l = self.lines[i];
            let a = if i == first { from } else { l.cstart };
            let line_text = &self.src[a..l.cend.max(a)];
            let bytes = line_text.as_bytes();
            let mut col = l.column + char_len(&self.src[l.ind..a.max(l.ind)]) as u32;
            let mut col_at = a.max(l.ind);
            // Break marks: 。；：！？ (E3 80 82, EF BC 9B / 9A / 81 / 9F), found
            // in one pass over their lead bytes.
            let breaks = memchr::memchr2_iter(0xE3, 0xEF, bytes).filter(|&p| {
                matches!(
                    bytes.get(p..p + 3),
                    Some([0xE3, 0x80, 0x82] | [0xEF, 0xBC, 0x9B | 0x9A | 0x81 | 0x9F])
                )
            });
            for p in breaks {
                let Some(c) = line_text.get(p..).and_then(|s| s.chars().next()) else {
                    continue;
                };
                let after = p + c.len_utf8();
                let rest = &line_text[after..];
                // First-character check before running the grammars.
                if !rest.chars().next().is_some_and(crate::marker::can_start) {
                    continue;
                }
                let Ok((r, f)) = nom::branch::alt((
                    crate::marker::run_in,
                    crate::marker::ordinal,
                    crate::marker::sequence,
                    crate::marker::cn_paren,
                    crate::marker::arabic_paren,
                    crate::marker::circled,
                ))
                .parse_complete(rest) else {
                    continue;
                };
                let len = rest.len() - r.len();
                let start = a + after;
                col += char_len(&self.src[col_at..start]) as u32;
                col_at = start;
                out.push(Marker {
                    text: Cow::Borrowed(&self.src[start..start + len]),
                    span: Span::new(start, start + len, l.number, col),
                    family: f.family,
                    numeral: f.numeral,
                    delimiter: f.delimiter,
                    value: f.value,
                });
            }
        }
        out
    }

    fn emit_heading(&mut self, i: usize, m: LineMarker, stack: &mut Sections) -> usize {
        let l = self.lines[i];
        let after = m.end;
        let rest = trim(&self.src[after..l.cend.max(after)]);
        // A decimal number's separator (`7.2.1.`, `1.1 、`) is not its marker.
        let mend = if m.family.is_decimal() {
            m.start
                + self.src[m.start..m.end]
                    .trim_end_matches(|c| {
                        matches!(c, '.' | '．' | '、') || crate::marker::is_space(c)
                    })
                    .len()
        } else {
            m.end
        };
        let marker = Marker {
            text: Cow::Borrowed(&self.src[m.start..mend]),
            span: self.span(m.start, mend, i),
            family: m.family,
            numeral: m.numeral,
            delimiter: m.delimiter,
            value: m.value,
        };
        // Where the title is: this line, or the next non-blank line for a
        // marker standing alone.
        let (layout_alone, tfirst, tfrom) = if rest.is_empty() || self.visible(rest).is_empty() {
            // (A Word paragraph holding only its automatic number has an
            // empty title, outline spec convention 14.)
            let bare = self.bare_numbers.binary_search(&i).is_ok();
            match self.next_nonblank(i + 1).filter(|_| !bare) {
                Some(j) if !self.starts_element(j) => (true, j, self.lines[j].cstart),
                _ => (true, i, l.cend),
            }
        } else {
            // A dash between marker and title (`第一部分——总体要求`) is
            // neither.
            let dash = text::dash_separator(&self.src[after..l.cend.max(after)]);
            (false, i, after + dash)
        };
        // Find the sentence end, following hard wraps.
        let mut tlast = tfirst;
        let mut end: Option<(usize, usize)> = None; // (line, byte offset of the mark)
        let mut scan = text::TitleScan::default();
        loop {
            let a = if tlast == tfirst {
                tfrom
            } else {
                self.lines[tlast].cstart
            };
            let seg = &self.src[a..self.lines[tlast].cend.max(a)];
            if let Some(e) = scan.feed(seg) {
                end = Some((tlast, a + e));
                break;
            }
            if layout_alone && tfirst == i {
                break; // a marker alone with no title line: empty title
            }
            if self.heading_wraps(i, tlast, m.family) || self.quote_runs_on(tlast, scan) {
                tlast = self.next_line(tlast);
            } else {
                break;
            }
        }
        let (title, title_span, head_end_line, head_end, body_from) = match end {
            Some((line, e)) => {
                let mark_len = self.src[e..].chars().next().map_or(0, char::len_utf8);
                let title = self.joined(tfirst, line, tfrom, e);
                let ts = self.title_span(tfirst, tfrom, e);
                (title, ts, line, e + mark_len, Some(e + mark_len))
            }
            None => {
                let te = self.lines[tlast].cend.max(tfrom);
                let title = self.joined(tfirst, tlast, tfrom, te);
                let ts = self.title_span(tfirst, tfrom, te);
                (title, ts, tlast, self.lines[tlast].next, None)
            }
        };
        let layout = if layout_alone && tfirst != i {
            HeadingLayout::MarkerAlone
        } else if layout_alone {
            HeadingLayout::WholeLine
        } else if body_from.is_some() {
            HeadingLayout::RunIn
        } else {
            HeadingLayout::WholeLine
        };
        // Body on the same line after the title sentence?
        let body = body_from
            .filter(|&b| !trim(&self.src[b..self.lines[head_end_line].cend.max(b)]).is_empty());
        let head_span_end = match (body_from, body) {
            (Some(_), Some(b)) => b,
            (Some(_), None) => self.lines[head_end_line].next,
            _ => head_end,
        };
        let span = self.span(l.ind, head_span_end, i);
        // Two headings of one family in the same Word heading level are
        // siblings, whatever their numbers say (a list broken by copy and
        // paste: `1 事故风险描述` … `1 应急工作职责`, both Heading 1).
        let level = self.levels.get(i).copied().flatten();
        if let (Some(level), Some(pos)) = (level, stack.open_pos(m.family)) {
            let id = stack.get(pos).map(|o| o.0);
            let line = id.map(|id| (self.nodes[id].span.line as usize).saturating_sub(1));
            if m.value == 1
                && line.and_then(|k| self.levels.get(k).copied().flatten()) == Some(level)
            {
                stack.truncate(pos);
            }
        }
        // A list restarting at 1 that a .docx sets no deeper than the open
        // item of its family, past items set deeper (`40.` / `a)`…`g)` /
        // `性能相关：` / `1.`, each a list of its own): back beside that item,
        // not inside `g)`.
        if m.value == 1 {
            if let Some(pos) = stack.open_pos(m.family).filter(|&p| p + 1 < stack.len()) {
                let line_of = |id: usize| (self.nodes[id].span.line as usize).saturating_sub(1);
                let indent = |k: usize| self.indents.get(k).copied().flatten();
                let open = stack.get(pos).and_then(|o| indent(line_of(o.0)));
                let top = stack.last().and_then(|o| indent(line_of(o.0)));
                if let (Some(here), Some(open), Some(top)) = (indent(i), open, top) {
                    // (Indents as the file states them: any i32.)
                    let same = open.saturating_add(SAME_INDENT);
                    if here <= same && top > same {
                        stack.truncate(pos);
                    }
                }
            }
        }
        // A list introduced by a line ending with a colon, or a list
        // restarting at 1 indented deeper than the open item of its family
        // (plain-text minutes: `14、议题` / `    1、…`): a list inside it.
        let indented = m.value == 1
            && stack.open_of(m.family).is_some_and(|&(id, _, _)| {
                let at = (self.nodes[id].span.line as usize).saturating_sub(1);
                at < self.lines.len()
                    && self.lines[i].column >= self.lines[at].column + MIN_INDENT_STEP
            });
        let introduced = self
            .prev_nonblank(i, 0)
            .is_some_and(|p| text::introduces_list(self.text(p)))
            || indented;
        // The top-level `一、` list restarting at 1 below a deeper item of
        // a lower family (`四、` / `2、…` / a closing paragraph `…做如下
        // 安排:` / `一、…`, a report's work of the year, then its plans): a
        // paragraph of text announcing it, not that item's own heading,
        // stands between, so a second top-level series begins, not a list
        // inside `2、`. (Without the announcing colon, `一、` after a
        // sentence item opens a list under its family's open heading.)
        // (Lower families restart inside such items: `（1）` / `…如下：` /
        // `1.`…)
        // The deepest open heading is of a family ranked below this one.
        let below = |stack: &Sections| {
            stack
                .last()
                .is_some_and(|&(_, f, _)| f.is_some_and(|f| f.rank() > m.family.rank()))
        };
        let inverted = m.value == 1
            && !indented
            && m.family == MarkerFamily::CnEnum
            && stack.outermost_is(m.family)
            && below(stack)
            && self.prev_nonblank(i, 0).is_some_and(|p| {
                self.roles[p] == Role::Text && text::introduces_list(self.text(p))
            });
        if inverted {
            while below(stack) {
                stack.truncate(stack.len() - 1);
            }
        }
        let introduced = introduced && !inverted;
        // The deepest open heading is a sentence item.
        let top_is_sentence = stack.last().is_some_and(|&(id, family, _)| {
            family.is_some()
                && matches!(&self.nodes[id].kind, NodeKind::Heading(h)
                    if self.src[h.title_span.end().min(self.src.len())..]
                        .starts_with(['。', '！', '？', '；']))
        });
        // A new list (from 1) under a run-in heading of another family
        // standing alone between blank lines, as a section heading does
        // (`第一，…。` over `一是…` paragraphs or `（一）…` items); a `第二，`
        // after `首先，` continues that list instead.
        let under_run_in_line = !m.family.is_structural()
            && m.value == 1
            && stack.last().is_some_and(|&(id, family, _)| {
                let line = (self.nodes[id].span.line as usize).saturating_sub(1);
                family.is_some_and(|f| f.is_run_in() && f != m.family)
                    && matches!(&self.nodes[id].kind, NodeKind::Heading(h)
                        if h.layout == HeadingLayout::WholeLine)
                    && line < self.lines.len()
                    && self.set_apart(line)
            });
        // A colon line after a sentence item of the same family
        // (`（五）…其他激励措施。` / `惩戒措施包括：` / `（一）…`) introduces a
        // second list beside the first, not a list inside that item.
        // (Not where the line that introduces the list is that item's own
        // title, set below its marker: `（四）` / `…主要内容如下。` / `（一）…`.)
        let own_title = self.prev_nonblank(i, 0).is_some_and(|p| {
            stack.last().is_some_and(|&(id, _, _)| {
                matches!(&self.nodes[id].kind, NodeKind::Heading(h)
                    if h.layout == HeadingLayout::MarkerAlone
                        && h.title_span.line as usize == p + 1)
            })
        });
        // A colon line set apart from the open item of this family by a
        // paragraph of that item's own (`（4）用户信息设置` / its text /
        // `…划分为两大部分：` / `（1）…`) introduces a second list beside the
        // first: a list inside an item opens right under it.
        let apart = m.value == 1
            && !indented
            && stack.last().is_some_and(|&(id, f, _)| {
                let item = (self.nodes[id].span.line as usize).saturating_sub(1);
                f == Some(m.family)
                    && self
                        .prev_nonblank(i, 0)
                        .and_then(|p| self.prev_nonblank(p, 0))
                        .is_some_and(|q| q > item && self.roles[q] == Role::Text)
            });
        let introduced = introduced
            && !apart
            && (own_title
                || !(top_is_sentence
                    && m.value == 1
                    && stack.last().is_some_and(|&(_, f, _)| f == Some(m.family))));
        // An item of a list inside a decimal section (rule `decimal`): a
        // `1.` list wherever a decimal section is open; another list
        // (`（一）`, `一、`) that opens right under a decimal heading
        // (`20.1` / `（一）…`), and the rest of that list.
        let listed = is_plain_list(m.family);
        let below_decimals = stack.decimal_open()
            && match m.family {
                MarkerFamily::ArabicEnum => self.decimal_parents.binary_search(&i).is_err(),
                f if listed => {
                    (m.value == 1 && stack.top_is_decimal()) || stack.open_below_decimals(f)
                }
                _ => false,
            };
        // A list inside an item of a lower family that goes on after it
        // (rule `nesting`) opens inside that item, as under a run-in line.
        let inside_item = self.enclosed.binary_search(&i).is_ok();
        // Parts or chapters described in running text under a heading of a
        // list (a 说明's `三、主要内容` / `第一部分“总论”。阐明…` /
        // `第二部分…`): a list inside that heading, not the document's top
        // level (rule `nesting`). A division of the document itself stands
        // on a line of its own.
        // (Or the articles of a document a list's item names: a tender's
        // `18.劳务派遣服务合同` over the contract's `第一条`… .)
        let under_list_item = |names_document: bool| {
            m.value == 1
                && m.family.is_structural()
                && (!names_document || m.family == MarkerFamily::Article)
                && stack.open_of(m.family).is_none()
                && stack.last().is_some_and(|&(id, f, _)| {
                    f.is_some_and(is_plain_list)
                        && (!names_document || {
                            // (Right below the item, no signature's date between:
                            // not the first article of a rule published after a
                            // notice that lists it.)
                            let item = (self.nodes[id].span.line as usize).saturating_sub(1);
                            matches!(&self.nodes[id].kind, NodeKind::Heading(h)
                            if furniture::names_document(&h.title))
                                && i <= item + NAMED_DOCUMENT_LINES
                                && (item + 1..i).all(|k| {
                                    self.blank(k) || !furniture::is_date_line(&self.clean(k))
                                })
                        })
                })
        };
        // (Or the parts a tender lists under a colon in an item of its
        // instructions, `8.1 招标文件包括：` / `第一章 招标公告` … `第六章 …`,
        // while its own 第二章 is open: chapters do not start again at one.)
        let listed_parts = m.value == 1
            && self
                .prev_nonblank(i, 0)
                .is_some_and(|p| text::introduces_list(self.text(p)))
            && m.family.is_structural()
            && m.family != MarkerFamily::Article
            && stack.open_of(m.family).is_some_and(|o| o.2 > 1)
            && stack
                .last()
                .is_some_and(|&(_, f, _)| f.is_some_and(|f| !f.is_structural() && !f.is_styled()));
        // (A real division written run-in, `第一部分 发展基础。全县…`, has
        // chapters or sections of its own below it.)
        let divided_below = || {
            self.structure_below
                .get(usize::from(m.family.rank()))
                .copied()
                .flatten()
                .is_some_and(|last| last > i)
        };
        let described = (layout == HeadingLayout::RunIn
            && body.is_some()
            && m.family != MarkerFamily::Article
            && under_list_item(false)
            && !divided_below())
            || under_list_item(true)
            || listed_parts;
        let parent = stack.place_introduced(
            m.family,
            m.value,
            introduced,
            top_is_sentence,
            under_run_in_line || inside_item || described,
            below_decimals,
        );
        let id = self.push(
            NodeKind::Heading(Box::new(Heading {
                marker,
                title,
                title_span,
                layout: if body.is_none() && layout == HeadingLayout::RunIn {
                    HeadingLayout::WholeLine
                } else {
                    layout
                },
            })),
            span,
            parent,
        );
        // The document's title repeated over its first chapter in a heading
        // style (GB/T 1.1's 标准名称, `核电厂定期安全评价 第1部分：通用要求`
        // over `1 范围`), or a 目录's header in one, heads no section: the
        // chapters stand beside it.
        let heads_nothing = m.family.is_styled() && {
            let t = self.clean(i);
            furniture::is_toc_header(&t)
                || (!self.title_key.is_empty() && furniture::same_title(&t, &self.title_key))
        };
        if !heads_nothing {
            stack.push_placed((id, Some(m.family), m.value), below_decimals);
        }
        let mut last = head_end_line;
        if let Some(b) = body {
            while self.paragraph_wraps(last) {
                last = self.next_line(last);
            }
            self.emit_paragraph(head_end_line, last, b, Some(id));
        }
        last + 1
    }

    fn title_span(&self, first: usize, from: usize, to: usize) -> Span {
        let lead = self.src[from..to.max(from)].len()
            - self.src[from..to.max(from)]
                .trim_start_matches(crate::marker::is_space)
                .len();
        self.span(from + lead, to.max(from + lead), first)
    }
}

/// Families that number the items of an attachment list: `1.` `一、`
/// `（1）` `（一）` `①`.
/// A line with no ideograph (code such as `<?` or `include_once(…);`, an
/// English line) or with a style sheet's braces: never a Chinese
/// document's title, and skipped when looking for it.
fn is_code_or_foreign(t: &str) -> bool {
    !t.chars().any(crate::text::is_ideograph)
        || t.contains(['{', '}'])
        // A directory tree drawn in box-drawing characters (`│  ├─ 数据集`).
        || t.contains(|c: char| ('\u{2500}'..='\u{257F}').contains(&c))
}

/// A family of plain list items (`一、` `（一）` `1.` `a）` …): not a
/// division or article, a decimal section, a run-in ordinal or a Word
/// heading style.
fn is_plain_list(f: MarkerFamily) -> bool {
    !f.is_run_in() && !f.is_structural() && !f.is_decimal() && !f.is_styled()
}

fn is_list_family(f: MarkerFamily) -> bool {
    matches!(
        f,
        MarkerFamily::ArabicEnum
            | MarkerFamily::CnEnum
            | MarkerFamily::ArabicParen
            | MarkerFamily::ArabicClose
            | MarkerFamily::CnParen
            | MarkerFamily::Circled
    )
}

/// Net count of opened “ quotes in `s` (U+201C/U+201D are E2 80 9C/9D).
fn quote_balance(s: &str) -> i32 {
    let b = s.as_bytes();
    let mut d = 0i32;
    // Single quotes open on this line and not yet closed.
    let mut singles = 0u32;
    for i in memchr::memchr_iter(0xE2, b) {
        if b.get(i + 1) == Some(&0x80) {
            match b.get(i + 2) {
                Some(0x9C) => d += 1,
                Some(0x9D) => d -= 1,
                Some(0x98) => singles += 1,
                Some(0x99) if singles > 0 => singles -= 1,
                // A ’ with no ‘ open closes an open “ (`“六五’时期`, a typing
                // slip): left open, it would carry the quotation over the
                // headings below. (Not an apostrophe between letters:
                // `it’s`.)
                Some(0x99) if d > 0 && !(i > 0 && b[i - 1].is_ascii_alphabetic()) => d -= 1,
                _ => {}
            }
        }
    }
    d
}

/// A list of issuing organs (`卫生健康委 教育部 财政部`) whose list runs on
/// the next line into the subject of a title (`医保局 药监局关于印发…`).
fn organs_continue(upper: &str, lower: &str) -> bool {
    furniture::is_issuer_mark(upper)
        && lower.find("关于").is_some_and(|at| {
            let before = trim(&lower[..at]);
            before.is_empty() || furniture::is_issuer_mark(before)
        })
}

/// The matching key of a 目录 entry or article title: white space, a
/// leading `1.`-style number, leaders and page numbers dropped.
pub(crate) fn toc_key(s: &str) -> Cow<'_, str> {
    let t = trim(s);
    let t = match crate::marker::line_marker(t) {
        Some(m) if matches!(m.family, MarkerFamily::ArabicEnum | MarkerFamily::CnEnum) => {
            &t[m.end..]
        }
        _ => t,
    };
    let t = t.trim_end_matches(|c: char| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || crate::marker::is_space(c)
    });
    // (A page in Roman numerals after a gap or a leader, `前言 III`,
    // `前言……III`, as `toc_entries::page_number` reads it.)
    let t = match t.trim_end_matches(['I', 'V', 'X']) {
        r if r.len() < t.len()
            && r.ends_with(|c: char| {
                crate::marker::is_space(c) || matches!(c, '…' | '.' | '·')
            }) =>
        {
            r
        }
        _ => t,
    };
    let t = t.trim_end_matches(['…', '.', '·', '．', '-', '—', '　', ' ']);
    let t = if trim(t).is_empty() { trim(s) } else { trim(t) };
    if t.contains(crate::marker::is_space) {
        Cow::Owned(t.chars().filter(|c| !crate::marker::is_space(*c)).collect())
    } else {
        Cow::Borrowed(t)
    }
}

/// An article title without its trailing ordinal (`…材料1` → `…材料`, 1).
pub(crate) fn split_ordinal(s: &str) -> (&str, Option<u32>) {
    let t = trim(s);
    let base = t.trim_end_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    if base.len() == t.len() || base.is_empty() {
        return (t, None);
    }
    let digits = &t[base.len()..];
    let v = crate::numeral::arabic(digits).ok().map(|(_, (v, _))| v);
    (base, v)
}

use nom::Parser as _;
