//! Sibling lists and their numbering: `numbering-gap`, `numbering-duplicate`,
//! `numbering-order`, `numbering-start`.
//!
//! A list is a run of numbered siblings: headings of one marker family under
//! one parent (regulation articles `第…条` through the whole document or
//! piece), the numbered entries of a 目录, or the ordinals of a compilation's
//! pieces (`…材料1`, `…材料2`). An item numbered 1 starts a new list.

use super::{diag, Code, Diagnostic, Fixable, Related, Severity};
use crate::numeral;
use gongwen_model::{Delimiter, Document, MarkerFamily, NodeId, NodeKind, NumeralStyle, Span};
use std::collections::HashMap;

/// What a list numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ListKind {
    /// Headings of one family under one parent.
    Headings,
    /// Numbered 目录 entries.
    Toc,
    /// The trailing ordinals of a compilation's pieces.
    Ordinals,
}

/// One numbered item.
#[derive(Clone, Debug)]
pub(crate) struct Item<'d> {
    /// The marker (or ordinal digits) in the source.
    pub span: Span,
    /// The marker as written.
    pub text: &'d str,
    /// How the number is written.
    pub numeral: NumeralStyle,
    /// The punctuation around it.
    pub delimiter: Delimiter,
    /// Its value.
    pub value: u32,
    /// The text after the marker, to the end of its line.
    pub after: &'d str,
}

impl Item<'_> {
    /// True when `marker`, written in place of this item's marker, still
    /// reads as a `family` marker worth `value` that ends where `marker`
    /// ends: `一.` before `2.1…` would read as a number, so the formatter
    /// must not write it there.
    pub fn reads_back(&self, family: Option<MarkerFamily>, marker: &str, value: u32) -> bool {
        let Some(family) = family else {
            return true; // ordinals: digits at the end of a title
        };
        let next: String = self.after.chars().take(8).collect();
        let probe = format!("{marker}{next}");
        crate::marker::line_marker(&probe).is_some_and(|m| {
            m.start == 0 && m.end == marker.len() && m.family == family && m.value == value
        })
    }
}

/// The rest of the line in `src` from byte `at`.
fn rest_of_line(src: &str, at: usize) -> &str {
    let rest = src.get(at..).unwrap_or("");
    rest.find(['\n', '\r']).map_or(rest, |e| &rest[..e])
}

/// A run of numbered siblings.
#[derive(Clone, Debug)]
pub(crate) struct List<'d> {
    /// What it numbers.
    pub kind: ListKind,
    /// The marker family (`None` for ordinals).
    pub family: Option<MarkerFamily>,
    /// The parent node of heading lists.
    pub parent: Option<NodeId>,
    /// The items, in document order.
    pub items: Vec<Item<'d>>,
    /// Numbers the formatter must keep: a `一、` list in a document with a
    /// bare numeral line (`三` whose `、` was lost). Whether such a line is a
    /// heading depends on the number before it, so renumbering the list
    /// could change how the document parses.
    pub pinned: bool,
}

impl List<'_> {
    /// True when the list must start at 1 (regulation families may open
    /// anywhere: an excerpt of a code continues its numbering, `第五编`,
    /// `第一千零四十条`).
    pub fn must_start_at_one(&self) -> bool {
        !self
            .family
            .is_some_and(|f| f.is_structural() || f.is_decimal())
    }

    /// True when the formatter may renumber the list. Regulation numbers are
    /// cited in the text (`依照本法第一千零四十二条`), so they are left alone.
    /// A list [`pinned`](List::pinned) by a bare numeral line is left alone
    /// too: a person decides.
    pub fn renumberable(&self) -> bool {
        self.must_start_at_one() && !self.pinned
    }
}

/// A span inside one line of `node_span`, from byte `start` to `end`.
pub(crate) fn sub_span(source: &str, node_span: Span, start: usize, end: usize) -> Span {
    let lead = source
        .get(node_span.start()..start.max(node_span.start()))
        .map_or(0, crate::text::char_len);
    Span::new(start, end, node_span.line, node_span.column + lead as u32)
}

/// The content of a one-line node: without indentation, leading in-band
/// markers, trailing white space and the line break.
pub(crate) fn content(source: &str, span: Span) -> (usize, usize) {
    let line = source.get(span.range()).unwrap_or("");
    let line = line.trim_end_matches(['\r', '\n']);
    let start = span.start() + crate::marker::content_start(line);
    let end = span.start() + line.trim_end_matches(crate::marker::is_space).len();
    (start.min(end), end)
}

