//! `word/document.xml`: the paragraphs in document order (body, tables,
//! content controls, text boxes), with their text and properties.

use crate::numbering::{Counters, Numbering};
use crate::styles::{NumPr, Styles};
use crate::xml::{attr, name, on, val_u32, Ev, Xml};
use crate::{DocxError, DocxParagraph};

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
    /// `w:jc` is `center`.
    centered: bool,
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

/// Reads the paragraphs of the main document part and numbers them.
pub(crate) fn read(
    part: &str,
    bytes: &[u8],
    styles: &Styles,
    numbering: &Numbering,
) -> Result<Vec<DocxParagraph>, DocxError> {
    let mut x = Xml::new(part, bytes);
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
            Ev::Start { e, empty } => {
                let n = name(&e);
                if !root {
                    root = true;
                    if n.rsplit(':').next() != Some("document") {
                        return Err(x.err_here(format!("the root element is {n}, not w:document")));
                    }
                }
                match n.as_str() {
                    "w:tc" if !empty => cells += 1,
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
                    "w:jc" if in_ppr => {
                        if let Some(p) = open.last_mut() {
                            p.centered = attr(&e, "val").is_some_and(|v| v == "center");
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
                    }
                    "w:rPr" if in_run && !empty => in_rpr = true,
                    "w:vanish" | "w:specVanish" if in_rpr => hidden = on(&e),
                    "w:t" if in_run && !empty => in_text = true,
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
                "w:tc" => cells = cells.saturating_sub(1),
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
    Ok(out.into_iter().flatten().collect())
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
    let (text, number) = match label {
        Some(label) if !already_typed(&p.text, &label) => {
            (format!("{label}{}", p.text), Some(label))
        }
        _ => (p.text, None),
    };
    Ok(DocxParagraph {
        text,
        number,
        style_id,
        style_name,
        outline_level,
        in_table: p.in_table,
        centered: p.centered,
    })
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
    use super::already_typed;

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
