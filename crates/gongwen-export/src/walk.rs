//! Shared helpers for walking a document once, in order: section labels,
//! heading levels and which nodes are web chrome.

use gongwen_model::{Document, FurnitureRole, Node, NodeKind};

/// The text of a section as a reader sees it: marker, separator, title
/// (`一、` + `` + `主要收获`, `第一章` + ` ` + `总则`, `附件1` + ` ` + `登记表`);
/// the marker is empty for articles. A word marker (`第一章`, `第三条`,
/// `附件1`) is followed by a space, as it is in print.
pub(crate) fn label<'d>(node: &'d Node<'_>) -> Option<(&'d str, &'static str, &'d str)> {
    match &node.kind {
        NodeKind::Article { title, .. } => Some(("", "", title)),
        NodeKind::Annex(a) => {
            let word = a.marker.chars().last().is_some_and(char::is_alphanumeric);
            Some((&a.marker, if word { " " } else { "" }, &a.title))
        }
        NodeKind::Heading(h) => {
            let word = h.marker.family.is_structural()
                && h.marker
                    .text
                    .chars()
                    .last()
                    .is_some_and(char::is_alphanumeric);
            Some((&h.marker.text, if word { " " } else { "" }, &h.title))
        }
        _ => None,
    }
}

/// The source text of a node's own span, trimmed.
pub(crate) fn source_text<'d>(doc: &'d Document<'_>, node: &Node<'_>) -> &'d str {
    doc.source.get(node.span.range()).unwrap_or("").trim()
}

/// The text a node shows: its trimmed text, or its source text for a
/// node that keeps none (a declared count).
pub(crate) fn node_text<'d>(doc: &'d Document<'_>, node: &'d Node<'_>) -> &'d str {
    match &node.kind {
        NodeKind::Title { text }
        | NodeKind::Byline { text }
        | NodeKind::TocEntry { text }
        | NodeKind::Furniture { text, .. } => text,
        NodeKind::Article { title, .. } => title,
        NodeKind::Paragraph(p) => &p.text,
        _ => source_text(doc, node),
    }
}

/// True for web-page chrome and citation headers, which readers skip.
pub(crate) fn is_chrome(node: &Node<'_>) -> bool {
    matches!(
        node.kind,
        NodeKind::Furniture {
            role: FurnitureRole::Chrome | FurnitureRole::Citation,
            ..
        }
    )
}

/// Tracks, while the nodes are visited in order, the depth of the innermost
/// open article or annex, so a heading's level counts headings only
/// (`一、` is level 1 inside every article of a compilation).
#[derive(Debug, Default)]
pub(crate) struct Levels {
    /// (end index, depth) of the open articles and annexes.
    open: Vec<(usize, u32)>,
}

impl Levels {
    /// Visits node `i` (call for every node, in order) and returns its
    /// heading level: 1 for a heading directly under an article, annex or
    /// the root, and so on; 0 for nodes that are not headings.
    pub(crate) fn visit(&mut self, i: usize, node: &Node<'_>) -> u32 {
        while self.open.last().is_some_and(|&(end, _)| end <= i) {
            self.open.pop();
        }
        match node.kind {
            NodeKind::Article { .. } | NodeKind::Annex(_) => {
                self.open.push((node.end.index(), node.depth));
                0
            }
            NodeKind::Heading(_) => {
                let base = self.open.last().map_or(0, |&(_, d)| d);
                node.depth.saturating_sub(base).max(1)
            }
            _ => 0,
        }
    }
}

/// The sentence-end punctuation a heading's title left out (`。` after a
/// run-in title, `；` after a list item), taken from the source.
pub(crate) fn heading_tail<'d>(doc: &'d Document<'_>, node: &Node<'_>) -> &'d str {
    let NodeKind::Heading(h) = &node.kind else {
        return "";
    };
    let tail = doc
        .source
        .get(h.title_span.end()..node.span.end())
        .unwrap_or("")
        .trim_end();
    if tail.chars().count() <= 2 && tail.chars().all(|c| "。！？；：，.!?;:".contains(c)) {
        tail
    } else {
        ""
    }
}

/// The run-in body of heading `i`: its first child, when that is a paragraph.
pub(crate) fn run_in_body<'d, 'a>(doc: &'d Document<'a>, i: usize) -> Option<&'d Node<'a>> {
    let node = doc.nodes.get(i)?;
    let NodeKind::Heading(h) = &node.kind else {
        return None;
    };
    if h.layout != gongwen_model::HeadingLayout::RunIn {
        return None;
    }
    let next = doc.nodes.get(i + 1)?;
    (next.parent.map(|p| p.index()) == Some(i) && matches!(next.kind, NodeKind::Paragraph(_)))
        .then_some(next)
}
