//! 成文日期 (GB/T 9704 §7.3.5) and the 印发日期 of the 版记 (§7.4.3):
//! Arabic numerals, the year in full, month and day without 虚位:
//! `2026年12月6日`, not `二〇二六年十二月六日`, `26年12月6日` nor
//! `2026年12月06日`.

use super::{edit, finding, Ctx, Finding};
use crate::check::{Code, Severity};
use crate::elements::date::{date_alone, printed_date};
use gongwen_model::ElementKind;

pub(super) fn check(ctx: &Ctx<'_, '_>, out: &mut Vec<Finding>) {
    for e in &ctx.elements {
        let (d, what_zh, what_en) = match e.kind {
            ElementKind::Date => (date_alone(&e.text), "成文日期", "the date"),
            ElementKind::Printer => (printed_date(&e.text), "印发日期", "the printing date"),
            _ => continue,
        };
        let Some(d) = d else { continue };
        let (a, b) = (e.span.start() + d.start, e.span.start() + d.end);
        let span = ctx.span(e, a, b);
        let written = &e.text[d.start..d.end];
        if d.year_digits != 4 {
            out.push(finding(
                Code::GbtDateYear,
                Severity::Warning,
                span,
                format!("{what_zh}的年份应标全：“{written}”"),
                format!("{what_en} gives the year in full: {written:?}"),
                None,
            ));
        } else if d.chinese {
            let fixed = d.standard().unwrap_or_default();
            out.push(finding(
                Code::GbtDateNumerals,
                Severity::Warning,
                span,
                format!("{what_zh}应用阿拉伯数字：“{written}”应为“{fixed}”"),
                format!("{what_en} is written in Arabic numerals: {written:?} is {fixed:?}"),
                edit(a, b, fixed),
            ));
        } else if d.padded {
            let fixed = d.standard().unwrap_or_default();
            out.push(finding(
                Code::GbtDatePadding,
                Severity::Warning,
                span,
                format!("{what_zh}的月、日不编虚位：“{written}”应为“{fixed}”"),
                format!(
                    "{what_en} has no leading zeros in month and day: {written:?} is {fixed:?}"
                ),
                edit(a, b, fixed),
            ));
        }
    }
}
