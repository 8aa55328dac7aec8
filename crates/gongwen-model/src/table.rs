//! Tables and notes: what a .docx holds beside its lines of text.

use crate::NodeId;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A table: rows of cells whose paragraphs are the table node's children
/// (table-cell paragraphs are lines of the text like any other, outline
/// spec convention 14, and never headings).
///
/// ```
/// use gongwen_model::{NodeId, Table, TableCell, TableRow};
/// let t = Table { rows: vec![TableRow { cells: vec![TableCell { nodes: vec![NodeId(2)], col_span: 1, row_span: 1 }] }] };
/// assert_eq!(t.columns(), 1);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    /// The rows, top to bottom; the first is the header row.
    pub rows: Vec<TableRow>,
}

impl Table {
    /// The number of grid columns: the widest row, spans counted.
    ///
    /// ```
    /// use gongwen_model::{Table, TableCell, TableRow};
    /// let cell = |span| TableCell { nodes: vec![], col_span: span, row_span: 1 };
    /// let t = Table { rows: vec![TableRow { cells: vec![cell(2), cell(1)] }] };
    /// assert_eq!(t.columns(), 3);
    /// ```
    pub fn columns(&self) -> usize {
        self.rows
            .iter()
            .map(|r| r.cells.iter().map(|c| c.col_span.max(1) as usize).sum())
            .max()
            .unwrap_or(0)
    }

    /// True when a cell spans more than one column or row.
    ///
    /// ```
    /// assert!(!gongwen_model::Table::default().merges());
    /// ```
    pub fn merges(&self) -> bool {
        self.rows
            .iter()
            .flat_map(|r| &r.cells)
            .any(|c| c.col_span > 1 || c.row_span > 1)
    }
}

/// One row of a [`Table`].
///
/// ```
/// assert!(gongwen_model::TableRow::default().cells.is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableRow {
    /// The cells that start in this row, left to right (a cell merged into
    /// the one above it is not listed: that one's `row_span` covers it).
    pub cells: Vec<TableCell>,
}

/// One cell of a [`TableRow`].
///
/// ```
/// let c = gongwen_model::TableCell { nodes: vec![], col_span: 2, row_span: 1 };
/// assert_eq!(c.col_span, 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableCell {
    /// The nodes of the cell's paragraphs (children of the table node), in
    /// order; empty for an empty cell.
    pub nodes: Vec<NodeId>,
    /// Grid columns the cell spans (1 when not merged).
    pub col_span: u32,
    /// Rows the cell spans (1 when not merged).
    pub row_span: u32,
}

/// What kind of note a [`Note`] is.
///
/// ```
/// assert_ne!(gongwen_model::NoteKind::Footnote, gongwen_model::NoteKind::Endnote);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NoteKind {
    /// A footnote (at the foot of the page).
    Footnote,
    /// An endnote (at the end of the document).
    Endnote,
}

impl NoteKind {
    /// The kind's name in JSON, as serde writes it.
    ///
    /// ```
    /// assert_eq!(gongwen_model::NoteKind::Footnote.name(), "footnote");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            NoteKind::Footnote => "footnote",
            NoteKind::Endnote => "endnote",
        }
    }

    /// True for a footnote (a note at the foot of its page); everything
    /// else is an endnote.
    ///
    /// ```
    /// assert!(gongwen_model::NoteKind::Footnote.is_footnote());
    /// ```
    pub const fn is_footnote(self) -> bool {
        matches!(self, NoteKind::Footnote)
    }
}

/// A footnote or endnote, a child of the node that cites it. Its text is
/// not part of the source (a .docx keeps notes in parts of their own), so
/// its span is empty, at the end of the citing node's span.
///
/// ```
/// let n = gongwen_model::Note { kind: gongwen_model::NoteKind::Footnote, label: 1, at: 27,
///     text: "见附件。".into() };
/// assert_eq!(n.label, 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note<'a> {
    /// Footnote or endnote.
    pub kind: NoteKind,
    /// The number shown at the mark: footnotes and endnotes are each
    /// numbered 1, 2, … in the order they are cited.
    pub label: u32,
    /// Byte offset in the source where the reference mark stands (inside
    /// the citing node's span).
    pub at: usize,
    /// The note's text, paragraphs joined with `\n`.
    pub text: Cow<'a, str>,
}

impl Note<'_> {
    /// Converts borrowed text into owned text.
    ///
    /// ```
    /// let n = gongwen_model::Note { kind: gongwen_model::NoteKind::Endnote, label: 1, at: 0, text: "注".into() };
    /// let _owned: gongwen_model::Note<'static> = n.into_owned();
    /// ```
    pub fn into_owned(self) -> Note<'static> {
        Note {
            kind: self.kind,
            label: self.label,
            at: self.at,
            text: Cow::Owned(self.text.into_owned()),
        }
    }
}
