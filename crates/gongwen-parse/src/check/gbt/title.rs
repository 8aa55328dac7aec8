//! 标题 (GB/T 9704 §7.3.1) ends without punctuation; a 请示 carries its
//! 签发人 in the 版头 (§7.2.6: 上报的公文应当标注签发人).

use super::{edit, finding, trailing_punctuation, Ctx, Finding};
use crate::check::{Code, Severity};
use gongwen_model::ElementKind;

pub(super) fn check(ctx: &Ctx<'_, '_>, out: &mut Vec<Finding>) {
    let signed = ctx.of(ElementKind::Signer).next().is_some();
    for e in ctx.of(ElementKind::Title) {
        let Some(src) = ctx.doc.source.get(e.span.range()) else {
            continue;
        };
        let cut = trailing_punctuation(src);
        if cut < src.len() {
            let (a, b) = (e.span.start() + cut, e.span.end());
            let mark = &src[cut..];
            // Without its mark the title may run on into the line below
            // (a title over lines that each end in `!`): then it stays.
            let fix = edit(a, b, "").filter(|e| keeps_shape(ctx, e));
            out.push(finding(
                Code::GbtTitlePunctuation,
                Severity::Warning,
                ctx.span(e, a, b),
                format!("标题末尾不加标点：“{mark}”"),
                format!("a title ends without punctuation: {mark:?}"),
                fix,
            ));
        }
        if !signed && src[..cut].trim_end().ends_with("请示") {
            out.push(finding(
                Code::GbtRequestSigner,
                Severity::Warning,
                e.span,
                "请示属上行文，应在版头标注签发人".to_string(),
                "a 请示 goes up to a superior organ and names its 签发人 in the head".to_string(),
                None,
            ));
        }
    }
}

/// Whether the titles stay on the lines they hold once `e` is made.
fn keeps_shape(ctx: &Ctx<'_, '_>, e: &crate::fix::Edit) -> bool {
    let after = crate::fix::apply(&ctx.doc.source, std::slice::from_ref(e));
    let parsed = crate::parse(&after);
    let lines = |doc: &gongwen_model::Document<'_>, elements: &[gongwen_model::Element<'_>]| {
        elements
            .iter()
            .filter(|t| t.kind == ElementKind::Title)
            .map(|t| {
                let text = doc.source.get(t.span.range()).unwrap_or("");
                (t.span.line, text.matches('\n').count())
            })
            .collect::<Vec<_>>()
    };
    lines(&parsed, &crate::elements::recognise(&parsed)) == lines(ctx.doc, &ctx.elements)
}
