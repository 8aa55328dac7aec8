//! `word/document.xml`: the paragraphs in document order (body, tables,
//! content controls, text boxes), with their text and properties.

use crate::numbering::{Counters, Numbering};
use crate::stories::{NoteRef, StoryKind};
use crate::styles::{NumPr, Styles};
use crate::xml::{attr, on, val_u32, Ev, Xml};
use crate::{DocxCell, DocxError, DocxParagraph, DocxRow, DocxTable, VMerge};

/// Properties and text of a paragraph being read.
#[derive(Debug, Default)]
struct Open {
    slot: usize,
    style: Option<String>,
    num: Option<NumPr>,
    outline: Option<u32>,
    text: String,
    /// Inside a table cell.
    in_table: bool,
    /// `w:jc` is `center` (`None` where the paragraph sets no `w:jc`: its
    /// style's says).
    centered: Option<bool>,
    /// Note and comment references, at byte offsets into `text`.
    notes: Vec<NoteRef>,
    /// The largest font size (half-points) of the paragraph's visible text.
    size: Option<u32>,
    /// The paragraph's own left indent in twips (`w:ind`).
    indent: Option<i32>,
}

/// What the main part holds: its paragraphs and its tables.
#[derive(Debug, Default)]
pub(crate) struct Body {
    pub paragraphs: Vec<DocxParagraph>,
    pub tables: Vec<DocxTable>,
}

/// The most paragraphs read from one document (1,000,000; a thousand-page
/// document has some 30,000). More is [`DocxError::Limit`].
pub const MAX_PARAGRAPHS: usize = 1_000_000;

/// How much the text read from `word/document.xml` may grow past the part
/// itself: the paragraphs' texts with their automatic numbers, style ids
/// and style names (each paragraph keeps its own copy) may total at most
/// `MAX_EXPANSION` × the part's size + 1 MiB. Past that the document is
/// refused with [`DocxError::Limit`]: the text of a real document is
/// smaller than its XML.
pub const MAX_EXPANSION: usize = 4;

/// Bytes every document may use whatever the size of its part.
const EXPANSION_FLOOR: usize = 1 << 20;

/// A piece of a paragraph's text read from one `w:t` text node.
#[derive(Debug, Clone)]
pub(crate) struct Seg {
    /// The paragraph (index in [`Body::paragraphs`]).
    pub para: usize,
    /// Byte offset in the paragraph's own text (automatic number excluded).
    pub at: usize,
    /// The text.
    pub text: String,
    /// Where the text node is in the part, when its bytes are the text
    /// itself (no entity, no line break rewritten).
    pub xml: Option<std::ops::Range<usize>>,
}

