//! The elements of a 公文 (GB/T 9704-2012 §7) — 版头, 主体, 版记 — found in
//! a parsed document: the contract of `gongwen elements --tsv`
//! (`docs/elements.md`).
//!
//! | file | elements |
//! |---|---|
//! | `head.rs` | `copy_number` `classification` `urgency` `issuer_mark` `doc_number` `signer` |
//! | `body.rs` | `title` `addressee` `attachment_note` `issuer_signature` `date` `remark` |
//! | `mod.rs` | `annex` (the parser's annex nodes) |
//! | `record.rs` | `cc` `printer` |
//! | `date.rs` | the date grammar the dates and their checks share |
//!
//! How a document is read, top to bottom (web chrome, citation headers and
//! front matter skipped):
//! 1. **版头**: from the first line, as long as each line is a 份号, 密级,
//!    紧急程度, 发文机关标志 or 发文字号 (with its 签发人).
//! 2. **标题**: the parser's title when it stands there, else the line there
//!    when it names a genre (`…的通知`); a 纪要 or 简报 has none.
//! 3. Under the title, a 发文字号 (web copies print it there) and the
//!    主送机关 (a line ending with a colon).
//! 4. **正文** up to the first annex: every `附件：` list gives one
//!    `attachment_note` per listed attachment; the first line that is a date
//!    alone is the 成文日期, the short line above it the 发文机关署名, a line
//!    in parentheses under it the 附注.
//! 5. **附件**: each top-level annex of the parse, at its label.
//! 6. **版记**, anywhere after the title: `抄送：` lines and the
//!    `…印发` line.
//!
//! A 信函 (the organ's name as its mark, no `文件`) and a 纪要 (`…纪要` as its
//! mark, no title nor 主送) read with the same rules.
//!
//! ```
//! use gongwen_model::ElementKind;
//! let text = "XX市人民政府文件\n\nX政发〔2026〕3号\n\nXX市人民政府关于做好春节期间工作的通知\n\n各区人民政府：\n　　现将有关事项通知如下。\n\nXX市人民政府\n2026年1月5日\n";
//! let doc = gongwen_parse::parse(text);
//! let found = gongwen_parse::elements::recognise(&doc);
//! let rows: Vec<_> = found.iter().map(|e| (e.span.line, e.kind, &*e.text)).collect();
//! assert_eq!(rows[0], (1, ElementKind::IssuerMark, "XX市人民政府文件"));
//! assert_eq!(rows[1], (3, ElementKind::DocNumber, "X政发〔2026〕3号"));
//! assert_eq!(rows[2], (5, ElementKind::Title, "XX市人民政府关于做好春节期间工作的通知"));
//! assert_eq!(rows[5], (11, ElementKind::Date, "2026年1月5日"));
//! assert!(gongwen_parse::elements::to_tsv(&found).starts_with("1\tissuer_mark\tXX市人民政府文件\n"));
//! ```

mod body;
pub(crate) mod date;
pub(crate) mod head;
mod record;

pub(crate) use body::note_number;

use crate::lines::{split, Line};
use crate::marker::is_space;
use crate::LineHint;
use gongwen_model::{Document, Element, ElementKind, FurnitureRole, Node, NodeKind, Span};
use std::borrow::Cow;

/// How many lines the 版头 may take before the title (blank lines not counted).
const HEAD_LINES: usize = 10;
/// How many lines under the title may hold its 发文字号 and 主送机关.
const UNDER_TITLE_LINES: usize = 4;

/// The elements of `doc`, in document order.
///
/// ```
/// let doc = gongwen_parse::parse("关于开展检查的通知\n各有关单位：\n　　请认真组织。\n");
/// let kinds: Vec<_> = gongwen_parse::elements::recognise(&doc).iter().map(|e| e.kind.as_str()).collect();
/// assert_eq!(kinds, ["title", "addressee"]);
/// ```
pub fn recognise<'d>(doc: &'d Document<'_>) -> Vec<Element<'d>> {
    recognise_with_hints(doc, &[])
}

/// [`recognise`] with the layout of a .docx, one hint per line (see
/// [`crate::parse_with_hints`]): a centred line above the title reads as the
/// 发文机关标志 even when its words do not say so.
///
/// ```
/// use gongwen_parse::LineHint;
/// let text = "某某联合工作组\n关于开展检查的通知\n";
/// let mut centred = LineHint::default();
/// centred.centered = true;
/// let doc = gongwen_parse::parse_with_hints(text, &[centred, centred]);
/// let found = gongwen_parse::elements::recognise_with_hints(&doc, &[centred, centred]);
/// assert_eq!(found[0].kind.as_str(), "issuer_mark");
/// ```
pub fn recognise_with_hints<'d>(doc: &'d Document<'_>, hints: &[LineHint]) -> Vec<Element<'d>> {
    Reader::new(doc, hints).read()
}

