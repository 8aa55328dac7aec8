//! 公文格式检查: the GB/T 9704-2012 form of a document's elements (版头,
//! 主体, 版记; see [`crate::elements`]). Each check gives a [`Diagnostic`]
//! with a `gbt-…` code and, where a safe edit exists, the edit that
//! `fmt` makes ([`crate::fix`]).
//!
//! | file | codes |
//! |---|---|
//! | `doc_number.rs` | `gbt-doc-number-brackets` `gbt-doc-number-year` `gbt-doc-number-padding` `gbt-doc-number-ordinal` |
//! | `date.rs` | `gbt-date-numerals` `gbt-date-year` `gbt-date-padding` |
//! | `attachment.rs` | `gbt-attachment-count` `gbt-attachment-mismatch` `gbt-attachment-numbered` `gbt-attachment-punctuation` `gbt-annex-label` |
//! | `title.rs` | `gbt-title-punctuation` `gbt-request-signer` |
//! | `addressee.rs` | `gbt-addressee-colon` |
//! | `cc.rs` | `gbt-cc-period` |

mod addressee;
mod attachment;
mod cc;
mod date;
mod doc_number;
mod title;

use super::{diag, Code, Diagnostic, Fixable, Severity};
use crate::fix::Edit;
use gongwen_model::{Document, Element, ElementKind, Span};

/// A finding and the edit that fixes it, if a safe one exists.
#[derive(Debug, Clone)]
pub(crate) struct Finding {
    pub diag: Diagnostic,
    pub edit: Option<Edit>,
}

/// What the checks share: the document and its elements.
pub(crate) struct Ctx<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub elements: Vec<Element<'d>>,
}

impl Ctx<'_, '_> {
    /// The elements of one kind.
    pub fn of(&self, kind: ElementKind) -> impl Iterator<Item = &Element<'_>> + '_ {
        self.elements.iter().filter(move |e| e.kind == kind)
    }

    /// The span of bytes `start..end` (inside element `e`'s line).
    pub fn span(&self, e: &Element<'_>, start: usize, end: usize) -> Span {
        let col = self
            .doc
            .source
            .get(e.span.start()..start)
            .map_or(0, |s| s.chars().count());
        Span::new(start, end, e.span.line, e.span.column + col as u32)
    }
}

/// Builds a finding: `fix`, when given, is the edit `fmt` makes.
pub(crate) fn finding(
    code: Code,
    severity: Severity,
    span: Span,
    zh: String,
    en: String,
    fix: Option<Edit>,
) -> Finding {
    let mut d = diag(code, severity, span, zh, en);
    if fix.is_some() {
        d.fixable = Fixable::Default;
    }
    Finding { diag: d, edit: fix }
}

/// An edit replacing `start..end` by `text`.
pub(crate) fn edit(start: usize, end: usize, text: impl Into<String>) -> Option<Edit> {
    Some(Edit {
        start,
        end,
        text: text.into(),
    })
}

/// Every GB/T finding of `doc`, in no particular order. When applying
/// all their edits would change which elements the document has, no edit
/// is kept (and the findings are not fixable): `fmt` never changes what a
/// line is.
pub(crate) fn findings(doc: &Document<'_>) -> Vec<Finding> {
    let ctx = Ctx {
        doc,
        elements: crate::elements::recognise(doc),
    };
    let mut out = Vec::new();
    doc_number::check(&ctx, &mut out);
    date::check(&ctx, &mut out);
    attachment::check(&ctx, &mut out);
    title::check(&ctx, &mut out);
    addressee::check(&ctx, &mut out);
    cc::check(&ctx, &mut out);
    let edits = edits_of(&out);
    if !edits.is_empty() {
        let after = crate::fix::apply(&doc.source, &edits);
        let parsed = crate::parse(&after);
        let kinds = |e: &[Element<'_>]| e.iter().map(|e| e.kind).collect::<Vec<_>>();
        if kinds(&crate::elements::recognise(&parsed)) != kinds(&ctx.elements) {
            for f in &mut out {
                f.edit = None;
                f.diag.fixable = Fixable::No;
            }
        }
    }
    out
}

/// The edits of `findings`, sorted, overlapping ones dropped.
pub(crate) fn edits_of(findings: &[Finding]) -> Vec<Edit> {
    let mut edits: Vec<Edit> = findings.iter().filter_map(|f| f.edit.clone()).collect();
    edits.sort_by_key(|e| (e.start, e.end));
    let mut at = 0;
    edits.retain(|e| {
        let keep = e.start >= at;
        if keep {
            at = e.end.max(e.start);
        }
        keep
    });
    edits
}

/// Trailing punctuation no name or title ends with.
pub(crate) const TRAILING: &[char] = &[
    '。', '，', '；', '：', '、', '！', '？', '.', ',', ';', ':', '!', '?',
];

/// Where a run of [`TRAILING`] punctuation starts at the end of `s` (the
/// length of `s` when there is none). White space inside the run belongs
/// to it (`;;  ;;`): removing only the last marks would leave the others
/// at the end, and a formatter pass after pass would never finish.
pub(crate) fn trailing_punctuation(s: &str) -> usize {
    let cut = s
        .trim_end_matches(|c: char| TRAILING.contains(&c) || crate::marker::is_space(c))
        .len();
    if s[cut..].contains(TRAILING) {
        cut
    } else {
        s.len()
    }
}
