//! Where the GB/T 9704 elements of a document (版头, 主体, 版记; found by
//! `gongwen_parse::elements`) sit in the DOCX and HTML layouts: which node
//! each element's line is, and the measures §7 gives them. Shared by
//! `docx.rs` and `html.rs`, so the two place the elements alike.

use gongwen_model::{Document, Element, ElementKind, Node, NodeKind};
use std::collections::HashMap;

/// How a node is laid out because of the element on its line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Place<'e> {
    /// 份号, 密级, 紧急程度: 黑体, flush left (§7.2.1–7.2.3).
    HeadField,
    /// 发文机关标志: red 小标宋, centred (§7.2.4).
    IssuerMark,
    /// 发文字号 centred under the mark (§7.2.5).
    DocNumber,
    /// 发文字号 left and 签发人 right on one line (上行文, §7.2.6): the
    /// number and the rest of the line from `签发人`.
    DocNumberAndSigner(&'e str, &'e str),
    /// 标题: 二号 小标宋, centred (§7.3.1).
    Title,
    /// 主送机关: flush left (§7.3.2).
    Addressee,
    /// 附件说明: the `附件：` line (`true`) or a numbered line under it,
    /// hanging so that wrapped names align (§7.3.4); the second field is
    /// the width, in characters, of the number before the name.
    AttachmentNote(bool, f32),
    /// 发文机关署名, with its right indent in characters (§7.3.5).
    Signature(f32),
    /// 成文日期, with its right indent in characters (§7.3.5).
    Date(f32),
    /// 附注: 左空二字 (§7.3.6).
    Remark,
    /// 抄送机关: 四号 仿宋, 左右各空一字, between the 版记 rules (§7.4.2).
    Cc,
    /// 印发机关 left and 印发日期 right on one line (§7.4.3): organ, date.
    Printer(&'e str, &'e str),
    /// A line of a node split into its lines that holds no element: body text.
    Plain,
}

/// One paragraph a restyled node is laid out as.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Para<'e> {
    /// Where and how it sits.
    pub place: Place<'e>,
    /// Its text, where it is not the node's own.
    pub text: Option<&'e str>,
    /// The source line of its element.
    pub line: u32,
}

/// The places of a document's elements, by node index.
#[derive(Debug, Default)]
pub(crate) struct Layout<'e> {
    /// For each restyled node, one paragraph per line of it that holds an
    /// element: its place, and its text where the node's own text is not it
    /// (a title the parser joined from the 版头's lines is split back into
    /// them).
    places: HashMap<usize, Vec<Para<'e>>>,
    /// The node and line under which the red separator line of the 版头 runs.
    pub rule_after: Option<(usize, u32)>,
    /// The node that opens the 版记 (its first rule above it).
    pub record_first: Option<usize>,
    /// The node that closes the 版记 (its last rule below it).
    pub record_last: Option<usize>,
}

/// The width of `s` in characters of the body type: a full-width character
/// is one, an ASCII one half.
pub(crate) fn width(s: &str) -> f32 {
    s.chars()
        .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
        .sum()
}

/// Nodes an element may restyle: not the outline's sections, entries and
/// articles, which keep their own layout.
fn restylable(node: &Node<'_>) -> bool {
    matches!(
        node.kind,
        NodeKind::Title { .. }
            | NodeKind::Paragraph(_)
            | NodeKind::Furniture { .. }
            | NodeKind::Byline { .. }
            | NodeKind::DeclaredCount { .. }
    )
}

