//! Numbering checks: gaps, duplicates, order, start, mixed and nonstandard
//! marker forms, skipped levels, 目录 and declared-count mismatches, empty
//! headings. Each finding is a [`Diagnostic`] with a stable [`Code`], a
//! severity, a message in Chinese and English, the span (byte range, line
//! and column) of the offending marker, and related spans.
//!
//! | file | codes |
//! |---|---|
//! | `numbering.rs` | `numbering-gap` `numbering-duplicate` `numbering-order` `numbering-start` |
//! | `style.rs` | `mixed-marker-style` `nonstandard-marker` |
//! | `level.rs` | `level-skip` |
//! | `toc.rs` | `toc-mismatch` `declared-count-mismatch` |
//! | `empty.rs` | `empty-heading` |
//! | `gbt/` | the `gbt-…` codes: the GB/T 9704 form of 发文字号, dates, 附件说明 and annexes, title, 主送, 抄送, 签发人 (see `gbt/mod.rs`) |
//!
//! Siblings are the numbered headings of one marker family under the same
//! parent node of the document tree (regulation articles `第…条` are one
//! sequence through the whole document or piece, as laws number them). A
//! sibling numbered 1 starts a new list: run-in items (`一是` …) that
//! restart after a paragraph are not an error.
//!
//! ```
//! use gongwen_parse::check::{check, Code, Severity};
//! let doc = gongwen_parse::parse("一、总体要求\n二、主要任务\n四、保障措施\n");
//! let found = check(&doc);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].code, Code::NumberingGap);
//! assert_eq!(found[0].severity, Severity::Error);
//! assert_eq!((found[0].span.line, found[0].span.column), (3, 1));
//! ```

mod empty;
pub(crate) mod gbt;
mod level;
pub(crate) mod numbering;
#[cfg(feature = "render")]
pub mod render;
pub(crate) mod style;
pub(crate) mod toc;

use gongwen_model::{Document, Span};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The stable code of a finding (its kebab-case name is part of the
/// interface: `numbering-gap`, …).
///
/// ```
/// use gongwen_parse::check::Code;
/// assert_eq!(Code::NumberingGap.as_str(), "numbering-gap");
/// assert_eq!(serde_json::to_string(&Code::TocMismatch).unwrap(), "\"toc-mismatch\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// A sibling number is missing: `一、 二、 四、`.
    NumberingGap,
    /// The same number twice among siblings: `（一） （二） （二）`.
    NumberingDuplicate,
    /// Numbers go backwards: `三、` before `二、`.
    NumberingOrder,
    /// The first sibling is not 1: a list that opens at `（二）`.
    NumberingStart,
    /// Siblings mix forms of one family: `（一）` and `(二)`; `1.` and `2、`.
    MixedMarkerStyle,
    /// A level is skipped below its parent: `一、` then `（1）`.
    LevelSkip,
    /// A form outside GB/T 9704-2012's `一、` `（一）` `1.` `（1）` where a
    /// standard one exists: `一.`, `(一)`, `1、`, `⑴`.
    NonstandardMarker,
    /// The 目录 disagrees with the articles (count or order).
    TocMismatch,
    /// `（8篇）` but another number of articles.
    DeclaredCountMismatch,
    /// A marker with no title.
    EmptyHeading,
    /// 发文字号 with its year in brackets other than 〔〕: `X政发[2026]3号`.
    GbtDocNumberBrackets,
    /// 发文字号 with a short year: `X政发〔26〕3号`.
    GbtDocNumberYear,
    /// 发文字号 with 虚位: `X政发〔2026〕003号`.
    GbtDocNumberPadding,
    /// 发文字号 with `第`: `X政发〔2026〕第3号`.
    GbtDocNumberOrdinal,
    /// A 成文日期 or 印发日期 in Chinese numerals: `二〇二六年十二月六日`.
    GbtDateNumerals,
    /// A 成文日期 or 印发日期 with a short year: `26年12月6日`.
    GbtDateYear,
    /// A 成文日期 or 印发日期 with 虚位: `2026年12月06日`.
    GbtDatePadding,
    /// The 附件说明 lists another number of attachments than there are annexes.
    GbtAttachmentCount,
    /// A listed attachment's name or place differs from its annex's title.
    GbtAttachmentMismatch,
    /// A single listed attachment carries a number: `附件：1.登记表`.
    GbtAttachmentNumbered,
    /// Punctuation after a listed attachment's name: `1.登记表；`.
    GbtAttachmentPunctuation,
    /// An annex label not alone on its line, or with a colon: `附件1：登记表`.
    GbtAnnexLabel,
    /// A title ending with punctuation.
    GbtTitlePunctuation,
    /// A 主送 line not ending with a full-width colon.
    GbtAddresseeColon,
    /// A 抄送 line not ending with `。`.
    GbtCcPeriod,
    /// A 请示 without a 签发人.
    GbtRequestSigner,
}

