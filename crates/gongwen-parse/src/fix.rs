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
//! change the parse). More generally, a pass never changes how the document
//! parses: when its renumbering would (a line turns into a heading or a
//! 目录 entry, a list nests elsewhere), it only restyles markers, and
//! [`check`](crate::check::check) marks those numbering findings as not
//! fixable.
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
use gongwen_model::{Document, MarkerFamily, NodeId, NodeKind};

/// Formatter options.
///
/// ```
/// let o = gongwen_parse::fix::Options::default();
/// assert!(!o.standard);
/// assert!(gongwen_parse::fix::Options::standard().standard);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
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

/// The edits one formatter pass makes to `doc`, sorted and non-overlapping.
///
/// A pass never changes how the document parses: when renumbering would
/// (a `3` that becomes the next number of a list above it and joins it,
/// a 目录 that grows by a line), the pass only restyles markers, and when
/// even that would, it makes no edit. [`Scope`] says which it is.
///
/// ```
/// let doc = gongwen_parse::parse("（一）甲\n（三）乙\n");
/// let edits = gongwen_parse::fix::plan(&doc, &Default::default());
/// assert_eq!(edits.len(), 1);
/// assert_eq!(edits[0].text, "（二）");
/// assert_eq!(&doc.source[edits[0].start..edits[0].end], "（三）");
/// ```
pub fn plan(doc: &Document<'_>, options: &Options) -> Vec<Edit> {
    let mut edits = guarded(doc, options).1;
    // The GB/T 9704 form of the elements (`gbt-…` findings): edits of their
    // own, which never touch a numbering marker.
    let gbt = crate::check::gbt::edits_of(&crate::check::gbt::findings(doc));
    if !gbt.is_empty() {
        let apart: Vec<Edit> = gbt
            .into_iter()
            .filter(|g| {
                !edits
                    .iter()
                    .any(|e| g.start < e.end.max(e.start + 1) && e.start < g.end.max(g.start + 1))
            })
            .collect();
        edits.extend(apart);
        edits.sort_by_key(|e| (e.start, e.end));
    }
    edits
}

/// How much of its work a formatter pass may do on a document without
/// changing how the document parses.
///
/// ```
/// use gongwen_parse::fix::{scope, Options, Scope};
/// let doc = gongwen_parse::parse("一、甲\n三、乙\n");
/// assert_eq!(scope(&doc, &Options::default()), Scope::All);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Scope {
    /// Every edit: renumbering, the 目录 order and marker styles.
    All,
    /// Marker styles only: renumbering would change the parse.
    StyleOnly,
    /// No edit: even restyling would change the parse.
    Nothing,
}

/// The [`Scope`] of a formatter pass on `doc`.
///
/// ```
/// use gongwen_parse::fix::{scope, Options, Scope};
/// let doc = gongwen_parse::parse("（一）甲\n(三)乙\n");
/// assert_eq!(scope(&doc, &Options::default()), Scope::All);
/// ```
pub fn scope(doc: &Document<'_>, options: &Options) -> Scope {
    guarded(doc, options).0
}

/// The widest scope whose edits keep the document's [`Shape`], and its edits.
///
/// A pass is also held back where it would leave more numbering findings
/// than the document had: a formatter never makes numbering worse.
fn guarded(doc: &Document<'_>, options: &Options) -> (Scope, Vec<Edit>) {
    let mut shape = None;
    // The document's numbering findings, computed once when first needed:
    // for the doubt about a compilation and for the before/after count.
    let findings = std::cell::OnceCell::new();
    let findings_before = || -> &[crate::check::Diagnostic] {
        findings.get_or_init(|| crate::check::numbering_findings(doc))
    };
    for (scope, renumber) in [(Scope::All, true), (Scope::StyleOnly, false)] {
        let edits = candidates(doc, options, renumber, &findings_before);
        if edits.is_empty() {
            return (scope, edits);
        }
        let after = apply(&doc.source, &edits);
        let before = shape.get_or_insert_with(|| Shape::of(doc));
        let parsed = crate::parse(&after);
        if Shape::of(&parsed) == *before
            && crate::check::numbering_findings(&parsed).len() <= findings_before().len()
        {
            return (scope, edits);
        }
    }
    (Scope::Nothing, Vec::new())
}

/// The 目录, the declared count `（8篇）` and the articles disagree (among
/// the document's numbering `findings`): the parse of the compilation is
/// in doubt, and its piece ordinals are left as written.
fn compilation_in_doubt(findings: &[crate::check::Diagnostic]) -> bool {
    use crate::check::Code;
    findings
        .iter()
        .any(|d| matches!(d.code, Code::TocMismatch | Code::DeclaredCountMismatch))
}

/// What a formatter pass must leave as it was: every node's kind, parent,
/// depth and line, the family of every marker, and how the markers group
/// into numbered lists. Only numbers, marker forms and 目录 titles change.
#[derive(PartialEq, Eq)]
struct Shape {
    nodes: Vec<NodeShape>,
    inline: Vec<(u32, MarkerFamily)>,
    lists: Vec<(ListKind, Option<MarkerFamily>, Vec<u32>)>,
}

