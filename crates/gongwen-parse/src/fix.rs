//! The formatter: writes a document back with the numbering faults it can
//! fix fixed, by byte-range edits on the source — every other byte stays
//! as it was.
//!
//! What it fixes:
//! * gaps, duplicates, wrong order and a wrong start among siblings: the
//!   list is renumbered 1, 2, 3 … in document order (numbered 目录 entries
//!   and the ordinals of a compilation's pieces too). Regulation numbers
//!   (`第…章`, `第…条`) are left alone: the text cites them;
//! * a 目录 whose entries name the articles in another order: the entries
//!   are reordered to follow the articles;
//! * siblings that mix forms of one family: all take the form most of them
//!   use;
//! * half-width parentheses `(一)` `(1)` become full-width `（一）` `（1）`;
//! * with [`Options::standard`] only: `一.` → `一、`, `1、` → `1.`, `㈠` →
//!   `（一）`, `⑴` → `（1）`, `⒈` → `1.` (GB/T 9704-2012).
//!
//! What it cannot fix (a person decides): `level-skip`, `empty-heading`,
//! `declared-count-mismatch`, a 目录 whose count differs from the articles,
//! numbering faults in regulation families, and the numbers of a `一、` list
//! in a document with a bare numeral line (`三` whose `、` was lost: whether
//! it is a heading depends on the number above it, so renumbering could
//! change the parse).
//!
//! ```
//! use gongwen_parse::fix::{fix_text, Options};
//! let src = "一、总体要求\n二、主要任务\n四、保障措施\n(一)加强领导\n";
//! assert_eq!(fix_text(src, &Options::default()),
//!            "一、总体要求\n二、主要任务\n三、保障措施\n（一）加强领导\n");
//! assert_eq!(fix_text("1、甲\n2、乙\n", &Options::standard()), "1.甲\n2.乙\n");
//! ```

use crate::check::numbering::{self, ListKind};
use crate::check::style;
use gongwen_model::Document;

/// Formatter options.
///
/// ```
/// let o = gongwen_parse::fix::Options::default();
/// assert!(!o.standard);
/// assert!(gongwen_parse::fix::Options::standard().standard);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Rewrite nonstandard forms to GB/T 9704-2012 (`1、` → `1.`, `一.` →
    /// `一、`, `⑴` → `（1）`, …). Off by default: these forms are common and
    /// a house style may want them.
    pub standard: bool,
}

impl Options {
    /// The GB/T 9704-2012 preset (`fmt --standard`).
    ///
    /// ```
    /// assert!(gongwen_parse::fix::Options::standard().standard);
    /// ```
    pub const fn standard() -> Self {
        Options { standard: true }
    }
}

/// One replacement of the source bytes `start..end` by `text`.
///
/// ```
/// let e = gongwen_parse::fix::Edit { start: 0, end: 6, text: "二、".into() };
/// assert_eq!(e.end - e.start, 6);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// First byte replaced.
    pub start: usize,
    /// One past the last byte replaced.
    pub end: usize,
    /// The replacement.
    pub text: String,
}

/// The edits the formatter makes to `doc`, sorted and non-overlapping.
///
/// ```
/// let doc = gongwen_parse::parse("（一）甲\n（三）乙\n");
/// let edits = gongwen_parse::fix::plan(&doc, &Default::default());
/// assert_eq!(edits.len(), 1);
/// assert_eq!(edits[0].text, "（二）");
/// assert_eq!(&doc.source[edits[0].start..edits[0].end], "（三）");
/// ```
pub fn plan(doc: &Document<'_>, options: &Options) -> Vec<Edit> {
    let mut edits = Vec::new();
    for list in numbering::lists(doc) {
        let renumber = list.renumberable();
        let forms = match list.family {
            Some(f) if list.kind == ListKind::Headings && style::has_forms(list.family) => {
                let normal: Vec<style::Form> = list
                    .items
                    .iter()
                    .map(|i| (i.numeral, i.delimiter))
                    .filter(|&form| !style::damaged(f, form))
                    .map(|form| style::normalise(f, form, options.standard))
                    .collect();
                style::majority(&normal).map(|m| (f, m))
            }
            _ => None,
        };
        for (k, item) in list.items.iter().enumerate() {
            let value = if renumber {
                u32::try_from(k + 1).unwrap_or(u32::MAX)
            } else {
                item.value
            };
            let text = match forms {
                Some((f, target))
                    if target != (item.numeral, item.delimiter)
                        && !style::damaged(f, (item.numeral, item.delimiter)) =>
                {
                    style::render(f, target, value)
                }
                _ if value != item.value => numbering::relabel(item, value),
                _ => None,
            };
            if let Some(t) =
                text.filter(|t| t != item.text && item.reads_back(list.family, t, value))
            {
                edits.push(Edit {
                    start: item.span.start,
                    end: item.span.end,
                    text: t,
                });
            }
        }
    }
    toc_order(doc, &mut edits);
    edits.sort_by_key(|e| (e.start, e.end));
    // Keep the edits apart (a marker is edited once).
    let mut out: Vec<Edit> = Vec::with_capacity(edits.len());
    for e in edits {
        if out.last().is_none_or(|p| p.end <= e.start) {
            out.push(e);
        }
    }
    out
}