impl Code {
    /// Every code, in documentation order.
    pub const ALL: [Code; 26] = [
        Code::NumberingGap,
        Code::NumberingDuplicate,
        Code::NumberingOrder,
        Code::NumberingStart,
        Code::MixedMarkerStyle,
        Code::LevelSkip,
        Code::NonstandardMarker,
        Code::TocMismatch,
        Code::DeclaredCountMismatch,
        Code::EmptyHeading,
        Code::GbtDocNumberBrackets,
        Code::GbtDocNumberYear,
        Code::GbtDocNumberPadding,
        Code::GbtDocNumberOrdinal,
        Code::GbtDateNumerals,
        Code::GbtDateYear,
        Code::GbtDatePadding,
        Code::GbtAttachmentCount,
        Code::GbtAttachmentMismatch,
        Code::GbtAttachmentNumbered,
        Code::GbtAttachmentPunctuation,
        Code::GbtAnnexLabel,
        Code::GbtTitlePunctuation,
        Code::GbtAddresseeColon,
        Code::GbtCcPeriod,
        Code::GbtRequestSigner,
    ];

    /// The stable kebab-case name.
    ///
    /// ```
    /// assert_eq!(gongwen_parse::check::Code::EmptyHeading.as_str(), "empty-heading");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Code::NumberingGap => "numbering-gap",
            Code::NumberingDuplicate => "numbering-duplicate",
            Code::NumberingOrder => "numbering-order",
            Code::NumberingStart => "numbering-start",
            Code::MixedMarkerStyle => "mixed-marker-style",
            Code::LevelSkip => "level-skip",
            Code::NonstandardMarker => "nonstandard-marker",
            Code::TocMismatch => "toc-mismatch",
            Code::DeclaredCountMismatch => "declared-count-mismatch",
            Code::EmptyHeading => "empty-heading",
            Code::GbtDocNumberBrackets => "gbt-doc-number-brackets",
            Code::GbtDocNumberYear => "gbt-doc-number-year",
            Code::GbtDocNumberPadding => "gbt-doc-number-padding",
            Code::GbtDocNumberOrdinal => "gbt-doc-number-ordinal",
            Code::GbtDateNumerals => "gbt-date-numerals",
            Code::GbtDateYear => "gbt-date-year",
            Code::GbtDatePadding => "gbt-date-padding",
            Code::GbtAttachmentCount => "gbt-attachment-count",
            Code::GbtAttachmentMismatch => "gbt-attachment-mismatch",
            Code::GbtAttachmentNumbered => "gbt-attachment-numbered",
            Code::GbtAttachmentPunctuation => "gbt-attachment-punctuation",
            Code::GbtAnnexLabel => "gbt-annex-label",
            Code::GbtTitlePunctuation => "gbt-title-punctuation",
            Code::GbtAddresseeColon => "gbt-addressee-colon",
            Code::GbtCcPeriod => "gbt-cc-period",
            Code::GbtRequestSigner => "gbt-request-signer",
        }
    }

    /// True for the `gbt-*` codes: the GB/T 9704 form of the document's
    /// elements rather than its numbering.
    ///
    /// ```
    /// assert!(gongwen_parse::check::Code::GbtCcPeriod.is_gbt());
    /// assert!(!gongwen_parse::check::Code::LevelSkip.is_gbt());
    /// ```
    pub const fn is_gbt(self) -> bool {
        matches!(
            self,
            Code::GbtDocNumberBrackets
                | Code::GbtDocNumberYear
                | Code::GbtDocNumberPadding
                | Code::GbtDocNumberOrdinal
                | Code::GbtDateNumerals
                | Code::GbtDateYear
                | Code::GbtDatePadding
                | Code::GbtAttachmentCount
                | Code::GbtAttachmentMismatch
                | Code::GbtAttachmentNumbered
                | Code::GbtAttachmentPunctuation
                | Code::GbtAnnexLabel
                | Code::GbtTitlePunctuation
                | Code::GbtAddresseeColon
                | Code::GbtCcPeriod
                | Code::GbtRequestSigner
        )
    }

    /// True for the `numbering-*` codes.
    ///
    /// ```
    /// assert!(gongwen_parse::check::Code::NumberingOrder.is_numbering());
    /// ```
    pub const fn is_numbering(self) -> bool {
        matches!(
            self,
            Code::NumberingGap
                | Code::NumberingDuplicate
                | Code::NumberingOrder
                | Code::NumberingStart
        )
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How serious a finding is.
///
/// ```
/// use gongwen_parse::check::Severity;
/// assert!(Severity::Error > Severity::Warning);
/// assert_eq!(Severity::Note.as_str(), "note");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; not a fault.
    Note,
    /// A departure from the standard form.
    Warning,
    /// A numbering or structure fault.
    Error,
}