/// Reads the paragraphs of the main document part and numbers them;
/// `segs`, when given, receives where each piece of text came from.
pub(crate) fn read(
    part: &str,
    bytes: &[u8],
    styles: &Styles,
    numbering: &Numbering,
    mut segs: Option<&mut Vec<Seg>>,
) -> Result<Body, DocxError> {
    let mut x = Xml::new(part, bytes);
    let mut tables: Vec<DocxTable> = Vec::new();
    // Indices in `tables` of the tables open around the current position.
    let mut tstack: Vec<usize> = Vec::new();
    let mut out: Vec<Option<DocxParagraph>> = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let mut counters = Counters::default();
    // Where we are inside the innermost paragraph.
    let mut in_ppr = false;
    let mut in_numpr = false;
    let mut in_run = false;
    let mut in_rpr = false;
    let mut hidden = false;
    let mut in_text = false;
    // The current run's own font size (`w:sz`), half-points.
    let mut run_size: Option<u32> = None;
    // Table cells open around the current position.
    let mut cells = 0usize;
    let budget = bytes
        .len()
        .saturating_mul(MAX_EXPANSION)
        .saturating_add(EXPANSION_FLOOR);
    let mut spent = 0usize;
    let mut account = |p: &DocxParagraph, count: usize| -> Result<(), DocxError> {
        if count > MAX_PARAGRAPHS {
            return Err(DocxError::Limit {
                part: part.to_string(),
                what: "the number of paragraphs".into(),
                limit: MAX_PARAGRAPHS as u64,
            });
        }
        spent = spent
            .saturating_add(p.text.len() + 1)
            .saturating_add(p.style_id.as_ref().map_or(0, String::len))
            .saturating_add(p.style_name.as_ref().map_or(0, String::len));
        if spent > budget {
            return Err(DocxError::Limit {
                part: part.to_string(),
                what: format!(
                    "the text read (paragraphs with their numbers and style names, {MAX_EXPANSION}× the part + 1 MiB)"
                ),
                limit: budget as u64,
            });
        }
        Ok(())
    };
    let mut root = false;
    loop {
        match x.next()? {
            Ev::Eof => {
                if !root {
                    // An empty part (or one with no element) is not an
                    // empty document: Word always writes w:document.
                    return Err(x.err_here("no w:document element (the part is empty)".into()));
                }
                break;
            }
            Ev::Text(t) => {
                if in_text && !hidden {
                    if let Some(p) = open.last_mut() {
                        if let Some(segs) = segs.as_deref_mut() {
                            let range = x.last_range();
                            let raw = bytes.get(range.clone()).unwrap_or(&[]);
                            segs.push(Seg {
                                para: p.slot,
                                at: p.text.len(),
                                text: t.clone(),
                                xml: (raw == t.as_bytes()).then_some(range),
                            });
                        }
                        if !t.trim().is_empty() {
                            let size = run_size.or_else(|| styles.size(p.style.as_deref()));
                            p.size = p.size.max(size);
                        }
                        p.text.extend(t.chars().map(|c| {
                            if matches!(c, '\n' | '\r') {
                                ' '
                            } else {
                                c
                            }
                        }));
                    }
                }
            }
            Ev::Start { e, empty, name: n } => {
                if !root {
                    root = true;
                    if n != "w:document" {
                        let q = e.name().as_ref().to_string();
                        return Err(x.err_here(format!(
                            "the root element is {q}, not w:document of the WordprocessingML namespace"
                        )));
                    }
                }
                match n.as_str() {
                    "w:tbl" if !empty => {
                        tstack.push(tables.len());
                        tables.push(DocxTable {
                            rows: Vec::new(),
                            first: out.len(),
                            nested: tstack.len() > 1,
                        });
                    }
                    "w:tr" if !empty => {
                        if let Some(t) = tstack.last().and_then(|&i| tables.get_mut(i)) {
                            t.rows.push(DocxRow::default());
                        }
                    }
                    "w:tc" if !empty => {
                        cells += 1;
                        if let Some(r) = tstack
                            .last()
                            .and_then(|&i| tables.get_mut(i))
                            .and_then(|t| t.rows.last_mut())
                        {
                            r.cells.push(DocxCell {
                                paragraphs: out.len()..out.len(),
                                grid_span: 1,
                                v_merge: VMerge::None,
                            });
                        }
                    }
                    "w:gridSpan" | "w:vMerge" if open.is_empty() => {
                        if let Some(c) = tstack
                            .last()
                            .and_then(|&i| tables.get_mut(i))
                            .and_then(|t| t.rows.last_mut())
                            .and_then(|r| r.cells.last_mut())
                        {
                            if n == "w:gridSpan" {
                                c.grid_span = val_u32(&e).unwrap_or(1).clamp(1, 64);
                            } else if attr(&e, "val").is_some_and(|v| v == "restart") {
                                c.v_merge = VMerge::Restart;
                            } else {
                                c.v_merge = VMerge::Continue;
                            }
                        }
                    }
                    "w:p" => {
                        let slot = out.len();
                        out.push(None);
                        if empty {
                            let p = Open {
                                in_table: cells > 0,
                                ..Open::default()
                            };
                            let p = finish(p, styles, numbering, &mut counters)?;
                            account(&p, out.len())?;
                            out[slot] = Some(p);
                        } else {
                            open.push(Open {
                                slot,
                                in_table: cells > 0,
                                ..Open::default()
                            });
                            in_ppr = false;
                            in_run = false;
                        }
                    }
                    // Content Word does not show, or shows twice.
                    "mc:Fallback" | "w:del" | "w:moveFrom" | "w:pPrChange" | "w:rPrChange"
                    | "w:instrText" | "w:delText" | "w:delInstrText" | "w:footnotePr"
                    | "w:endnotePr" | "w:sectPr"
                        if !empty =>
                    {
                        x.skip()?;
                    }
                    _ if open.is_empty() => {}
                    "w:pPr" if !empty && !in_run => in_ppr = true,
                    "w:pStyle" if in_ppr => {
                        if let Some(p) = open.last_mut() {
                            p.style = attr(&e, "val");
                        }
                    }
                    "w:ind" if in_ppr => {
                        if let Some(p) = open.last_mut() {
                            p.indent = crate::xml::left_indent(&e);
                        }
                    }
                    "w:jc" if in_ppr => {
                        if let Some(p) = open.last_mut() {
                            p.centered = Some(attr(&e, "val").is_some_and(|v| v == "center"));
                        }
                    }
                    "w:outlineLvl" if in_ppr => {
                        if let Some(p) = open.last_mut() {
                            p.outline = val_u32(&e);
                        }
                    }
                    "w:numPr" if in_ppr => {
                        if let Some(p) = open.last_mut() {
                            p.num.get_or_insert_default();
                        }
                        in_numpr = !empty;
                    }
                    "w:numId" if in_numpr => {
                        if let Some(num) = open.last_mut().and_then(|p| p.num.as_mut()) {
                            num.num_id = val_u32(&e);
                        }
                    }
                    "w:ilvl" if in_numpr => {
                        if let Some(num) = open.last_mut().and_then(|p| p.num.as_mut()) {
                            num.ilvl = val_u32(&e);
                        }
                    }
                    "w:rPr" if in_ppr && !empty => x.skip()?,
                    "w:r" if !empty => {
                        in_run = true;
                        hidden = false;
                        run_size = None;
                    }
                    "w:sz" if in_rpr => run_size = val_u32(&e),
                    "w:rPr" if in_run && !empty => in_rpr = true,
                    "w:vanish" | "w:specVanish" if in_rpr => hidden = on(&e),
                    "w:t" if in_run && !empty => in_text = true,
                    "w:footnoteReference" | "w:endnoteReference" | "w:commentReference"
                        if in_run && !hidden =>
                    {
                        let kind = match n.as_str() {
                            "w:footnoteReference" => StoryKind::Footnote,
                            "w:endnoteReference" => StoryKind::Endnote,
                            _ => StoryKind::Comment,
                        };
                        if let (Some(id), Some(p)) = (attr(&e, "id"), open.last_mut()) {
                            let offset = p.text.len();
                            p.notes.push(NoteRef { kind, id, offset });
                        }
                    }
                    "w:tab" | "w:br" | "w:cr" | "w:noBreakHyphen" if in_run && !in_rpr => {
                        let c = match n.as_str() {
                            "w:tab" => Some('\t'),
                            "w:noBreakHyphen" => Some('-'),
                            _ if attr(&e, "type").is_some_and(|t| t == "page" || t == "column") => {
                                None
                            }
                            _ => Some(' '),
                        };
                        if let (Some(c), Some(p), false) = (c, open.last_mut(), hidden) {
                            p.text.push(c);
                        }
                    }
                    _ => {}
                }
            }
            Ev::End(n) => match n.as_str() {
                "w:tbl" => {
                    tstack.pop();
                }
                "w:tc" => {
                    cells = cells.saturating_sub(1);
                    if let Some(c) = tstack
                        .last()
                        .and_then(|&i| tables.get_mut(i))
                        .and_then(|t| t.rows.last_mut())
                        .and_then(|r| r.cells.last_mut())
                    {
                        c.paragraphs.end = out.len();
                    }
                }
                "w:p" => {
                    if let Some(p) = open.pop() {
                        let slot = p.slot;
                        let p = finish(p, styles, numbering, &mut counters)?;
                        account(&p, out.len())?;
                        if let Some(s) = out.get_mut(slot) {
                            *s = Some(p);
                        }
                    }
                    in_ppr = false;
                    in_numpr = false;
                    // A text box's paragraphs sit inside a run of the outer one.
                    in_run = !open.is_empty();
                    in_rpr = false;
                    in_text = false;
                }
                "w:pPr" => {
                    in_ppr = false;
                    in_numpr = false;
                }
                "w:numPr" => in_numpr = false,
                "w:r" => {
                    in_run = false;
                    in_rpr = false;
                    hidden = false;
                }
                "w:rPr" => in_rpr = false,
                "w:t" => in_text = false,
                _ => {}
            },
        }
    }
    Ok(Body {
        paragraphs: out.into_iter().flatten().collect(),
        tables,
    })
}