/// A node's kind, parent, depth, line and heading marker family.
type NodeShape = (&'static str, Option<NodeId>, u32, u32, Option<MarkerFamily>);

impl Shape {
    fn of(doc: &Document<'_>) -> Shape {
        let mut inline = Vec::new();
        let nodes = doc
            .nodes
            .iter()
            .enumerate()
            .map(|(id, n)| {
                let family = match &n.kind {
                    NodeKind::Heading(h) => Some(h.marker.family),
                    NodeKind::Paragraph(_) => {
                        let markers = doc.inline(gongwen_model::NodeId(id as u32));
                        inline.extend(markers.iter().map(|m| (m.span.line, m.family)));
                        None
                    }
                    _ => None,
                };
                (n.kind.name(), n.parent, n.depth, n.span.line, family)
            })
            .collect();
        let lists = numbering::lists(doc)
            .into_iter()
            .map(|l| {
                (
                    l.kind,
                    l.family,
                    l.items.iter().map(|i| i.span.line).collect(),
                )
            })
            .collect();
        Shape {
            nodes,
            inline,
            lists,
        }
    }
}

/// The edits a pass would make with nothing held back but what the lists
/// themselves forbid; without `renumber`, marker styles only.
///
/// `findings` gives the document's numbering findings (computed on first
/// call): piece ordinals are not renumbered in a compilation in doubt.
fn candidates<'f>(
    doc: &Document<'_>,
    options: &Options,
    renumber: bool,
    findings: &dyn Fn() -> &'f [crate::check::Diagnostic],
) -> Vec<Edit> {
    let mut edits = Vec::new();
    for list in numbering::lists(doc) {
        let renumber = renumber
            && list.renumberable()
            && !(list.kind == ListKind::Ordinals && compilation_in_doubt(findings()));
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
            let styled = match forms {
                Some((f, target))
                    if target != (item.numeral, item.delimiter)
                        && !style::damaged(f, (item.numeral, item.delimiter)) =>
                {
                    style::render(f, target, value)
                }
                _ => None,
            };
            // Where the majority form cannot be written (`㈩` ends at ten)
            // or would not read back (`三.` before `1、…` reads as 三.1),
            // the item keeps its own form, normalised (`(十三)` →
            // `（十三）`), and its number is still corrected.
            let own = match list.family {
                Some(f) if forms.is_some() => {
                    let form = (item.numeral, item.delimiter);
                    (!style::damaged(f, form))
                        .then(|| {
                            style::render(f, style::normalise(f, form, options.standard), value)
                        })
                        .flatten()
                }
                _ => None,
            };
            let relabelled = (value != item.value)
                .then(|| numbering::relabel(&list, item, value))
                .flatten();
            let text = [styled, own, relabelled]
                .into_iter()
                .flatten()
                .find(|t| t != item.text && item.reads_back(list.family, t, value));
            if let Some(t) = text {
                edits.push(Edit {
                    start: item.span.start(),
                    end: item.span.end(),
                    text: t,
                });
            }
        }
    }
    if renumber {
        toc_order(doc, &mut edits);
    }
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
/// An edit can change how a line parses the next time (renumbering
/// `二、三、` to `一、二、` makes a bare `三` below them the list's next
/// heading), so the text is formatted again until a pass has nothing to do,
/// at most [`MAX_PASSES`] times; each pass keeps the parse as it was
/// ([`plan`]). Should the passes not settle, the text is returned as it
/// was. Either way `fix` is idempotent: formatting its output changes
/// nothing.
///
/// ```
/// let doc = gongwen_parse::parse("1.甲\n1.乙\n");
/// assert_eq!(gongwen_parse::fix::fix(&doc, &Default::default()), "1.甲\n1.乙\n");
/// let doc = gongwen_parse::parse("1.甲\n2.乙\n2.丙\n");
/// assert_eq!(gongwen_parse::fix::fix(&doc, &Default::default()), "1.甲\n2.乙\n3.丙\n");
/// ```
pub fn fix(doc: &Document<'_>, options: &Options) -> String {
    let edits = plan(doc, options);
    if edits.is_empty() {
        return doc.source.to_string();
    }
    let mut out = apply(&doc.source, &edits);
    for _ in 1..MAX_PASSES {
        let again = crate::parse(&out);
        let edits = plan(&again, options);
        if edits.is_empty() {
            return out;
        }
        let next = apply(&again.source, &edits);
        drop(again);
        out = next;
    }
    doc.source.to_string()
}

/// The most passes [`fix`] makes before it gives up and leaves the text as
/// it was.
///
/// ```
/// assert!(gongwen_parse::fix::MAX_PASSES >= 2);
/// ```
pub const MAX_PASSES: usize = 8;

/// Parses `text` and formats it ([`fix`]).
///
/// ```
/// let out = gongwen_parse::fix::fix_text("（一）甲\n（一）乙\n", &Default::default());
/// assert_eq!(out, "（一）甲\n（一）乙\n", "a list restarting at 1 is left alone");
/// ```
pub fn fix_text(text: &str, options: &Options) -> String {
    fix(&crate::parse(text), options)
}
