//! What the parsed text does not show, put into the parsed document: each
//! table of the body as a table node over its cells' paragraphs, and each
//! cited footnote or endnote as a note node under the node citing it.
//!
//! The text parsed is the body's paragraphs, one per line; the nodes added
//! here have empty spans, so the document still tiles its source exactly.

use crate::{Docx, DocxTable, StoryKind, VMerge};
use gongwen_model::{
    Document, Node, NodeId, NodeKind, Note, NoteKind, Span, Table, TableCell, TableRow,
};
use std::borrow::Cow;
use std::collections::HashMap;

/// A node to insert before old node `at`.
struct Insert<'a> {
    at: usize,
    kind: NodeKind<'a>,
    span: Span,
    /// Its parent, as an old index.
    parent: Option<usize>,
    depth: u32,
    /// Old nodes `at..adopt` become its children (a table's cells).
    adopt: usize,
}

/// Adds the tables and notes of `docx` to `doc`, parsed from `docx`'s text.
pub(crate) fn attach(doc: &mut Document<'static>, docx: &Docx) {
    let starts = line_starts(docx);
    let tables = tables(doc, docx);
    insert(doc, tables);
    let notes = notes(doc, docx, &starts);
    insert(doc, notes);
}

/// The byte offset where each paragraph's line starts in the text.
fn line_starts(docx: &Docx) -> Vec<usize> {
    let mut at = 0;
    docx.paragraphs
        .iter()
        .map(|p| {
            let s = at;
            at += p.text.len() + 1;
            s
        })
        .collect()
}

/// The last paragraph index (exclusive) a table covers.
fn table_end(t: &DocxTable) -> usize {
    t.rows
        .iter()
        .flat_map(|r| &r.cells)
        .map(|c| c.paragraphs.end)
        .max()
        .unwrap_or(t.first)
        .max(t.first)
}