/// The elements as the contract's rows: `line<TAB>element<TAB>text`, one a
/// line (a tab or line break inside a text written as a space).
///
/// ```
/// let doc = gongwen_parse::parse("关于开展检查的通知\n");
/// let found = gongwen_parse::elements::recognise(&doc);
/// assert_eq!(gongwen_parse::elements::to_tsv(&found), "1\ttitle\t关于开展检查的通知\n");
/// ```
pub fn to_tsv(elements: &[Element<'_>]) -> String {
    let mut out = String::new();
    for e in elements {
        let text: String = e
            .text
            .chars()
            .map(|c| {
                if matches!(c, '\t' | '\n' | '\r') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        out.push_str(&format!("{}\t{}\t{}\n", e.span.line, e.kind.as_str(), text));
    }
    out
}

/// One pass over the lines of a document.
struct Reader<'d, 'a> {
    doc: &'d Document<'a>,
    src: &'d str,
    lines: Vec<Line>,
    /// The node starting on each line (index = line number - 1).
    node_at: Vec<Option<&'d Node<'a>>>,
    /// Whether some node's span covers the line (hidden front matter does not).
    covered: Vec<bool>,
    /// Lines a .docx centres.
    centred: Vec<bool>,
    out: Vec<Element<'d>>,
}

impl<'d, 'a> Reader<'d, 'a> {
    fn new(doc: &'d Document<'a>, hints: &[LineHint]) -> Self {
        let src: &'d str = &doc.source;
        let lines = split(src);
        let mut node_at = vec![None; lines.len()];
        let mut covered = vec![false; lines.len()];
        for n in &doc.nodes {
            let first = (n.span.line as usize).wrapping_sub(1);
            if let Some(slot) = node_at.get_mut(first) {
                slot.get_or_insert(n);
            }
            // The lines the node's span reaches (it ends after a line break).
            let last = lines.partition_point(|l| l.start < n.span.end());
            for c in covered.iter_mut().take(last).skip(first) {
                *c = true;
            }
        }
        Reader {
            doc,
            src,
            lines,
            node_at,
            covered,
            centred: hints.iter().map(|h| h.centered).collect(),
            out: Vec::new(),
        }
    }

    /// The trimmed text of line index `i`.
    fn text(&self, i: usize) -> &'d str {
        let src = self.src;
        self.lines
            .get(i)
            .and_then(|l| src.get(l.ind..l.cend))
            .unwrap_or("")
    }

    /// True for a line no element is read from: blank, web chrome, a
    /// citation header, front matter, a repeated title.
    fn skipped(&self, i: usize) -> bool {
        let Some(l) = self.lines.get(i) else {
            return true;
        };
        if l.ind >= l.cend {
            return true;
        }
        let furniture = self.node_at.get(i).copied().flatten().is_some_and(|n| {
            matches!(
                n.kind,
                NodeKind::Furniture {
                    role: FurnitureRole::Chrome
                        | FurnitureRole::Citation
                        | FurnitureRole::RepeatedTitle,
                    ..
                }
            )
        });
        furniture || !self.covered.get(i).copied().unwrap_or(false)
    }

    /// Pushes an element over bytes `start..end` of the source.
    fn push(&mut self, kind: ElementKind, i: usize, start: usize, end: usize) {
        let Some(l) = self.lines.get(i) else { return };
        let src = self.src;
        let Some(text) = src.get(start..end) else {
            return;
        };
        let lead = src.get(l.start..start).map_or(0, |s| s.chars().count());
        self.out.push(Element {
            kind,
            text: Cow::Borrowed(text.trim_matches(is_space)),
            span: Span::new(start, end, l.number, lead as u32 + 1),
        });
    }

    /// Pushes the whole trimmed line `i`.
    fn push_line(&mut self, kind: ElementKind, i: usize) {
        if let Some(l) = self.lines.get(i).copied() {
            self.push(kind, i, l.ind, l.cend);
        }
    }

    fn centred(&self, i: usize) -> bool {
        self.centred.get(i).copied().unwrap_or(false)
    }

    /// The next line at or after `i` that is not skipped.
    fn next_line(&self, mut i: usize) -> Option<usize> {
        while i < self.lines.len() {
            if !self.skipped(i) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// Pushes the 发文字号 and 签发人 of line `i`, if it holds them.
    fn doc_number(&mut self, i: usize) -> bool {
        let t = self.text(i);
        let Some(n) = head::doc_number_line(t) else {
            return false;
        };
        let base = self.lines[i].ind;
        self.push(ElementKind::DocNumber, i, base + n.start, base + n.end);
        if let Some((a, b)) = head::signer(t) {
            self.push(ElementKind::Signer, i, base + a, base + b);
        }
        true
    }

    fn read(mut self) -> Vec<Element<'d>> {
        // 1. 版头.
        let mut i = 0;
        let mut seen = 0;
        // No mark stands below the 发文字号: an organ's name there opens
        // the title (`XX县人民政府` over `关于…的请示`).
        let mut numbered = false;
        while let Some(at) = self.next_line(i) {
            if seen == HEAD_LINES {
                break;
            }
            let t = self.text(at);
            let kind = if head::is_copy_number(t) {
                Some(ElementKind::CopyNumber)
            } else if head::is_classification(t) {
                Some(ElementKind::Classification)
            } else if head::is_urgency(t) {
                Some(ElementKind::Urgency)
            } else if !numbered
                && ((head::is_issuer_mark_line(t) && !self.is_title_at(at, t))
                    || self.centred_mark(at, t))
            {
                Some(ElementKind::IssuerMark)
            } else {
                None
            };
            match kind {
                Some(k) => self.push_line(k, at),
                None if self.doc_number(at) => numbered = true,
                // A 签发人 on a line of its own.
                None => match head::signer(t).filter(|_| t.starts_with("签发人")) {
                    Some((a, b)) => {
                        let base = self.lines[at].ind;
                        self.push(ElementKind::Signer, at, base + a, base + b);
                    }
                    None => break,
                },
            }
            seen += 1;
            i = at + 1;
        }
        // 2. 标题.
        let Some(at) = self.next_line(i) else {
            return self.finish();
        };
        let under_head = !self.out.is_empty();
        // 3. 发文字号 and 主送机关 under the title (or where it would be: a
        // 批复 copied without its title opens on its 主送).
        let mut body = self.title(at, under_head).unwrap_or(at);
        let mut j = body;
        for _ in 0..UNDER_TITLE_LINES {
            let Some(at) = self.next_line(j) else { break };
            if self.doc_number(at) {
                j = at + 1;
                body = j;
                continue;
            }
            if body::is_addressee_line(self.text(at)) {
                self.push_line(ElementKind::Addressee, at);
                body = at + 1;
            }
            break;
        }
        // 4. 正文, up to the first annex; 5. the annexes; 6. 版记.
        let annex_line = self
            .doc
            .nodes
            .iter()
            .filter(|n| n.parent.is_none() && matches!(n.kind, NodeKind::Annex(_)))
            .map(|n| (n.span.line as usize).saturating_sub(1))
            .find(|&l| l >= body)
            .unwrap_or(self.lines.len());
        self.main_part(body, annex_line);
        self.annexes(body);
        self.record(body);
        self.finish()
    }

    fn finish(mut self) -> Vec<Element<'d>> {
        self.out.sort_by_key(|e| (e.span.start(), e.kind));
        self.out.dedup_by_key(|e| (e.span.start(), e.kind));
        self.out
    }

    /// A centred line of a .docx (`t`, line `i`) that is a 发文机关标志 by
    /// its place: a 发文字号, another mark or the title follows it (the
    /// parser may have taken it for the title, centred above the body).
    fn centred_mark(&self, i: usize, t: &str) -> bool {
        self.centred(i)
            && head::may_be_centred_mark(t)
            && head::doc_number_line(t).is_none()
            && self.next_line(i + 1).is_some_and(|n| {
                let next = self.text(n);
                head::doc_number_line(next).is_some()
                    || head::is_issuer_mark_line(next)
                    || body::is_title_line(next)
            })
    }

    /// True when the parser took line `i` for the title and it reads as one.
    fn is_title_at(&self, i: usize, t: &str) -> bool {
        body::is_title_line(t)
            && self
                .node_at
                .get(i)
                .copied()
                .flatten()
                .is_some_and(|n| matches!(n.kind, NodeKind::Title { .. }))
    }

    /// Pushes the title found at line `i`; returns the line index after it.
    /// Under a 版头 (`under_head`) the parser's title must name a genre too:
    /// a 纪要's `第12期` under its mark is no title.
    fn title(&mut self, i: usize, under_head: bool) -> Option<usize> {
        let node = self.node_at.get(i).copied().flatten();
        if let Some(
            n @ Node {
                kind: NodeKind::Title { text },
                ..
            },
        ) = node.filter(|n| match &n.kind {
            NodeKind::Title { text } => !under_head || body::is_title_line(text),
            _ => false,
        }) {
            let src = self.src;
            let l = self.lines[i];
            let end = src.get(..n.span.end()).map_or(l.cend, |s| {
                s.trim_end_matches(|c: char| is_space(c) || c == '\n' || c == '\r')
                    .len()
            });
            let lead = src.get(l.start..l.ind).map_or(0, |s| s.chars().count());
            self.out.push(Element {
                kind: ElementKind::Title,
                text: Cow::Borrowed(&**text),
                span: Span::new(l.ind, end.max(l.ind), l.number, lead as u32 + 1),
            });
            let last = self
                .lines
                .iter()
                .position(|x| x.start <= end && end <= x.next.max(x.cend))
                .unwrap_or(i);
            return Some(last.max(i) + 1);
        }
        let t = self.text(i);
        if !body::is_title_line(t) {
            return None;
        }
        self.push_line(ElementKind::Title, i);
        Some(i + 1)
    }

    /// 附件说明, 发文机关署名, 成文日期 and 附注 between `from` and `to`.
    fn main_part(&mut self, from: usize, to: usize) {
        let mut dated = false;
        let mut i = from;
        while i < to.min(self.lines.len()) {
            if self.skipped(i) {
                i += 1;
                continue;
            }
            let t = self.text(i);
            if let Some(after) = body::attachment_label(t) {
                i = self.attachment_notes(i, after, to);
                continue;
            }
            if !dated {
                if let Some(d) = date::date_alone(t) {
                    dated = true;
                    self.signature_above(i, from);
                    let base = self.lines[i].ind;
                    self.push(ElementKind::Date, i, base + d.start, base + d.end);
                    if let Some(r) = self.next_line(i + 1).filter(|&r| r < to) {
                        if body::is_remark_line(self.text(r)) {
                            self.push_line(ElementKind::Remark, r);
                        }
                    }
                }
            }
            i += 1;
        }
    }

    /// The 发文机关署名 on the line above the date at `i`, if it is one.
    fn signature_above(&mut self, i: usize, from: usize) {
        let Some(above) = (from..i).rev().find(|&j| !self.skipped(j)) else {
            return;
        };
        let l = self.lines[above];
        if l.mk.is_none()
            && body::is_signature_line(self.text(above))
            && !self.out.iter().any(|e| e.span.line == l.number)
        {
            self.push_line(ElementKind::IssuerSignature, above);
        }
    }

    /// The attachments listed from line `i` (whose `附件：` label ends at byte
    /// `after` of its text); returns the line after the list.
    fn attachment_notes(&mut self, i: usize, after: usize, to: usize) -> usize {
        let first = self.text(i)[after..].trim_start_matches(is_space);
        if !first.is_empty() {
            let start = self.lines[i].cend - first.len();
            self.push(ElementKind::AttachmentNote, i, start, self.lines[i].cend);
        }
        // The numbered lines under it (`2.…`, `3.…`) list the others.
        let mut j = i + 1;
        while let Some(at) = self.next_line(j).filter(|&a| a < to) {
            if body::note_number(self.text(at)).is_none() {
                break;
            }
            self.push_line(ElementKind::AttachmentNote, at);
            j = at + 1;
        }
        j
    }

    /// Each top-level annex from line `from` on, at its label.
    fn annexes(&mut self, from: usize) {
        let nodes: Vec<(usize, usize, usize)> = self
            .doc
            .nodes
            .iter()
            .filter(|n| n.parent.is_none() && n.span.line as usize > from)
            .filter_map(|n| match &n.kind {
                NodeKind::Annex(a) => {
                    let start = n.span.start();
                    Some((
                        (n.span.line as usize).saturating_sub(1),
                        start,
                        start + a.marker.trim_end().len(),
                    ))
                }
                _ => None,
            })
            .collect();
        for (line, start, end) in nodes {
            self.push(ElementKind::Annex, line, start, end);
        }
    }

    /// 抄送 and 印发 lines from line `from` on.
    fn record(&mut self, from: usize) {
        for i in from..self.lines.len() {
            if self.skipped(i) {
                continue;
            }
            let t = self.text(i);
            if record::is_cc_line(t) {
                self.push_line(ElementKind::Cc, i);
            } else if record::is_printer_line(t) {
                self.push_line(ElementKind::Printer, i);
            }
        }
    }
}