impl<'e> Layout<'e> {
    /// The layout of `elements` in `doc`: `sealed` when a seal is assumed
    /// (the date 右空四字), else the signature 右空二字 and the date under
    /// it moved right two characters.
    pub(crate) fn new(doc: &'e Document<'_>, elements: &'e [Element<'e>], sealed: bool) -> Self {
        let mut layout = Layout::default();
        if elements.is_empty() {
            return layout;
        }
        // The node whose span holds each element (nodes are in document
        // order and do not overlap).
        let node_of = |e: &Element<'_>| {
            let at = doc
                .nodes
                .partition_point(|n| n.span.end() <= e.span.start());
            doc.nodes
                .get(at)
                .filter(|n| n.span.start() <= e.span.start() && restylable(n))
                .map(|_| at)
        };
        let find = |kind: ElementKind| elements.iter().find(|e| e.kind == kind);
        let (sig, date) = (find(ElementKind::IssuerSignature), find(ElementKind::Date));
        let (sig_right, date_right) = signature_and_date(
            sig.map(|e| width(&e.text)),
            date.map_or(0.0, |e| width(&e.text)),
            sealed,
        );
        // Where each placed element ends, by node and line.
        let mut ends: HashMap<(usize, u32), usize> = HashMap::new();
        for e in elements {
            let Some(i) = node_of(e) else {
                continue;
            };
            let place = match e.kind {
                ElementKind::CopyNumber | ElementKind::Classification | ElementKind::Urgency => {
                    Place::HeadField
                }
                ElementKind::IssuerMark => Place::IssuerMark,
                ElementKind::DocNumber => {
                    let signer = elements
                        .iter()
                        .find(|s| s.kind == ElementKind::Signer && s.span.line == e.span.line);
                    match (signer, doc.source.get(e.span.end()..)) {
                        (Some(s), Some(rest)) => {
                            let line_end = s.span.end().saturating_sub(e.span.end());
                            let rest = rest.get(..line_end).unwrap_or("").trim();
                            Place::DocNumberAndSigner(&e.text, rest)
                        }
                        _ => Place::DocNumber,
                    }
                }
                // The 签发人 shares its number's line.
                ElementKind::Signer => continue,
                ElementKind::Title => Place::Title,
                ElementKind::Addressee => Place::Addressee,
                ElementKind::AttachmentNote => {
                    let own_line = !line_of(&doc.source, e.span.start())
                        .trim_start()
                        .starts_with("附件");
                    let number = e
                        .text
                        .char_indices()
                        .find(|&(_, c)| !(c.is_ascii_digit() || "．.、（）()".contains(c)))
                        .map_or(0.0, |(at, _)| width(&e.text[..at]));
                    Place::AttachmentNote(!own_line, number)
                }
                ElementKind::IssuerSignature => Place::Signature(sig_right),
                ElementKind::Date => Place::Date(date_right),
                ElementKind::Remark => Place::Remark,
                ElementKind::Cc => Place::Cc,
                ElementKind::Printer => {
                    let text: &'e str = &e.text;
                    let split = text
                        .rfind(|c: char| c.is_whitespace() || c == '\u{3000}')
                        .map_or(0, |at| {
                            at + text[at..].chars().next().map_or(1, char::len_utf8)
                        });
                    Place::Printer(text[..split].trim(), &text[split..])
                }
                // Annexes keep the annex layout of their node (and an
                // element kind added later, its node's own).
                _ => continue,
            };
            let text = match e.kind {
                ElementKind::Title => &*e.text,
                _ => line_of(&doc.source, e.span.start()).trim(),
            };
            let here = layout.places.entry(i).or_default();
            if !here.iter().any(|p| p.line == e.span.line) {
                here.push(Para {
                    place,
                    text: Some(text),
                    line: e.span.line,
                });
                ends.insert((i, e.span.line), e.span.end());
            }
            match e.kind {
                ElementKind::CopyNumber
                | ElementKind::Classification
                | ElementKind::Urgency
                | ElementKind::IssuerMark
                | ElementKind::DocNumber => {
                    let here = (i, e.span.line);
                    layout.rule_after = Some(layout.rule_after.map_or(here, |r| r.max(here)));
                }
                ElementKind::Cc | ElementKind::Printer => {
                    layout.record_first.get_or_insert(i);
                    layout.record_last = Some(i);
                }
                _ => {}
            }
        }
        for (&i, paras) in layout.places.iter_mut() {
            split_lines(doc, i, paras, &ends);
        }
        // The red line runs under the 版头 only where it has a mark or a number.
        if !elements
            .iter()
            .any(|e| matches!(e.kind, ElementKind::IssuerMark | ElementKind::DocNumber))
        {
            layout.rule_after = None;
        }
        layout
    }

    /// The paragraphs node `i` is laid out as, if elements restyle it:
    /// each with its place and, where it is not the node's own, its text.
    pub(crate) fn at(&self, i: usize) -> Option<&[Para<'e>]> {
        self.places.get(&i).map(Vec::as_slice)
    }
}