/// Resolves style, outline level and numbering of a finished paragraph.
///
/// Paragraphs are numbered in the order they end, which is document order
/// except for a text box's paragraphs, numbered before the paragraph that
/// anchors them (as Word does).
fn finish(
    p: Open,
    styles: &Styles,
    numbering: &Numbering,
    counters: &mut Counters,
) -> Result<DocxParagraph, DocxError> {
    let style_id = p.style.clone().or_else(|| styles.default.clone());
    let style_name = style_id
        .as_deref()
        .and_then(|s| styles.name(s))
        .map(str::to_string);
    let outline_level = p
        .outline
        .filter(|&l| l < 9)
        .or_else(|| {
            if p.outline.is_some() {
                None
            } else {
                style_id.as_deref().and_then(|s| styles.outline_level(s))
            }
        })
        .map(|l| l as u8);
    // Numbering: the paragraph's own numPr, completed by its style's.
    let from_style = style_id.as_deref().and_then(|s| styles.numbering(s));
    let num_id = p
        .num
        .and_then(|n| n.num_id)
        .or_else(|| from_style.and_then(|(n, _)| n.num_id));
    let ilvl = p.num.and_then(|n| n.ilvl).or_else(|| {
        let (n, owner) = from_style?;
        n.ilvl
            .or_else(|| numbering.level_for_style(num_id?, owner, styles))
    });
    let label = match num_id {
        Some(0) | None => None,
        Some(id) => counters.next(numbering, styles, id, ilvl.unwrap_or(0))?,
    };
    let mut notes = p.notes;
    let label = label.map(|l| shown_suffix(l, &p.text));
    let (text, number) = match label {
        Some(label) if !already_typed(&p.text, &label) => {
            for r in &mut notes {
                r.offset += label.len();
            }
            (format!("{label}{}", p.text), Some(label))
        }
        _ => (p.text, None),
    };
    let numbered = number
        .as_ref()
        .and(num_id)
        .map(|id| (id, ilvl.unwrap_or(0)));
    let centered = p
        .centered
        .unwrap_or_else(|| styles.centered(style_id.as_deref()));
    // The left indent: the paragraph's own, else its number's level's,
    // else its style's (Word's order of precedence).
    let indent = p
        .indent
        .or_else(|| numbered.and_then(|(id, l)| numbering.indent(id, l, styles)))
        .or_else(|| styles.indent(style_id.as_deref()));
    Ok(DocxParagraph {
        text,
        number,
        style_id,
        style_name,
        outline_level,
        in_table: p.in_table,
        centered,
        size: p.size,
        notes,
        numbering: numbered,
        indent,
    })
}

