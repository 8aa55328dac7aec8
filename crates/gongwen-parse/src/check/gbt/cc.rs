//! 抄送机关 (GB/T 9704 §7.4.2): the last organ named is followed by `。`.

use super::{edit, finding, Ctx, Finding, TRAILING};
use crate::check::{Code, Severity};
use gongwen_model::ElementKind;

pub(super) fn check(ctx: &Ctx<'_, '_>, out: &mut Vec<Finding>) {
    for e in ctx.of(ElementKind::Cc) {
        let Some(last) = e.text.chars().last() else {
            continue;
        };
        if last == '。' {
            continue;
        }
        let end = e.span.start() + e.text.len();
        let (a, fix) = if TRAILING.contains(&last) {
            let a = end - last.len_utf8();
            (a, edit(a, end, "。"))
        } else {
            (end - last.len_utf8(), edit(end, end, "。"))
        };
        out.push(finding(
            Code::GbtCcPeriod,
            Severity::Warning,
            ctx.span(e, a, end),
            "抄送机关最后一个机关名称后应标句号“。”".to_string(),
            "the cc line ends with a full stop 。 after the last organ".to_string(),
            fix,
        ));
    }
}
