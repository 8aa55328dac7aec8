//! 发文字号 (GB/T 9704 §7.2.5): 机关代字, the year in 六角括号 〔〕, the 序号
//! without 虚位 (`012`) and without `第`, then `号`: `X政发〔2026〕12号`.

use super::{edit, finding, Ctx, Finding};
use crate::check::{Code, Severity};
use crate::elements::head::doc_number;
use gongwen_model::ElementKind;

pub(super) fn check(ctx: &Ctx<'_, '_>, out: &mut Vec<Finding>) {
    for e in ctx.of(ElementKind::DocNumber) {
        let Some(n) = doc_number(&e.text) else {
            continue;
        };
        let base = e.span.start();
        let year = &e.text[n.year.0..n.year.1];
        if n.open.1 != '〔' || n.close.1 != '〕' {
            let (a, b) = (base + n.open.0, base + n.close.0 + n.close.1.len_utf8());
            out.push(finding(
                Code::GbtDocNumberBrackets,
                Severity::Warning,
                ctx.span(e, a, a + n.open.1.len_utf8()),
                format!(
                    "发文字号的年份应使用六角括号〔〕，而不是{}{}",
                    n.open.1, n.close.1
                ),
                format!(
                    "the year of a document number goes in 〔〕 (六角括号), not {}{}",
                    n.open.1, n.close.1
                ),
                edit(a, b, format!("〔{year}〕")),
            ));
        }
        if year.chars().count() != 4 {
            let a = base + n.year.0;
            out.push(finding(
                Code::GbtDocNumberYear,
                Severity::Warning,
                ctx.span(e, a, base + n.year.1),
                format!("发文字号的年份应标全称（四位数字），而不是“{year}”"),
                format!(
                    "the year of a document number is written in full (four digits), not {year:?}"
                ),
                None,
            ));
        }
        if let Some(at) = n.ordinal {
            let a = base + at;
            out.push(finding(
                Code::GbtDocNumberOrdinal,
                Severity::Warning,
                ctx.span(e, a, a + '第'.len_utf8()),
                "发文字号的序号前不加“第”字".to_string(),
                "no 第 before the serial number of a document number".to_string(),
                edit(a, a + '第'.len_utf8(), ""),
            ));
        }
        let serial = &e.text[n.serial.0..n.serial.1];
        let digits = serial.trim_start_matches(['0', '０']);
        if digits.len() != serial.len() && !digits.is_empty() {
            let a = base + n.serial.0;
            out.push(finding(
                Code::GbtDocNumberPadding,
                Severity::Warning,
                ctx.span(e, a, base + n.serial.1),
                format!("发文字号的序号不编虚位：“{serial}”应为“{digits}”"),
                format!("the serial number of a document number has no leading zeros: {serial:?} is {digits:?}"),
                edit(a, base + n.serial.1, digits),
            ));
        }
    }
}