/// A table node for each top-level table whose lines are consecutive leaf
/// nodes under one parent (as table cells, never headings, are).
fn tables(doc: &Document<'static>, docx: &Docx) -> Vec<Insert<'static>> {
    let mut out = Vec::new();
    let nodes = &doc.nodes;
    // Node indices in order of their first line: nodes are in document order.
    let mut k = 0usize;
    for t in docx.tables.iter().filter(|t| !t.nested) {
        let (first, last) = (t.first as u32 + 1, table_end(t) as u32);
        while k < nodes.len() && nodes[k].span.line < first {
            k += 1;
        }
        let k0 = k;
        while k < nodes.len() && nodes[k].span.line <= last {
            k += 1;
        }
        let k1 = k;
        if k0 == k1 {
            continue; // every cell is empty
        }
        let parent = nodes[k0].parent;
        let leaves = nodes[k0..k1]
            .iter()
            .enumerate()
            .all(|(j, n)| n.parent == parent && n.end.index() == k0 + j + 1);
        if !leaves {
            continue;
        }
        // Row spans from the vertical merges, by grid column.
        let mut rows: Vec<TableRow> = Vec::with_capacity(t.rows.len());
        // Per grid column: (row, cell) of the open vertical merge.
        let mut merging: HashMap<u32, (usize, usize)> = HashMap::new();
        for row in &t.rows {
            let mut cells = Vec::with_capacity(row.cells.len());
            let mut col = 0u32;
            for c in &row.cells {
                match c.v_merge {
                    VMerge::Continue => {
                        if let Some(&(r, i)) = merging.get(&col) {
                            if let Some(cell) = rows.get_mut(r).and_then(|r| r.cells.get_mut(i)) {
                                cell.row_span += 1;
                            }
                        }
                    }
                    v => {
                        if v == VMerge::Restart {
                            merging.insert(col, (rows.len(), cells.len()));
                        } else {
                            merging.remove(&col);
                        }
                        // The table's nodes are leaves in line order: the
                        // cell's are a run found by binary search.
                        let (first, last) =
                            (c.paragraphs.start as u32 + 1, c.paragraphs.end as u32);
                        let run = &nodes[k0..k1];
                        let from = run.partition_point(|n| n.span.line < first);
                        let to = run.partition_point(|n| n.span.line <= last).max(from);
                        let ids = (k0 + from..k0 + to).map(|j| NodeId(j as u32)).collect();
                        cells.push(TableCell {
                            nodes: ids,
                            col_span: c.grid_span.max(1),
                            row_span: 1,
                        });
                    }
                }
                col = col.saturating_add(c.grid_span.max(1));
            }
            rows.push(TableRow { cells });
        }
        let s = nodes[k0].span;
        out.push(Insert {
            at: k0,
            kind: NodeKind::Table(Table { rows }),
            span: Span::new(s.start(), s.start(), s.line, s.column),
            parent: parent.map(|p| p.index()),
            depth: nodes[k0].depth,
            adopt: k1,
        });
    }
    out
}

/// A note node for each cited footnote and endnote, numbered by kind in
/// the order they are cited, under the node whose span holds the mark.
fn notes(doc: &Document<'static>, docx: &Docx, starts: &[usize]) -> Vec<Insert<'static>> {
    let texts: HashMap<(StoryKind, &str), String> = docx
        .notes
        .iter()
        .filter_map(|n| Some(((n.kind, n.id.as_deref()?), n.text())))
        .collect();
    let nodes = &doc.nodes;
    let mut out: Vec<Insert<'static>> = Vec::new();
    let (mut footnotes, mut endnotes) = (0u32, 0u32);
    let mut cited: std::collections::HashSet<(StoryKind, &str)> = std::collections::HashSet::new();
    for (p, para) in docx.paragraphs.iter().enumerate() {
        for r in &para.notes {
            let kind = match r.kind {
                StoryKind::Footnote => NoteKind::Footnote,
                StoryKind::Endnote => NoteKind::Endnote,
                _ => continue,
            };
            let Some(text) = texts.get(&(r.kind, r.id.as_str())) else {
                continue; // a mark without a note: nothing to keep
            };
            // A note has one mark; a second mark of it adds no copy of its
            // text (so copies stay bounded by the notes part).
            if !cited.insert((r.kind, r.id.as_str())) {
                continue;
            }
            let at = starts.get(p).copied().unwrap_or(0) + r.offset;
            let Some(c) = citing(nodes, at) else {
                continue;
            };
            let label = if kind.is_footnote() {
                footnotes += 1;
                footnotes
            } else {
                endnotes += 1;
                endnotes
            };
            let node = &nodes[c];
            // After the citing node's own line; after a run-in heading's
            // body, which must stay its first child.
            let mut pos = c + 1;
            if run_in_with_body(nodes, c) {
                pos = c + 2;
            }
            let end = node.span.end();
            let (line, column) = line_column(&doc.source, starts, end);
            out.push(Insert {
                at: pos,
                kind: NodeKind::Note(Box::new(Note {
                    kind,
                    label,
                    at,
                    text: Cow::Owned(text.clone()),
                })),
                span: Span::new(end, end, line, column),
                parent: Some(c),
                depth: node.depth + 1,
                adopt: pos,
            });
        }
    }
    out.sort_by_key(|i| i.at);
    out
}

/// True when node `c` is a run-in heading followed by its body paragraph.
fn run_in_with_body(nodes: &[Node<'_>], c: usize) -> bool {
    let run_in = matches!(&nodes[c].kind, NodeKind::Heading(h) if h.layout == gongwen_model::HeadingLayout::RunIn);
    run_in
        && nodes
            .get(c + 1)
            .is_some_and(|n| n.parent.map(|p| p.index()) == Some(c))
}

/// The node whose span holds byte `at` (the innermost, last such in
/// order), else the last node starting before it.
fn citing(nodes: &[Node<'_>], at: usize) -> Option<usize> {
    let n = nodes.partition_point(|n| n.span.start() <= at);
    let mut fallback = None;
    for k in (0..n).rev() {
        let s = nodes[k].span;
        if s.start == s.end {
            continue; // a table or note
        }
        if at <= s.end() {
            return Some(k);
        }
        fallback.get_or_insert(k);
        if n - k > 64 {
            break;
        }
    }
    fallback.or_else(|| nodes.iter().position(|n| n.span.start() < n.span.end()))
}

/// The 1-based line and column (in characters) of byte `at`.
fn line_column(source: &str, starts: &[usize], at: usize) -> (u32, u32) {
    let line = starts.partition_point(|&s| s <= at).max(1);
    let start = starts.get(line - 1).copied().unwrap_or(0);
    let column = source.get(start..at).map_or(0, |s| s.chars().count()) + 1;
    (line as u32, column as u32)
}

/// Inserts `ins` (sorted by `at`) into the document, renumbering parents
/// and ends.
fn insert(doc: &mut Document<'static>, ins: Vec<Insert<'static>>) {
    if ins.is_empty() {
        return;
    }
    let old = std::mem::take(&mut doc.nodes);
    let ats: Vec<usize> = ins.iter().map(|i| i.at).collect();
    // New index of old node i: i + inserts at or before i.
    let new = |i: usize| i + ats.partition_point(|&a| a <= i);
    // New "one past" of old end e.
    let new_end = |e: usize| e + ats.partition_point(|&a| a < e);
    let mut nodes: Vec<Node<'static>> = Vec::with_capacity(old.len() + ins.len());
    // Adopted old ranges and their new parent: (from, until, new parent).
    let mut adopted: Vec<(usize, usize, usize)> = Vec::new();
    let mut pending = ins.into_iter().peekable();
    for (i, n) in old.into_iter().enumerate() {
        while let Some(x) = pending.next_if(|x| x.at <= i) {
            let me = nodes.len();
            if x.adopt > x.at {
                adopted.push((x.at, x.adopt, me));
            }
            nodes.push(Node {
                kind: x.kind,
                span: x.span,
                parent: x.parent.map(|p| NodeId(new(p) as u32)),
                depth: x.depth,
                end: NodeId(new_end(x.adopt).max(me + 1) as u32),
            });
        }
        // Adopted ranges do not overlap and come in order: the last is the one.
        let adopter = adopted
            .last()
            .filter(|&&(from, until, _)| from <= i && i < until)
            .map(|&(_, _, p)| p);
        let me = nodes.len();
        let (parent, depth) = match adopter {
            Some(p) => (Some(NodeId(p as u32)), n.depth + 1),
            None => (n.parent.map(|p| NodeId(new(p.index()) as u32)), n.depth),
        };
        nodes.push(Node {
            parent,
            depth,
            end: NodeId(new_end(n.end.index()).max(me + 1) as u32),
            ..n
        });
    }
    for x in pending {
        // Past the last node (a note after the last one).
        let me = nodes.len();
        nodes.push(Node {
            kind: x.kind,
            span: x.span,
            parent: x.parent.map(|p| NodeId(new(p) as u32)),
            depth: x.depth,
            end: NodeId(me as u32 + 1),
        });
    }
    // Cells name their paragraphs by index: renumber them.
    for n in &mut nodes {
        if let NodeKind::Table(t) = &mut n.kind {
            for id in t
                .rows
                .iter_mut()
                .flat_map(|r| &mut r.cells)
                .flat_map(|c| &mut c.nodes)
            {
                *id = NodeId(new(id.index()) as u32);
            }
        }
    }
    // Inline enumerations name their paragraphs by index too.
    for r in &mut doc.inline {
        r.paragraph = NodeId(new(r.paragraph.index()) as u32);
    }
    // Ends: one past the last descendant, children first.
    for k in (0..nodes.len()).rev() {
        if let Some(p) = nodes[k].parent {
            let e = nodes[k].end;
            if let Some(pn) = nodes.get_mut(p.index()) {
                if e > pn.end {
                    pn.end = e;
                }
            }
        }
    }
    doc.nodes = nodes;
}