impl Severity {
    /// The lowercase name.
    ///
    /// ```
    /// assert_eq!(gongwen_parse::check::Severity::Error.as_str(), "error");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Which formatter run fixes a finding.
///
/// ```
/// use gongwen_parse::check::Fixable;
/// use gongwen_parse::fix::Options;
/// assert!(Fixable::Default.by(&Options::default()));
/// assert!(!Fixable::Standard.by(&Options::default()));
/// assert!(Fixable::Standard.by(&Options::standard()));
/// assert!(!Fixable::No.by(&Options::standard()));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Fixable {
    /// Not fixable by the formatter: a person must decide.
    #[default]
    No,
    /// Fixed by [`crate::fix::fix`] with default options.
    Default,
    /// Fixed only with [`crate::fix::Options::standard`] (`fmt --standard`).
    Standard,
}

impl Fixable {
    /// True when a formatter run with `options` fixes the finding.
    pub fn by(self, options: &crate::fix::Options) -> bool {
        match self {
            Fixable::No => false,
            Fixable::Default => true,
            Fixable::Standard => options.standard,
        }
    }
}

/// A span related to a finding: the sibling it collides with, the 目录 entry.
///
/// ```
/// use gongwen_parse::check::Related;
/// let r = Related { span: gongwen_model::Span::new(0, 6, 1, 1), label: "first 二、".into() };
/// assert_eq!(r.span.line, 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    /// Where it is.
    pub span: Span,
    /// What it is, in a few words.
    pub label: String,
}

/// One finding.
///
/// ```
/// use gongwen_parse::check::{check, Code};
/// let doc = gongwen_parse::parse("（一）甲\n（二）乙\n（二）丙\n");
/// let d = &check(&doc)[0];
/// assert_eq!(d.code, Code::NumberingDuplicate);
/// assert_eq!(d.span.line, 3);
/// assert_eq!(d.related[0].span.line, 2);
/// let json = serde_json::to_string(d).unwrap();
/// assert!(json.contains("\"code\":\"numbering-duplicate\""));
/// let back: gongwen_parse::check::Diagnostic = serde_json::from_str(&json).unwrap();
/// assert_eq!(&back, d);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The stable code.
    pub code: Code,
    /// How serious it is.
    pub severity: Severity,
    /// The message in Chinese.
    pub message_zh: String,
    /// The message in English.
    pub message_en: String,
    /// The offending marker (byte range, 1-based line, 1-based character column).
    pub span: Span,
    /// Related places: the colliding sibling, the 目录 entry, the parent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// Whether the formatter fixes it.
    #[serde(default)]
    pub fixable: Fixable,
}

impl Diagnostic {
    /// True when a formatter run with `options` fixes this finding.
    ///
    /// ```
    /// use gongwen_parse::{check::check, fix::Options};
    /// let doc = gongwen_parse::parse("1、甲\n2、乙\n");
    /// let d = &check(&doc)[0];
    /// assert!(!d.fixed_by(&Options::default()));
    /// assert!(d.fixed_by(&Options::standard()));
    /// ```
    pub fn fixed_by(&self, options: &crate::fix::Options) -> bool {
        self.fixable.by(options)
    }
}

/// Builds a diagnostic (not fixable until the check says so).
pub(crate) fn diag(
    code: Code,
    severity: Severity,
    span: Span,
    message_zh: String,
    message_en: String,
) -> Diagnostic {
    Diagnostic {
        code,
        severity,
        message_zh,
        message_en,
        span,
        related: Vec::new(),
        fixable: Fixable::No,
    }
}