/// The number as the text shows it. Word's tab after an automatic number
/// is layout, not text: it becomes nothing after a number that ends in a
/// delimiter (`一、` `（一）` `1.`), a space after one that ends in a letter
/// or digit (`第一章 总则`, `1 概述`) or before text that starts with one
/// (`2. 2026 年…` is not the number `2.2026`, `c) UI：…` not the word
/// `c)UI`), and nothing at all before empty text
/// or text that starts with white space (a numbered table cell reads `1`,
/// not `1\t`). A space suffix before empty text is dropped as well.
fn shown_suffix(mut label: String, text: &str) -> String {
    let bare = text.is_empty() || text.starts_with(gongwen_parse::marker::is_space);
    if label.ends_with('\t') {
        label.pop();
        if !bare
            && (label.chars().next_back().is_some_and(char::is_alphanumeric)
                || text.starts_with(|c: char| c.is_ascii_alphanumeric()))
        {
            label.push(' ');
        }
    } else if bare && label.ends_with(' ') {
        label.pop();
    }
    label
}

/// True when the paragraph's text already starts with the number Word would
/// add (`一、` typed after an automatic `一、`), by text or by marker.
fn already_typed(text: &str, label: &str) -> bool {
    let t = text.trim_start_matches(gongwen_parse::marker::is_space);
    let l = label.trim_matches(gongwen_parse::marker::is_space);
    if l.is_empty() {
        return false;
    }
    if t.starts_with(l) {
        return true;
    }
    use gongwen_parse::marker::line_marker;
    match (line_marker(label), line_marker(t)) {
        (Some(a), Some(b)) => a.family == b.family && a.value == b.value,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{already_typed, shown_suffix};

    #[test]
    fn word_tab_after_a_number_is_not_text() {
        assert_eq!(shown_suffix("一、\t".into(), "总体要求"), "一、");
        assert_eq!(shown_suffix("第一章\t".into(), "总则"), "第一章 ");
        assert_eq!(shown_suffix("1\t".into(), ""), "1", "a numbered empty cell");
        assert_eq!(shown_suffix("2.\t".into(), "2026 年"), "2. ", "not 2.2026");
        assert_eq!(shown_suffix("c)\t".into(), "UI：界面"), "c) ");
        assert_eq!(shown_suffix("1.1 ".into(), ""), "1.1");
        assert_eq!(
            shown_suffix("1.1 ".into(), "范围"),
            "1.1 ",
            "a space suffix stays"
        );
    }

    #[test]
    fn typed_numbers_are_recognised() {
        assert!(already_typed("一、总体要求", "一、"), "the same text");
        assert!(
            already_typed("　1．总体要求", "1.\t"),
            "the same marker in another width"
        );
        assert!(!already_typed("总体要求", "一、"), "no typed number");
        assert!(
            !already_typed("二、总体要求", "一、"),
            "another value is not the same number"
        );
    }
}
