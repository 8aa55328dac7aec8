//! Rule `layout`: what a layout-aware source (a .docx) says of a line
//! ([`crate::LineHint`], outline spec convention 14).
//!
//! * A table cell's paragraph is body text: never a heading, title,
//!   article or byline, whatever its text (`1.本项目采购单价控制价…` in a
//!   前附表 cell is no heading).
//! * A paragraph in the Title style is the document's title (rule
//!   `title` takes it before any other candidate; consecutive Title
//!   paragraphs are one title).
//!
//! Example: a .docx whose table cells read `1.` `2.` under a `一、` heading
//! gives the heading only. Linear: one look at each hint.

use super::{Assembler, Role};

impl Assembler<'_> {
    /// Applies the layout hints of a .docx.
    pub(super) fn layout(&mut self, hints: &[crate::LineHint]) {
        for (k, h) in hints.iter().enumerate().take(self.lines.len()) {
            if h.table {
                self.roles[k] = Role::Cell;
                self.lines[k].mk = None;
            } else if h.title && self.title_hint.is_none() && !self.lines[k].is_blank() {
                self.title_hint = Some(k);
            }
        }
    }
}
