//! Marker forms: `mixed-marker-style` (siblings that mix forms of one
//! family) and `nonstandard-marker` (a form outside GB/T 9704-2012's
//! `一、` `（一）` `1.` `（1）` where a standard one exists).

use super::numbering::{Item, List, ListKind};
use super::{diag, Code, Diagnostic, Fixable, Related, Severity};
use crate::numeral;
use gongwen_model::{Delimiter, MarkerFamily, NumeralStyle};

/// How a marker is written: the numeral style and the punctuation.
pub(crate) type Form = (NumeralStyle, Delimiter);

/// True for the four GB/T 9704 levels, whose forms the checks compare.
pub(crate) fn has_forms(family: Option<MarkerFamily>) -> bool {
    matches!(
        family,
        Some(
            MarkerFamily::CnEnum
                | MarkerFamily::CnParen
                | MarkerFamily::ArabicEnum
                | MarkerFamily::ArabicParen
        )
    )
}

/// The GB/T 9704-2012 form of a family.
pub(crate) fn standard_form(family: MarkerFamily) -> Option<Form> {
    Some(match family {
        MarkerFamily::CnEnum => (NumeralStyle::Chinese, Delimiter::Comma),
        MarkerFamily::CnParen => (NumeralStyle::Chinese, Delimiter::FullParen),
        MarkerFamily::ArabicEnum => (NumeralStyle::Ascii, Delimiter::Dot),
        MarkerFamily::ArabicParen => (NumeralStyle::Ascii, Delimiter::FullParen),
        _ => return None,
    })
}

/// True for forms reported as `nonstandard-marker`: `一.` `一．` `(一)` `㈠`
/// `1、` `⒈` `(1)` `⑴`. (`1．` and full-width digits are the same form in
/// full-width type and are not reported; a bare `三` whose `、` was lost is
/// the parser's recovery and is reported only when its siblings differ.)
pub(crate) fn nonstandard(family: MarkerFamily, form: Form) -> bool {
    match family {
        MarkerFamily::CnEnum => matches!(form.1, Delimiter::Dot | Delimiter::FullDot),
        MarkerFamily::CnParen | MarkerFamily::ArabicParen => {
            matches!(form.1, Delimiter::HalfParen | Delimiter::Enclosed)
        }
        MarkerFamily::ArabicEnum => matches!(form.1, Delimiter::Comma | Delimiter::Enclosed),
        _ => false,
    }
}

/// The form the formatter writes for `form`: half-width parentheses become
/// full-width always; with `standard`, every nonstandard form becomes the
/// GB/T 9704 one.
pub(crate) fn normalise(family: MarkerFamily, form: Form, standard: bool) -> Form {
    if standard && nonstandard(family, form) {
        if let Some(s) = standard_form(family) {
            return s;
        }
    }
    match form {
        (n, Delimiter::HalfParen) => (n, Delimiter::FullParen),
        f => f,
    }
}

/// True for a form the formatter never writes nor rewrites: a bare `三`
/// whose `、` was lost. Whether such a line is a heading depends on the
/// numbers around it, so restoring its `、` (or giving a sibling its bare
/// form) could change how the document parses.
pub(crate) fn damaged(family: MarkerFamily, form: Form) -> bool {
    // (Nor `三，`, a `，` typed for the `、`, kept by the same kind of rule.)
    family == MarkerFamily::CnEnum && matches!(form.1, Delimiter::None | Delimiter::OrdinalComma)
}

/// The form most siblings use (the earliest on a tie).
pub(crate) fn majority(forms: &[Form]) -> Option<Form> {
    // Few distinct forms: a short list of counts keeps this linear.
    let mut counts: Vec<(Form, usize)> = Vec::new();
    for f in forms {
        match counts.iter_mut().find(|(g, _)| g == f) {
            Some((_, n)) => *n += 1,
            None => counts.push((*f, 1)),
        }
    }
    let mut best: Option<(Form, usize)> = None;
    for (f, n) in counts {
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((f, n));
        }
    }
    best.map(|(f, _)| f)
}

/// Writes a marker of a GB/T family in `form` with `value`; `None` when the
/// form cannot write it.
pub(crate) fn render(family: MarkerFamily, form: Form, value: u32) -> Option<String> {
    let n = numeral::format(value, form.0)?;
    let s = match (family, form.1) {
        (_, Delimiter::Enclosed) => n,
        (MarkerFamily::CnEnum | MarkerFamily::ArabicEnum, Delimiter::Comma) => format!("{n}、"),
        (MarkerFamily::CnEnum | MarkerFamily::ArabicEnum, Delimiter::Dot) => format!("{n}."),
        (MarkerFamily::CnEnum | MarkerFamily::ArabicEnum, Delimiter::FullDot) => format!("{n}．"),
        (MarkerFamily::CnEnum, Delimiter::None) => n,
        (MarkerFamily::CnParen | MarkerFamily::ArabicParen, Delimiter::FullParen) => {
            format!("（{n}）")
        }
        (MarkerFamily::CnParen | MarkerFamily::ArabicParen, Delimiter::HalfParen) => {
            format!("({n})")
        }
        _ => return None,
    };
    Some(s)
}