/// Runs every check on `doc`; findings come in document order (then by code).
///
/// Each finding says whether [`crate::fix::fix`] fixes it ([`Fixable`]);
/// the tests hold the formatter to that promise.
///
/// ```
/// let doc = gongwen_parse::parse("一、总体要求\n（一）提高认识\n（二）加强领导\n二、主要任务\n");
/// assert!(gongwen_parse::check::check(&doc).is_empty());
/// ```
pub fn check(doc: &Document<'_>) -> Vec<Diagnostic> {
    let lists = numbering::lists(doc);
    let mut out = Vec::new();
    toc::check(doc, &mut out);
    let doubt = out
        .iter()
        .any(|d| matches!(d.code, Code::TocMismatch | Code::DeclaredCountMismatch));
    numbering::check(&lists, doubt, &mut out);
    style::check(&lists, true, &mut out);
    level::check(doc, &lists, &mut out);
    empty::check(doc, &mut out);
    held_back(doc, &lists, &mut out);
    out.extend(gbt::findings(doc).into_iter().map(|f| f.diag));
    out.sort_by_key(|d| (d.span.start(), d.code));
    out
}

/// The numbering findings of `doc` (gaps, duplicates, order, start, 目录
/// and declared-count mismatches), without asking the formatter what it
/// fixes: what [`crate::fix`] weighs before and after a pass.
pub(crate) fn numbering_findings(doc: &Document<'_>) -> Vec<Diagnostic> {
    let lists = numbering::lists(doc);
    let mut out = Vec::new();
    numbering::check(&lists, false, &mut out);
    toc::check(doc, &mut out);
    out
}

/// Marks the findings the formatter holds back as not fixable: a pass
/// that would change how the document parses renumbers nothing (and, if
/// restyling would too, restyles nothing), see [`crate::fix::Scope`]. A
/// finding marked [`Fixable::Default`] must be fixed with either options.
fn held_back(doc: &Document<'_>, lists: &[numbering::List<'_>], out: &mut [Diagnostic]) {
    use crate::fix::{scope, Options, Scope};
    if !out.iter().any(|d| d.fixable != Fixable::No) {
        return;
    }
    let standard = scope(doc, &Options::standard());
    let default = if out.iter().any(|d| d.fixable == Fixable::Default) {
        scope(doc, &Options::default())
    } else {
        standard
    };
    // Restyling alone, the style findings are fixable only where the forms
    // can be written with the numbers the markers have (`（70）` cannot take
    // `⑸`'s form without being renumbered).
    let restyled: std::collections::HashMap<(usize, Code), Fixable> =
        if default == Scope::StyleOnly || standard == Scope::StyleOnly {
            let mut kept = Vec::new();
            style::check(lists, false, &mut kept);
            kept.iter()
                .map(|d| ((d.span.start(), d.code), d.fixable))
                .collect()
        } else {
            Default::default()
        };
    // Whether a pass of `scope` with the standard preset or not fixes `d`.
    let fixes = |scope: Scope, d: &Diagnostic, standard: bool| match scope {
        Scope::All => true,
        Scope::StyleOnly => match restyled.get(&(d.span.start(), d.code)) {
            Some(Fixable::Default) => true,
            Some(Fixable::Standard) => standard,
            Some(Fixable::No) | None => false,
        },
        Scope::Nothing => false,
    };
    for d in out.iter_mut().filter(|d| !d.code.is_gbt()) {
        let fixed = match d.fixable {
            Fixable::No => continue,
            Fixable::Default => fixes(default, d, false) && fixes(standard, d, true),
            Fixable::Standard => fixes(standard, d, true),
        };
        if !fixed {
            d.fixable = Fixable::No;
        }
    }
}

/// The number of findings at each severity: `(errors, warnings, notes)`.
///
/// ```
/// let doc = gongwen_parse::parse("一、甲\n三、乙\n");
/// assert_eq!(gongwen_parse::check::counts(&gongwen_parse::check::check(&doc)), (1, 0, 0));
/// ```
pub fn counts(diagnostics: &[Diagnostic]) -> (usize, usize, usize) {
    let n = |s| diagnostics.iter().filter(|d| d.severity == s).count();
    (n(Severity::Error), n(Severity::Warning), n(Severity::Note))
}
