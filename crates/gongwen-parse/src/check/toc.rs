//! `toc-mismatch` (the 目录 disagrees with the articles of a compilation in
//! count or order) and `declared-count-mismatch` (`（8篇）` but another
//! number of articles).

use super::numbering::{content, sub_span};
use super::{diag, Code, Diagnostic, Fixable, Related, Severity};
use crate::assemble::{split_ordinal, toc_key};
use gongwen_model::{Document, NodeKind, Span};
use std::collections::{HashMap, HashSet, VecDeque};

/// A 目录 entry or an article title: its content span, its title part
/// (after any numbering marker) and its matching key.
pub(crate) struct Line {
    /// The content of the line.
    pub span: Span,
    /// Byte range of the part after the numbering marker.
    pub title: (usize, usize),
    /// The matching key (white space, numbers, leaders dropped).
    pub key: String,
    /// For an article, the key of the whole title (ordinal kept).
    pub alt: String,
}

impl Line {
    /// True when the 目录 entry `self` names the article `a`.
    pub fn names(&self, a: &Line) -> bool {
        self.key == a.key || self.key == a.alt
    }
}

fn entry_line(doc: &Document<'_>, span: Span, article: bool) -> Option<Line> {
    let src: &str = &doc.source;
    let (start, end) = content(src, span);
    let text = src.get(start..end)?;
    let alt = toc_key(text).into_owned();
    let key = if article {
        toc_key(split_ordinal(text).0).into_owned()
    } else {
        alt.clone()
    };
    let title_start = match crate::marker::line_marker(text) {
        Some(m) => {
            let rest = &text[m.end..];
            start + m.end + (rest.len() - rest.trim_start_matches(crate::marker::is_space).len())
        }
        None => start,
    };
    Some(Line {
        span: sub_span(src, span, start, end),
        title: (title_start.min(end), end),
        key,
        alt,
    })
}

/// The 目录 entries and the articles, in document order.
pub(crate) fn entries_and_articles(doc: &Document<'_>) -> (Vec<Line>, Vec<Line>) {
    let mut entries = Vec::new();
    let mut articles = Vec::new();
    for (_, n) in doc.iter() {
        match n.kind {
            NodeKind::TocEntry { .. } => entries.extend(entry_line(doc, n.span, false)),
            NodeKind::Article { .. } => articles.extend(entry_line(doc, n.span, true)),
            _ => {}
        }
    }
    (entries, articles)
}

/// For each article in order, the first unused entry that names it.
pub(crate) fn assign(entries: &[Line], articles: &[Line]) -> Vec<Option<usize>> {
    // Unused entries by key, in order: linear however many entries repeat.
    let mut unused: HashMap<&str, VecDeque<usize>> = HashMap::new();
    for (j, e) in entries.iter().enumerate() {
        unused.entry(e.key.as_str()).or_default().push_back(j);
    }
    articles
        .iter()
        .map(|a| {
            let front = |k: &str, u: &HashMap<&str, VecDeque<usize>>| {
                u.get(k).and_then(|q| q.front().copied())
            };
            let by_key = front(&a.key, &unused);
            let by_alt = front(&a.alt, &unused);
            let (k, j) = match (by_key, by_alt) {
                (Some(x), Some(y)) if y < x => (a.alt.as_str(), y),
                (Some(x), _) => (a.key.as_str(), x),
                (None, Some(y)) => (a.alt.as_str(), y),
                (None, None) => return None,
            };
            if let Some(q) = unused.get_mut(k) {
                q.pop_front();
            }
            Some(j)
        })
        .collect()
}

/// True when the formatter can put the entries in the articles' order:
/// every article has its own entry and no two entries read the same (with
/// repeated entries the order is ambiguous, and where the 目录 ends can
/// depend on it).
pub(crate) fn reorderable(entries: &[Line], assigned: &[Option<usize>]) -> bool {
    entries.len() == assigned.len() && assigned.iter().all(Option::is_some) && {
        let mut seen = HashSet::new();
        entries.iter().all(|e| seen.insert(e.key.as_str()))
    }
}

/// The 目录 and declared-count checks.
pub(crate) fn check(doc: &Document<'_>, out: &mut Vec<Diagnostic>) {
    let (entries, articles) = entries_and_articles(doc);
    if !entries.is_empty() && !articles.is_empty() {
        toc(&entries, &articles, out);
    }
    declared(doc, &entries, &articles, out);
}

fn toc(entries: &[Line], articles: &[Line], out: &mut Vec<Diagnostic>) {
    let (ne, na) = (entries.len(), articles.len());
    let assigned = assign(entries, articles);
    if ne != na {
        let (span, related) = if ne > na {
            // The first entry no article took.
            let mut taken = vec![false; ne];
            for j in assigned.iter().flatten() {
                if let Some(t) = taken.get_mut(*j) {
                    *t = true;
                }
            }
            let free = taken.iter().position(|t| !t).unwrap_or(na);
            (
                entries.get(free).map(|e| e.span),
                articles.last().map(|a| (a.span, "last article / 最后一篇")),
            )
        } else {
            let extra = assigned.iter().position(Option::is_none).unwrap_or(ne);
            (
                articles.get(extra).map(|a| a.span),
                entries
                    .last()
                    .map(|e| (e.span, "last 目录 entry / 目录末条")),
            )
        };
        let Some(span) = span else { return };
        let mut d = diag(
            Code::TocMismatch,
            Severity::Error,
            span,
            format!("目录有 {ne} 条，正文有 {na} 篇"),
            format!("the 目录 lists {ne} entries but the body has {na} articles"),
        );
        if let Some((s, label)) = related {
            d.related.push(Related {
                span: s,
                label: label.into(),
            });
        }
        out.push(d);
        return;
    }
    let fixable = if reorderable(entries, &assigned) {
        Fixable::Default
    } else {
        Fixable::No
    };
    for (i, (e, a)) in entries.iter().zip(articles).enumerate() {
        if e.names(a) {
            continue;
        }
        let mut d = diag(
            Code::TocMismatch,
            Severity::Error,
            e.span,
            format!(
                "目录第 {} 条与正文第 {} 篇标题不符（顺序或文字）",
                i + 1,
                i + 1
            ),
            format!(
                "目录 entry {} does not match article {} (order or text)",
                i + 1,
                i + 1
            ),
        );
        d.related.push(Related {
            span: a.span,
            label: format!("article {} / 第 {} 篇", i + 1, i + 1),
        });
        d.fixable = fixable;
        out.push(d);
    }
}

fn declared(doc: &Document<'_>, entries: &[Line], articles: &[Line], out: &mut Vec<Diagnostic>) {
    let (count, what_zh, what_en) = if !articles.is_empty() {
        (articles.len(), "正文", "the body has")
    } else if !entries.is_empty() {
        (entries.len(), "目录", "the 目录 lists")
    } else {
        return;
    };
    for (_, n) in doc.iter() {
        let NodeKind::DeclaredCount { value } = n.kind else {
            continue;
        };
        if value as usize == count {
            continue;
        }
        let (start, end) = content(&doc.source, n.span);
        let mut d = diag(
            Code::DeclaredCountMismatch,
            Severity::Error,
            sub_span(&doc.source, n.span, start, end),
            format!("标明 {value} 篇，{what_zh}有 {count} 篇"),
            format!("declares {value} pieces but {what_en} {count}"),
        );
        if let Some(last) = articles.last().or(entries.last()) {
            d.related.push(Related {
                span: last.span,
                label: "the last piece / 最后一篇".into(),
            });
        }
        out.push(d);
    }
}