/// Lays node `i` out line by line where it spans several source lines (a
/// title the parser joined from the 版头's lines, the 纪要's mark with the
/// lines under it): each line with an element in its place, each other
/// line as plain text; a node of one line keeps its own text.
fn split_lines<'e>(
    doc: &'e Document<'_>,
    i: usize,
    paras: &mut Vec<Para<'e>>,
    ends: &HashMap<(usize, u32), usize>,
) {
    let Some(node) = doc.nodes.get(i) else { return };
    let source: &'e str = &doc.source;
    let Some(own) = source.get(node.span.range()) else {
        return;
    };
    // Its source lines (LF, CRLF and CR each end one), blank ones left out.
    let mut lines = Vec::new();
    let (mut from, mut line) = (0, node.span.line);
    let bytes = own.as_bytes();
    while from < own.len() {
        let end = own[from..]
            .find(['\n', '\r'])
            .map_or(own.len(), |e| from + e);
        let next = match bytes.get(end) {
            Some(b'\r') if bytes.get(end + 1) == Some(&b'\n') => end + 2,
            Some(_) => end + 1,
            None => end,
        };
        let text = own[from..end].trim();
        if !text.is_empty() {
            lines.push((line, node.span.start() + from, text));
        }
        from = next;
        line += 1;
    }
    if lines.len() <= 1 {
        paras.truncate(1);
        if let Some(p) = paras.first_mut() {
            p.text = None;
        }
        return;
    }
    let placed = std::mem::take(paras);
    let mut covered_to = 0;
    for (line, start, text) in lines {
        if let Some(p) = placed.iter().find(|p| p.line == line) {
            paras.push(*p);
            covered_to = ends.get(&(i, line)).copied().unwrap_or(0);
        } else if start >= covered_to {
            paras.push(Para {
                place: Place::Plain,
                text: Some(text),
                line,
            });
        }
    }
}

/// The line of `source` around byte `at`, without its line break.
fn line_of(source: &str, at: usize) -> &str {
    let at = at.min(source.len());
    let start = source
        .get(..at)
        .and_then(|s| s.rfind(['\n', '\r']))
        .map_or(0, |i| i + 1);
    let end = source
        .get(at..)
        .and_then(|s| s.find(['\n', '\r']))
        .map_or(source.len(), |i| at + i);
    source.get(start..end).unwrap_or("")
}

/// The right indents, in characters, of the 发文机关署名 (`sig`, its width
/// when there is one) and the 成文日期 (its width `date`), after GB/T 9704
/// §7.3.5: with a seal the date stands 右空四字 and the signature is centred
/// over it; without, the signature stands 右空二字 and the date's first
/// character two characters right of the signature's (a date longer than
/// that stands 右空二字 and the signature moves left).
pub(crate) fn signature_and_date(sig: Option<f32>, date: f32, sealed: bool) -> (f32, f32) {
    let Some(sig) = sig else {
        return (0.0, if sealed { 4.0 } else { 2.0 });
    };
    if sealed {
        (4.0 + (date - sig) / 2.0, 4.0)
    } else if date + 2.0 > sig {
        (2.0 + (date + 2.0 - sig), 2.0)
    } else {
        (2.0, 2.0 + (sig - date - 2.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_and_date_follow_gbt_9704_7_3_5() {
        // With a seal: the date 右空四字, the signature centred over it.
        let (s, d) = signature_and_date(Some(6.0), width("2026年7月2日"), true);
        assert_eq!(d, 4.0);
        assert_eq!(s + 6.0 / 2.0, d + width("2026年7月2日") / 2.0);
        // Without: the signature 右空二字, the date's first character two further right.
        let (s, d) = signature_and_date(Some(12.0), 7.0, false);
        assert_eq!((s, d), (2.0, 5.0));
        assert_eq!(
            12.0 + s - 2.0,
            7.0 + d,
            "the date starts two characters right of the signature"
        );
        // A date longer than the signature stands 右空二字.
        let (s, d) = signature_and_date(Some(4.0), 7.0, false);
        assert_eq!((s, d), (7.0, 2.0));
        assert_eq!(width("2026年"), 3.0);
    }
}
