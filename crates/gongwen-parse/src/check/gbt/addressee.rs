//! 主送机关 (GB/T 9704 §7.3.2) ends with a full-width colon `：`.

use super::{edit, finding, Ctx, Finding};
use crate::check::{Code, Severity};
use gongwen_model::ElementKind;

pub(super) fn check(ctx: &Ctx<'_, '_>, out: &mut Vec<Finding>) {
    for e in ctx.of(ElementKind::Addressee) {
        let Some(colon) = e
            .text
            .chars()
            .last()
            .filter(|c| matches!(c, ':' | '︰' | '∶'))
        else {
            continue;
        };
        let b = e.span.start() + e.text.len();
        let a = b - colon.len_utf8();
        out.push(finding(
            Code::GbtAddresseeColon,
            Severity::Warning,
            ctx.span(e, a, b),
            format!("主送机关最后一个机关名称后应标全角冒号“：”，而不是“{colon}”"),
            format!("the addressee line ends with a full-width colon ：, not {colon:?}"),
            edit(a, b, "："),
        ));
    }
}
