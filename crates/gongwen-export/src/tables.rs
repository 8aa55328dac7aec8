//! Tables and notes as the text exporters write them: a table's cells and
//! the notes a node cites.

use crate::escape;
use gongwen_model::{Document, Node, NodeKind, Note, Table, TableCell};
use std::io::{self, Write};

/// The text of one node inside a table cell or a note's citing node.
pub(crate) fn node_text<'d>(doc: &'d Document<'_>, node: &'d Node<'_>) -> &'d str {
    match &node.kind {
        NodeKind::Paragraph(p) => &p.text,
        NodeKind::Furniture { text, .. } => text,
        NodeKind::Note(_) | NodeKind::Table(_) => "",
        _ => crate::walk::source_text(doc, node),
    }
}

/// The paragraphs of a cell, in order.
pub(crate) fn cell_paragraphs<'d>(
    doc: &'d Document<'_>,
    cell: &'d TableCell,
) -> impl Iterator<Item = &'d str> + 'd {
    cell.nodes
        .iter()
        .filter_map(|id| doc.get(*id))
        .map(|n| node_text(doc, n))
}

/// The notes cited by node `i` (its children of kind note), in order.
pub(crate) fn notes_of<'d, 'a>(doc: &'d Document<'a>, i: usize) -> Vec<&'d Note<'a>> {
    let Some(node) = doc.nodes.get(i) else {
        return Vec::new();
    };
    doc.nodes
        .get(i + 1..node.end.index())
        .unwrap_or(&[])
        .iter()
        .filter(|n| n.parent.map(|p| p.index()) == Some(i))
        .filter_map(|n| match &n.kind {
            NodeKind::Note(note) => Some(&**note),
            _ => None,
        })
        .collect()
}

/// `text` cut where node `node`'s notes are cited: the pieces, each but the
/// last followed by the note cited there. A mark that cannot be placed in
/// `text` (the text was cleaned) goes at its end.
pub(crate) fn split_at_notes<'t, 'n, 'a>(
    doc: &Document<'_>,
    node: &Node<'_>,
    text: &'t str,
    notes: &[&'n Note<'a>],
) -> Vec<(&'t str, Option<&'n Note<'a>>)> {
    let mut out = Vec::with_capacity(notes.len() + 1);
    let mut from = 0;
    for note in notes {
        let before = doc.source.get(node.span.start()..note.at).unwrap_or("");
        let at = if note.at >= node.span.start()
            && text.starts_with(before)
            && before.len() >= from
            && text.is_char_boundary(before.len())
        {
            before.len()
        } else {
            text.len()
        };
        let at = at.max(from);
        out.push((text.get(from..at).unwrap_or(""), Some(*note)));
        from = at;
    }
    out.push((text.get(from..).unwrap_or(""), None));
    out
}

/// The id a note has in links: `fn1`, `en1`.
pub(crate) fn note_id(note: &Note<'_>) -> String {
    let prefix = if note.kind.is_footnote() { "fn" } else { "en" };
    format!("{prefix}{}", note.label)
}

/// The Markdown footnote label of a note: `1` for footnote 1, `e1` for
/// endnote 1.
pub(crate) fn markdown_label(note: &Note<'_>) -> String {
    if note.kind.is_footnote() {
        note.label.to_string()
    } else {
        format!("e{}", note.label)
    }
}

/// Writes a table as an HTML `<table>`: the first row as header cells,
/// merged cells with `colspan` / `rowspan`, a cell's paragraphs separated
/// by `<br>`.
pub(crate) fn html_table<W: Write + ?Sized>(
    out: &mut W,
    doc: &Document<'_>,
    table: &Table,
) -> io::Result<()> {
    out.write_all(b"<table>\n")?;
    for (r, row) in table.rows.iter().enumerate() {
        out.write_all(b"<tr>")?;
        let tag = if r == 0 { "th" } else { "td" };
        for cell in &row.cells {
            write!(out, "<{tag}")?;
            if cell.col_span > 1 {
                write!(out, " colspan=\"{}\"", cell.col_span)?;
            }
            if cell.row_span > 1 {
                write!(out, " rowspan=\"{}\"", cell.row_span)?;
            }
            out.write_all(b">")?;
            for (k, p) in cell_paragraphs(doc, cell).enumerate() {
                if k > 0 {
                    out.write_all(b"<br>")?;
                }
                escape::markup(out, p)?;
            }
            write!(out, "</{tag}>")?;
        }
        out.write_all(b"</tr>\n")?;
    }
    out.write_all(b"</table>\n")
}

/// Writes a table as a Markdown pipe table (the first row as its header),
/// or as an HTML table when cells merge, which pipe tables cannot show.
pub(crate) fn markdown_table<W: Write + ?Sized>(
    out: &mut W,
    doc: &Document<'_>,
    table: &Table,
) -> io::Result<()> {
    if table.merges() {
        return html_table(out, doc, table);
    }
    let columns = table.columns().max(1);
    for (r, row) in table.rows.iter().enumerate() {
        out.write_all(b"|")?;
        for cell in &row.cells {
            out.write_all(b" ")?;
            for (k, p) in cell_paragraphs(doc, cell).enumerate() {
                if k > 0 {
                    out.write_all(b"<br>")?;
                }
                escape::markdown_inline(out, p.trim())?;
            }
            out.write_all(b" |")?;
        }
        for _ in row.cells.len()..columns {
            out.write_all(b"  |")?;
        }
        out.write_all(b"\n")?;
        if r == 0 {
            out.write_all(b"|")?;
            for _ in 0..columns {
                out.write_all(b" --- |")?;
            }
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// One place of a table's grid in a row: a cell that starts there, or the
/// continuation of a cell merged down from a row above (its column span).
pub(crate) enum Slot<'t> {
    /// A cell starting in this row.
    Start(&'t TableCell),
    /// Covered by the cell above, which spans this many columns.
    Covered(u32),
}

/// The grid of a table, row by row: where merged cells continue. Spans
/// are capped at 64 columns and the table's row count, so the grid stays
/// linear in the table.
pub(crate) fn grid(table: &Table) -> Vec<Vec<Slot<'_>>> {
    // Per grid column: (rows still covered, columns spanned).
    let mut covered: Vec<(u32, u32)> = Vec::new();
    // How many entries of `covered` still cover rows.
    let mut active = 0usize;
    let mut out = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        let mut slots = Vec::with_capacity(row.cells.len());
        let mut col = 0usize;
        let mut cells = row.cells.iter();
        loop {
            if let Some(&(left, span)) = covered.get(col).filter(|c| c.0 > 0) {
                slots.push(Slot::Covered(span));
                covered[col].0 = left - 1;
                if left == 1 {
                    active = active.saturating_sub(1);
                }
                col += span.max(1) as usize;
                continue;
            }
            if let Some(c) = cells.next() {
                let span = c.col_span.clamp(1, 64);
                if c.row_span > 1 {
                    if covered.len() <= col {
                        covered.resize(col + 1, (0, 1));
                    }
                    let rows = (c.row_span - 1).min(table.rows.len() as u32);
                    if covered[col].0 == 0 && rows > 0 {
                        active += 1;
                    } else if covered[col].0 > 0 && rows == 0 {
                        active = active.saturating_sub(1);
                    }
                    covered[col] = (rows, span);
                }
                slots.push(Slot::Start(c));
                col += span as usize;
                continue;
            }
            // No cell left: continuations further right, if any.
            if active == 0 {
                break;
            }
            match covered.iter().skip(col).position(|c| c.0 > 0) {
                Some(k) => col += k,
                None => break,
            }
        }
        out.push(slots);
    }
    out
}
