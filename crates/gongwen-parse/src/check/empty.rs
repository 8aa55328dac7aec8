//! `empty-heading`: a numbering marker with no title of its own (`二、`
//! directly followed by `三、…`).

use super::{diag, Code, Diagnostic, Severity};
use gongwen_model::{Document, NodeKind};

/// The empty-heading check.
pub(crate) fn check(doc: &Document<'_>, out: &mut Vec<Diagnostic>) {
    for (_, node) in doc.iter() {
        let NodeKind::Heading(h) = &node.kind else {
            continue;
        };
        if !crate::text::trim(&crate::inband::strip(&h.title)).is_empty() {
            continue;
        }
        out.push(diag(
            Code::EmptyHeading,
            Severity::Warning,
            h.marker.span,
            format!("标题缺失：“{}”后没有标题文字", h.marker.text),
            format!("empty heading: “{}” has no title", h.marker.text),
        ));
    }
}