/// Every numbered list of the document.
pub(crate) fn lists<'d>(doc: &'d Document<'_>) -> Vec<List<'d>> {
    let src: &'d str = &doc.source;
    let mut out = Vec::new();
    // Headings, bucketed by (parent, family) in first-seen order.
    let mut index: HashMap<(Option<NodeId>, MarkerFamily), usize> = HashMap::new();
    let mut buckets: Vec<List<'d>> = Vec::new();
    for (id, node) in doc.iter() {
        let NodeKind::Heading(h) = &node.kind else {
            continue;
        };
        let m = &h.marker;
        if m.family == MarkerFamily::Sequence || m.family.is_styled() {
            // 首先 其次 最后: valued by position; Word heading styles: no number.
            continue;
        }
        let scope = if m.family == MarkerFamily::Article {
            // Regulation articles number through the document or piece.
            doc.ancestors(id)
                .filter(|&a| {
                    doc.get(a).is_some_and(|n| {
                        matches!(n.kind, NodeKind::Article { .. } | NodeKind::Annex(_))
                    })
                })
                .last()
        } else {
            node.parent
        };
        let k = *index.entry((scope, m.family)).or_insert_with(|| {
            buckets.push(List {
                kind: ListKind::Headings,
                family: Some(m.family),
                parent: scope,
                items: Vec::new(),
                pinned: false,
            });
            buckets.len() - 1
        });
        let Some(text) = src.get(m.span.range()) else {
            continue;
        };
        if m.family.is_structural() && text.contains('之') {
            continue; // 第十七条之一: inserted after 第十七条, outside the count
        }
        if let Some(b) = buckets.get_mut(k) {
            b.items.push(Item {
                span: m.span,
                text,
                numeral: m.numeral,
                delimiter: m.delimiter,
                value: m.value,
                after: rest_of_line(src, m.span.end()),
            });
        }
    }
    let bare = buckets
        .iter()
        .any(|b| b.family == Some(MarkerFamily::CnEnum))
        && src
            .split(['\n', '\r'])
            .any(|l| crate::marker::bare_numeral(l).is_some());
    for mut b in buckets {
        b.pinned = bare && b.family == Some(MarkerFamily::CnEnum);
        split_restarts(b, &mut out);
    }
    // Numbered 目录 entries, by family.
    let mut toc: Vec<List<'d>> = Vec::new();
    for (_, node) in doc.iter() {
        if !matches!(node.kind, NodeKind::TocEntry { .. }) {
            continue;
        }
        let (start, end) = content(src, node.span);
        let Some(line) = src.get(start..end) else {
            continue;
        };
        let Some(m) = crate::marker::line_marker(line) else {
            continue;
        };
        if m.family == MarkerFamily::Sequence || m.family.is_run_in() {
            continue;
        }
        let item = Item {
            span: sub_span(src, node.span, start + m.start, start + m.end),
            text: &line[m.start..m.end],
            numeral: m.numeral,
            delimiter: m.delimiter,
            value: m.value,
            after: &line[m.end..],
        };
        match toc.iter_mut().find(|l| l.family == Some(m.family)) {
            Some(l) => l.items.push(item),
            None => toc.push(List {
                kind: ListKind::Toc,
                family: Some(m.family),
                parent: None,
                items: vec![item],
                pinned: false,
            }),
        }
    }
    for l in toc {
        split_restarts(l, &mut out);
    }
    // Ordinals of a compilation's pieces.
    let mut ordinals = List {
        kind: ListKind::Ordinals,
        family: None,
        parent: None,
        items: Vec::new(),
        pinned: false,
    };
    for (_, node) in doc.iter() {
        let NodeKind::Article {
            ordinal: Some(v), ..
        } = node.kind
        else {
            continue;
        };
        let (start, end) = content(src, node.span);
        let Some(line) = src.get(start..end) else {
            continue;
        };
        let base =
            line.trim_end_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
        let digits = &line[base.len()..];
        let numeral = if digits.starts_with(|c: char| c.is_ascii_digit()) {
            NumeralStyle::Ascii
        } else {
            NumeralStyle::Fullwidth
        };
        if digits.is_empty() {
            continue;
        }
        ordinals.items.push(Item {
            span: sub_span(src, node.span, start + base.len(), end),
            text: digits,
            numeral,
            delimiter: Delimiter::None,
            value: v.get(),
            after: "",
        });
    }
    if !ordinals.items.is_empty() {
        split_restarts(ordinals, &mut out);
    }
    out
}