fn form(item: &Item<'_>) -> Form {
    (item.numeral, item.delimiter)
}

/// The style checks on every heading list. `renumbering` tells whether the
/// formatter may renumber (a pass that would change the parse by
/// renumbering only restyles, [`crate::fix::Scope::StyleOnly`]): a mixed
/// form is fixable only where every sibling can be written in the majority
/// form with the number the formatter gives it.
pub(crate) fn check(lists: &[List<'_>], renumbering: bool, out: &mut Vec<Diagnostic>) {
    for list in lists {
        let Some(family) = list.family else {
            continue;
        };
        if list.kind != ListKind::Headings || !has_forms(list.family) {
            continue;
        }
        let forms: Vec<Form> = list.items.iter().map(form).collect();
        // The formatter gives every sibling the form most of them use (after
        // half-width parentheses become full-width, and with the standard
        // preset every form its GB/T one), renumbered if needed: the mixed
        // forms are fixed with a preset where every sibling can be written
        // in that form with its number and still reads back.
        let renumber = renumbering && list.renumberable();
        let unify = |standard: bool| {
            let normal: Vec<Form> = forms
                .iter()
                .filter(|f| !damaged(family, **f))
                .map(|f| normalise(family, *f, standard))
                .collect();
            majority(&normal).is_some_and(|target| {
                list.items.iter().enumerate().all(|(k, it)| {
                    let v = if renumber {
                        u32::try_from(k + 1).unwrap_or(u32::MAX)
                    } else {
                        it.value
                    };
                    form(it) == target
                        || damaged(family, form(it))
                        || render(family, target, v)
                            .is_some_and(|t| it.reads_back(list.family, &t, v))
                })
            })
        };
        let (by_default, by_standard) = (unify(false), unify(true));
        let whole: Vec<Form> = forms
            .iter()
            .copied()
            .filter(|f| !damaged(family, *f))
            .collect();
        if let Some(major) = majority(&whole) {
            let model = list.items.iter().find(|i| form(i) == major);
            for it in list.items.iter().filter(|i| form(i) != major) {
                let Some(model) = model else { break };
                let mut d = diag(
                    Code::MixedMarkerStyle,
                    Severity::Warning,
                    it.span,
                    format!("同级标题编号样式不一致：“{}”与“{}”", it.text, model.text),
                    format!(
                        "siblings mix marker forms: “{}” beside “{}”",
                        it.text, model.text
                    ),
                );
                d.related.push(Related {
                    span: model.span,
                    label: format!("sibling written {} / 同级写法", model.text),
                });
                if !damaged(family, form(it)) {
                    d.fixable = match (by_default, by_standard) {
                        (true, true) => Fixable::Default,
                        (_, true) => Fixable::Standard,
                        _ => Fixable::No,
                    };
                }
                out.push(d);
            }
        }
        for (k, it) in list.items.iter().enumerate() {
            if !nonstandard(family, form(it)) {
                continue;
            }
            let want = standard_form(family)
                .and_then(|f| render(family, f, it.value))
                .unwrap_or_default();
            let half = it.delimiter == Delimiter::HalfParen;
            // The number the formatter gives it, and whether the form it
            // writes with each preset reads back there (`⒈` before `9…`
            // cannot become `1.`: `1.9` reads as a number).
            let v = if renumber {
                u32::try_from(k + 1).unwrap_or(u32::MAX)
            } else {
                it.value
            };
            let writes = |standard: bool| {
                render(family, normalise(family, form(it), standard), v)
                    .is_some_and(|t| it.reads_back(list.family, &t, v))
            };
            let mut d = diag(
                Code::NonstandardMarker,
                Severity::Warning,
                it.span,
                if half {
                    format!("编号使用半角括号：“{}”应为“{want}”", it.text)
                } else {
                    format!("编号不合 GB/T 9704-2012：“{}”应为“{want}”", it.text)
                },
                if half {
                    format!("half-width parentheses: “{}” should be “{want}”", it.text)
                } else {
                    format!(
                        "marker form outside GB/T 9704-2012: “{}” should be “{want}”",
                        it.text
                    )
                },
            );
            // Half-width parentheses always become full-width; the other
            // forms change with the standard preset.
            d.fixable = if half && writes(false) && writes(true) {
                Fixable::Default
            } else if writes(true) {
                Fixable::Standard
            } else {
                Fixable::No
            };
            out.push(d);
        }
    }
}
