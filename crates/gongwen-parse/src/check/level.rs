//! `level-skip`: a heading list whose level is more than one below its
//! parent heading's (`一、` then `（1）` with no `（一）` or `1.` between), by
//! the GB/T 9704-2012 order `一、` `（一）` `1.` `（1）`.

use super::numbering::{List, ListKind};
use super::style::has_forms;
use super::{diag, Code, Diagnostic, Related, Severity};
use gongwen_model::{Document, MarkerFamily, NodeId, NodeKind};
use std::collections::HashSet;

/// The level of a family in the GB/T 9704 order (1 for `一、`).
fn level(f: MarkerFamily) -> u8 {
    match f {
        MarkerFamily::CnEnum => 1,
        MarkerFamily::CnParen => 2,
        MarkerFamily::ArabicEnum => 3,
        MarkerFamily::ArabicParen => 4,
        // Other families are not in the GB/T order; the check skips them.
        _ => 5,
    }
}

/// The level-skip check.
pub(crate) fn check(doc: &Document<'_>, lists: &[List<'_>], out: &mut Vec<Diagnostic>) {
    let mut seen: HashSet<(NodeId, MarkerFamily)> = HashSet::new();
    for list in lists {
        let (Some(family), Some(parent)) = (list.family, list.parent) else {
            continue;
        };
        if list.kind != ListKind::Headings || !has_forms(list.family) {
            continue;
        }
        let Some(NodeKind::Heading(p)) = doc.get(parent).map(|n| &n.kind) else {
            continue;
        };
        let pf = p.marker.family;
        if !has_forms(Some(pf)) || level(family) <= level(pf) + 1 {
            continue;
        }
        if !seen.insert((parent, family)) {
            continue;
        }
        let Some(first) = list.items.first() else {
            continue;
        };
        let names = ["一、", "（一）", "1.", "（1）"];
        let skipped: Vec<&str> = (level(pf) + 1..level(family))
            .filter_map(|l| names.get(usize::from(l) - 1).copied())
            .collect();
        let skipped = skipped.join(" ");
        let mut d = diag(
            Code::LevelSkip,
            Severity::Warning,
            first.span,
            format!(
                "层级跳跃：“{}”下直接使用“{}”，缺少“{skipped}”一级",
                p.marker.text, first.text
            ),
            format!(
                "level skipped: “{}” directly under “{}”, with no “{skipped}” level between",
                first.text, p.marker.text
            ),
        );
        d.related.push(Related {
            span: p.marker.span,
            label: format!("parent {} / 上级标题", p.marker.text),
        });
        out.push(d);
    }
}