/// Splits a bucket where an item numbered 1 follows others: a new list.
fn split_restarts<'d>(list: List<'d>, out: &mut Vec<List<'d>>) {
    let List {
        kind,
        family,
        parent,
        items,
        pinned,
    } = list;
    let mut cur: Vec<Item<'d>> = Vec::new();
    for it in items {
        if it.value == 1 && !cur.is_empty() {
            out.push(List {
                kind,
                family,
                parent,
                items: std::mem::take(&mut cur),
                pinned,
            });
        }
        cur.push(it);
    }
    if !cur.is_empty() {
        out.push(List {
            kind,
            family,
            parent,
            items: cur,
            pinned,
        });
    }
}

/// The item's marker with its number replaced by `value` (same form), or
/// `None` when the form cannot write that value (`㉑` is the last circled
/// form past ⑳ … `㊿`; `⑴` stops at 20). Capital numerals are written in
/// the list's script: `肆` reads the same in both, so a `肆、` among `貳、`
/// `參、` siblings is relabelled `參、`, not `叁、`.
pub(crate) fn relabel(list: &List<'_>, item: &Item<'_>, value: u32) -> Option<String> {
    let t = item.text;
    let (a, b) = match item.numeral {
        NumeralStyle::Chinese => {
            let a = t.find(numeral::is_chinese_numeral_char)?;
            let len = t[a..]
                .find(|c: char| !numeral::is_chinese_numeral_char(c))
                .unwrap_or(t.len() - a);
            (a, a + len)
        }
        NumeralStyle::Ascii | NumeralStyle::Fullwidth => {
            let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
            let Some(a) = t.find(digit) else {
                // A letter item (`c)`): its letter, `a` … `z`.
                let a = t.find(|c: char| c.is_ascii_lowercase())?;
                let letter = (1..=26)
                    .contains(&value)
                    .then(|| char::from(b'a' + (value - 1) as u8))?;
                return Some(format!("{}{}{}", &t[..a], letter, &t[a + 1..]));
            };
            let len = t[a..].find(|c: char| !digit(c)).unwrap_or(t.len() - a);
            (a, a + len)
        }
        // A heavenly stem (`丙、`), 甲 … 癸; the sequence words have no
        // number to write.
        NumeralStyle::Word => {
            let (a, c) = t
                .char_indices()
                .find(|(_, c)| crate::marker::STEMS.contains(c))?;
            let stem = crate::marker::STEMS.get((value as usize).checked_sub(1)?)?;
            return Some(format!("{}{}{}", &t[..a], stem, &t[a + c.len_utf8()..]));
        }
        NumeralStyle::Roman => {
            let a = t.find(|c: char| "ivxlcdm".contains(c))?;
            let len = t[a..]
                .find(|c: char| !"ivxlcdm".contains(c))
                .unwrap_or(t.len() - a);
            (a, a + len)
        }
        NumeralStyle::Capital => {
            let a = t.find(numeral::is_capital_numeral_char)?;
            let len = t[a..]
                .find(|c: char| !numeral::is_capital_numeral_char(c) && c != '零')
                .unwrap_or(t.len() - a);
            // Written in the traditional script where the list is (貳 參 陸).
            let simplified = !list
                .items
                .iter()
                .any(|i| i.text.contains(TRADITIONAL_CAPITALS));
            let n = numeral::format_capital(value, simplified)?;
            return Some(format!("{}{}{}", &t[..a], n, &t[a + len..]));
        }
        _ => {
            let a = t.find(|c: char| numeral::enclosed(c).is_some())?;
            let c = t[a..].chars().next()?;
            (a, a + c.len_utf8())
        }
    };
    let n = numeral::format(value, item.numeral)?;
    Some(format!("{}{}{}", &t[..a], n, &t[b..]))
}

/// Capital numerals written only in the traditional script (`贰 叁 陆` in
/// the simplified one).
const TRADITIONAL_CAPITALS: [char; 4] = ['貳', '參', '叄', '陸'];

/// A short name for an item in messages: its marker as written.
fn name(item: &Item<'_>) -> String {
    format!("“{}”", item.text)
}

fn what(list: &List<'_>) -> (&'static str, &'static str) {
    match list.kind {
        ListKind::Headings => ("同级标题", "sibling headings"),
        ListKind::Toc => ("目录条目", "目录 entries"),
        ListKind::Ordinals => ("汇编篇目序号", "piece ordinals"),
    }
}

