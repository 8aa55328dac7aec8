//! 附件说明 against the annexes (GB/T 9704 §7.3.4, §7.3.7): as many listed
//! attachments as annexes, in the same order and with the same names; a
//! single attachment is not numbered; no punctuation after a name; each
//! annex opens with its label (`附件1`) alone on its line, without a colon.

use super::{edit, finding, trailing_punctuation, Ctx, Finding};
use crate::check::{Code, Related, Severity};
use crate::elements::note_number;
use crate::marker::is_space;
use gongwen_model::{Element, ElementKind, NodeKind};

/// The longest 附件说明 whose names are compared with the annexes' titles
/// one by one: a real one lists a handful; a longer list is a misreading,
/// and its findings (each pointing at an annex far below) would make the
/// report grow with the square of the document.
const MAX_COMPARED: usize = 100;

/// A listed attachment's name: its number and trailing punctuation left out.
fn note_name(text: &str) -> &str {
    let rest = note_number(text).map_or(text, |(_, n)| &text[n..]);
    let rest = rest.trim_start_matches(is_space);
    &rest[..trailing_punctuation(rest)]
}

/// Names compared as a reader would: white space and bracket forms aside.
fn same_name(a: &str, b: &str) -> bool {
    crate::furniture::same_title(a, b)
}

pub(super) fn check(ctx: &Ctx<'_, '_>, out: &mut Vec<Finding>) {
    let notes: Vec<&Element<'_>> = ctx.of(ElementKind::AttachmentNote).collect();
    // Each annex label with its title and whether the title is on its line.
    let annexes: Vec<(&Element<'_>, &str, bool, usize)> = ctx
        .of(ElementKind::Annex)
        .filter_map(|e| {
            // Nodes are in document order: the annex node starts where its label does.
            let at = ctx
                .doc
                .nodes
                .partition_point(|n| n.span.start() < e.span.start());
            let node = ctx
                .doc
                .nodes
                .get(at)
                .filter(|n| n.span.start() == e.span.start())?;
            match &node.kind {
                NodeKind::Annex(a) => Some((
                    e,
                    &*a.title,
                    a.title_span.line == node.span.line,
                    a.title_span.start(),
                )),
                _ => None,
            }
        })
        .collect();
    if let [only] = notes.as_slice() {
        if let Some((_, n)) = note_number(&only.text) {
            let skip = only.text[n..].len() - only.text[n..].trim_start_matches(is_space).len();
            let a = only.span.start();
            out.push(finding(
                Code::GbtAttachmentNumbered,
                Severity::Warning,
                ctx.span(only, a, a + n),
                "只有一个附件时，附件名称前不加序号".to_string(),
                "a single attachment is listed without a number".to_string(),
                edit(a, a + n + skip, ""),
            ));
        }
    }
    for e in &notes {
        let cut = trailing_punctuation(&e.text);
        if cut < e.text.len() {
            let (a, b) = (e.span.start() + cut, e.span.start() + e.text.len());
            let mark = &e.text[cut..];
            out.push(finding(
                Code::GbtAttachmentPunctuation,
                Severity::Warning,
                ctx.span(e, a, b),
                format!("附件名称后不加标点符号：“{mark}”"),
                format!("no punctuation after an attachment's name: {mark:?}"),
                edit(a, b, ""),
            ));
        }
    }
    if !notes.is_empty() && !annexes.is_empty() {
        if notes.len() != annexes.len() {
            let first = notes[0];
            let mut f = finding(
                Code::GbtAttachmentCount,
                Severity::Error,
                first.span,
                format!(
                    "附件说明列出{}个附件，正文后有{}个附件",
                    notes.len(),
                    annexes.len()
                ),
                format!(
                    "the attachment list names {} attachments, the document has {} annexes",
                    notes.len(),
                    annexes.len()
                ),
                None,
            );
            f.diag.related = annexes
                .iter()
                .take(MAX_COMPARED)
                .map(|(a, ..)| Related {
                    span: a.span,
                    label: format!("annex {}", a.text),
                })
                .collect();
            out.push(f);
        } else if notes.len() <= MAX_COMPARED {
            // The annexes' titles, white space aside, to tell a name listed
            // in another place from a name that differs (one lookup each).
            let squeeze = |s: &str| s.chars().filter(|c| !is_space(*c)).collect::<String>();
            let titles: std::collections::HashSet<String> =
                annexes.iter().map(|(_, t, ..)| squeeze(t)).collect();
            for (i, (note, (label, title, ..))) in notes.iter().zip(&annexes).enumerate() {
                let name = note_name(&note.text);
                if same_name(name, title) {
                    continue;
                }
                let elsewhere = titles.contains(&squeeze(name));
                let (zh, en) = if elsewhere {
                    (
                        format!("附件说明的第{}个附件“{name}”与附件的顺序不一致", i + 1),
                        format!(
                            "attachment {} ({name:?}) is listed in another order than the annexes",
                            i + 1
                        ),
                    )
                } else {
                    (
                        format!(
                            "附件说明的第{}个附件“{name}”与附件标题“{title}”不一致",
                            i + 1
                        ),
                        format!(
                            "attachment {} is listed as {name:?} but the annex is titled {title:?}",
                            i + 1
                        ),
                    )
                };
                let mut f = finding(
                    Code::GbtAttachmentMismatch,
                    Severity::Warning,
                    note.span,
                    zh,
                    en,
                    None,
                );
                f.diag.related.push(Related {
                    span: label.span,
                    label: format!("annex {}", label.text),
                });
                out.push(f);
            }
        }
    }
    for (label, title, same_line, title_start) in &annexes {
        if !label.text.starts_with("附件") {
            continue;
        }
        // The label proper: 附件 and its number; a colon or dot after it is
        // not GB/T 9704's form, nor a title on the same line.
        let core = label
            .text
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .len();
        if core == label.text.len() && !same_line {
            continue;
        }
        let a = label.span.start() + core;
        let fix = if *same_line {
            // The title moves to its own line, in the document's line ending.
            let src = &ctx.doc.source;
            let eol = if src[*title_start..].contains("\r\n") || src.ends_with('\r') {
                "\r\n"
            } else {
                "\n"
            };
            (!title.is_empty() && *title_start > a)
                .then(|| edit(a, *title_start, eol))
                .flatten()
        } else {
            edit(a, label.span.start() + label.text.len(), "")
        };
        let core_text = &label.text[..core];
        out.push(finding(
            Code::GbtAnnexLabel,
            Severity::Warning,
            ctx.span(label, label.span.start(), label.span.start() + label.text.len()),
            format!("附件标识“{core_text}”应单独成行，其后不加标点，附件标题另起一行"),
            format!("the annex label {core_text:?} stands alone on its line, without punctuation; the title goes on the next line"),
            fix,
        ));
    }
}