/// Reorders the 目录 entries' titles to follow the articles, when every
/// article has its own entry and no two entries read the same.
fn toc_order(doc: &Document<'_>, edits: &mut Vec<Edit>) {
    let (entries, articles) = crate::check::toc::entries_and_articles(doc);
    if entries.is_empty() || entries.len() != articles.len() {
        return;
    }
    let assigned = crate::check::toc::assign(&entries, &articles);
    if !crate::check::toc::reorderable(&entries, &assigned) {
        return;
    }
    for (i, j) in assigned.iter().enumerate() {
        let Some(j) = *j else { return };
        if i == j || entries[i].names(&articles[i]) {
            continue;
        }
        let (Some(e), Some(from)) = (entries.get(i), entries.get(j)) else {
            continue;
        };
        let Some(text) = doc.source.get(from.title.0..from.title.1) else {
            continue;
        };
        edits.push(Edit {
            start: e.title.0,
            end: e.title.1,
            text: text.to_string(),
        });
    }
}

/// Applies `edits` (sorted, non-overlapping) to `source`.
///
/// ```
/// use gongwen_parse::fix::{apply, Edit};
/// assert_eq!(apply("一、甲", &[Edit { start: 0, end: 3, text: "二".into() }]), "二、甲");
/// ```
pub fn apply(source: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(source.len() + 16);
    let mut at = 0;
    for e in edits {
        if e.start < at || e.end > source.len() || e.start > e.end {
            continue;
        }
        let (Some(keep), true) = (source.get(at..e.start), source.is_char_boundary(e.end)) else {
            continue;
        };
        out.push_str(keep);
        out.push_str(&e.text);
        at = e.end;
    }
    out.push_str(source.get(at..).unwrap_or(""));
    out
}

/// The formatted text of `doc`.
///
/// ```
/// let doc = gongwen_parse::parse("1.甲\n1.乙\n");
/// assert_eq!(gongwen_parse::fix::fix(&doc, &Default::default()), "1.甲\n1.乙\n");
/// let doc = gongwen_parse::parse("1.甲\n2.乙\n2.丙\n");
/// assert_eq!(gongwen_parse::fix::fix(&doc, &Default::default()), "1.甲\n2.乙\n3.丙\n");
/// ```
pub fn fix(doc: &Document<'_>, options: &Options) -> String {
    let mut out = apply(&doc.source, &plan(doc, options));
    if out == doc.source {
        return out;
    }
    // An edit can change how a line parses (renumbering `二、三、` to
    // `一、二、` makes a bare `三` below them the list's next heading), so
    // the text is formatted again until nothing changes: `fmt` is
    // idempotent. Each pass only renumbers and restyles markers; a few
    // passes settle every list.
    for _ in 1..MAX_PASSES {
        let again = crate::parse(&out);
        let next = apply(&again.source, &plan(&again, options));
        if next == out {
            break;
        }
        out = next;
    }
    out
}

/// The most times [`fix`] formats its own output before it stops.
const MAX_PASSES: usize = 8;

/// Parses `text` and formats it ([`fix`]).
///
/// ```
/// let out = gongwen_parse::fix::fix_text("（一）甲\n（一）乙\n", &Default::default());
/// assert_eq!(out, "（一）甲\n（一）乙\n", "a list restarting at 1 is left alone");
/// ```
pub fn fix_text(text: &str, options: &Options) -> String {
    fix(&crate::parse(text), options)
}
