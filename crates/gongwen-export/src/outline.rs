//! Outline text: the `outline --tsv` contract rows, and the indented tree a
//! person reads.

use gongwen_model::{Document, OutlineKind};
use std::fmt::{self, Write};

/// Writes the outline as TSV rows `line<TAB>kind<TAB>depth<TAB>marker<TAB>title`,
/// one per structural element, as `../shared/spec/outline.md` defines them.
///
/// ```
/// # use gongwen_model::*;
/// # let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
/// let mut out = String::new();
/// gongwen_export::outline::write_tsv(&doc, &mut out).unwrap();
/// assert!(out.is_empty());
/// ```
pub fn write_tsv<W: Write>(doc: &Document<'_>, out: &mut W) -> fmt::Result {
    for row in doc.outline() {
        let depth = match row.depth {
            Some(d) => d.to_string(),
            None => "-".to_string(),
        };
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            row.line,
            row.kind.as_str(),
            depth,
            clean(row.marker),
            clean(row.title)
        )?;
    }
    Ok(())
}

/// The TSV outline as a string.
///
/// ```
/// # use gongwen_model::*;
/// # let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
/// assert_eq!(gongwen_export::outline::to_tsv(&doc), "");
/// ```
pub fn to_tsv(doc: &Document<'_>) -> String {
    let mut s = String::new();
    // Writing into a String cannot fail.
    let _ = write_tsv(doc, &mut s);
    s
}

/// The deepest indentation of the tree, in levels: a row nested deeper is
/// indented this far and starts with its depth in brackets (`[40] `).
pub const MAX_TREE_INDENT: usize = 32;

/// Writes the indented tree a person reads: two spaces per level (at most
/// [`MAX_TREE_INDENT`]), the marker then the title; toc entries and bylines
/// are shown under their parent.
///
/// ```
/// # use gongwen_model::*;
/// # let doc = Document { source: "标题\n".into(), decoding: Decoding::default(),
/// #     nodes: vec![Node { kind: NodeKind::Title { text: "标题".into() },
/// #         span: Span::new(0, 7, 1, 1), parent: None, depth: 1, end: NodeId(1) }],
/// #     gaps: vec![], markers: vec![], inline: vec![] };
/// let mut out = String::new();
/// gongwen_export::outline::write_tree(&doc, &mut out).unwrap();
/// assert_eq!(out, "标题\n");
/// ```
pub fn write_tree<W: Write>(doc: &Document<'_>, out: &mut W) -> fmt::Result {
    for row in doc.outline() {
        let (indent, prefix) = match row.kind {
            OutlineKind::Title => (0, ""),
            OutlineKind::Toc => (1, "目录 · "),
            OutlineKind::Byline => (2, "— "),
            _ => (row.depth.unwrap_or(1) as usize, ""),
        };
        for _ in 0..indent.min(MAX_TREE_INDENT) {
            out.write_str("  ")?;
        }
        if indent > MAX_TREE_INDENT {
            // Deeper rows would make the tree quadratic in the input.
            write!(out, "[{indent}] ")?;
        }
        writeln!(out, "{prefix}{}{}", clean(row.marker), clean(row.title))?;
    }
    Ok(())
}

/// The indented tree as a string.
///
/// ```
/// # use gongwen_model::*;
/// # let doc = Document { source: "".into(), decoding: Decoding::default(), nodes: vec![], gaps: vec![], markers: vec![], inline: vec![] };
/// assert_eq!(gongwen_export::outline::to_tree(&doc), "");
/// ```
pub fn to_tree(doc: &Document<'_>) -> String {
    let mut s = String::new();
    let _ = write_tree(doc, &mut s);
    s
}

/// Tabs, line breaks and other control characters would break the row
/// format (a reader splitting lines as Python's `splitlines` does breaks at
/// a form feed, U+0085 and U+2028 too): show them as spaces.
fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    let breaks = |c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
    if s.contains(breaks) {
        std::borrow::Cow::Owned(s.replace(breaks, " "))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Which outline to write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The TSV contract rows instead of the indented tree.
    pub tsv: bool,
}

option_builders! {
    outline:
    with_tsv(tsv: bool = true) "the outline as TSV rows",
}

/// Writes the outline chosen by `options`: the indented tree, or the TSV rows.
///
/// ```
/// let doc = gongwen_parse::parse("一、总则\n");
/// let mut out = String::new();
/// gongwen_export::outline::write(&doc, &mut out, &Default::default()).unwrap();
/// assert_eq!(out, "  一、总则\n");
/// ```
pub fn write<W: Write>(doc: &Document<'_>, out: &mut W, options: &Options) -> fmt::Result {
    if options.tsv {
        write_tsv(doc, out)
    } else {
        write_tree(doc, out)
    }
}

/// The outline chosen by `options`, as a string.
///
/// ```
/// let doc = gongwen_parse::parse("一、总则\n");
/// let tsv = gongwen_export::outline::to_string(&doc, &gongwen_export::outline::Options::default().with_tsv(true));
/// assert_eq!(tsv, "1\theading\t1\t一、\t总则\n");
/// ```
pub fn to_string(doc: &Document<'_>, options: &Options) -> String {
    let mut s = String::new();
    let _ = write(doc, &mut s, options);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_break_a_row() {
        // A form feed, a vertical tab, U+0085 and U+2028 are line
        // boundaries to readers that split as Python's `splitlines` does.
        let doc = gongwen_parse::parse("一、总体\u{c}要求\u{b}与\u{85}目标\u{2028}任务\n");
        let tsv = to_string(&doc, &Options::default().with_tsv(true));
        assert_eq!(tsv.lines().count(), 1, "{tsv:?}");
        assert!(!tsv
            .trim_end_matches('\n')
            .contains(|c: char| c.is_control() && c != '\t'));
        assert!(tsv.contains("总体 要求 与 目标 任务"), "{tsv:?}");
    }
}