/// The numbering checks on every list.
///
/// `doubt` tells that the 目录, the declared count and the articles
/// disagree: the formatter then leaves piece ordinals as written, so their
/// findings are not fixable.
pub(crate) fn check(lists: &[List<'_>], doubt: bool, out: &mut Vec<Diagnostic>) {
    for list in lists {
        check_list(list, doubt && list.kind == ListKind::Ordinals, out);
    }
}

fn check_list(list: &List<'_>, held: bool, out: &mut Vec<Diagnostic>) {
    let items = &list.items;
    let Some(first) = items.first() else {
        return;
    };
    let (zh, en) = what(list);
    // The formatter renumbers the list 1, 2, 3 … when it may and every
    // marker can write its new number.
    let fixable = if !held
        && list.renumberable()
        && items.iter().enumerate().all(|(k, i)| {
            u32::try_from(k + 1).is_ok_and(|v| {
                v == i.value
                    || relabel(list, i, v).is_some_and(|t| i.reads_back(list.family, &t, v))
            })
        }) {
        Fixable::Default
    } else {
        Fixable::No
    };
    let from = out.len();
    if first.value != 1 && list.must_start_at_one() {
        let one = relabel(list, first, 1).unwrap_or_else(|| "1".into());
        out.push(diag(
            Code::NumberingStart,
            Severity::Error,
            first.span,
            format!("{zh}从{}开始，应从“{one}”开始", name(first)),
            format!(
                "{en} start at {} (value {}); expected “{one}”",
                name(first),
                first.value
            ),
        ));
    }
    // Duplicates and order in one pass: the last item seen with each value,
    // and the item holding the largest value so far.
    let mut last: HashMap<u32, usize> = HashMap::new();
    let mut top = 0usize;
    for (k, it) in items.iter().enumerate() {
        if let Some(same) = last.get(&it.value).and_then(|&j| items.get(j)) {
            let mut d = diag(
                Code::NumberingDuplicate,
                Severity::Error,
                it.span,
                format!("{zh}编号重复：{}已在第 {} 行使用", name(it), same.span.line),
                format!(
                    "duplicate number among {en}: {} is already used on line {}",
                    name(it),
                    same.span.line
                ),
            );
            d.related.push(Related {
                span: same.span,
                label: format!("earlier {} / 前面已有", same.text),
            });
            out.push(d);
        } else if let Some(big) = items.get(top).filter(|b| b.value > it.value) {
            let mut d = diag(
                Code::NumberingOrder,
                Severity::Error,
                it.span,
                format!("{zh}编号倒序：{}排在{}之后", name(it), name(big)),
                format!(
                    "numbers go backwards among {en}: {} comes after {}",
                    name(it),
                    name(big)
                ),
            );
            d.related.push(Related {
                span: big.span,
                label: format!("{} is earlier / 在前", big.text),
            });
            out.push(d);
        }
        last.insert(it.value, k);
        if items.get(top).is_some_and(|t| it.value > t.value) {
            top = k;
        }
    }
    // Gaps: values missing between the smallest and the largest. Sorted by
    // value, with the earliest (in document order) item at or above each.
    let mut by_value: Vec<(u32, usize)> = items
        .iter()
        .enumerate()
        .map(|(k, i)| (i.value, k))
        .collect();
    by_value.sort_unstable();
    let mut earliest_above = vec![usize::MAX; by_value.len() + 1];
    for (p, &(_, k)) in by_value.iter().enumerate().rev() {
        earliest_above[p] = earliest_above[p + 1].min(k);
    }
    for (p, w) in by_value.windows(2).enumerate() {
        let (lo, hi) = (w[0].0, w[1].0);
        if hi <= lo.saturating_add(1) {
            continue;
        }
        let (a, b) = (lo + 1, hi - 1); // missing a..=b
        let Some(after) = earliest_above.get(p + 1).and_then(|&k| items.get(k)) else {
            continue;
        };
        let missing = if a == b {
            relabel(list, after, a).unwrap_or_else(|| a.to_string())
        } else {
            format!(
                "{}…{}",
                relabel(list, after, a).unwrap_or_else(|| a.to_string()),
                relabel(list, after, b).unwrap_or_else(|| b.to_string())
            )
        };
        let mut d = diag(
            Code::NumberingGap,
            Severity::Error,
            after.span,
            format!("{zh}编号缺失：缺少“{missing}”，此处为{}", name(after)),
            format!(
                "missing number among {en}: “{missing}” is skipped before {}",
                name(after)
            ),
        );
        if let Some(prev) = items.get(w[0].1) {
            d.related.push(Related {
                span: prev.span,
                label: format!("previous {} / 上一项", prev.text),
            });
        }
        out.push(d);
    }
    for d in out.iter_mut().skip(from) {
        d.fixable = fixable;
    }
}
