//! Rule `layout`: what a layout-aware source (a .docx) says of a line
//! ([`crate::LineHint`], outline spec convention 14).
//!
//! * A Word paragraph holds no Markdown: a leading `**` or `#` is text.
//! * A table cell's paragraph is body text: never a heading, title,
//!   article or byline, whatever its text (`1.本项目采购单价控制价…` in a
//!   前附表 cell is no heading).
//! * A paragraph in the Title style is the document's title (rule
//!   `title` takes it before any other candidate).
//! * A paragraph in a heading style or with an outline level, with no
//!   number, is a heading with an empty marker, placed by the style's
//!   level ([`gongwen_model::MarkerFamily::Styled1`] … `Styled6`, ranked
//!   above `一、`).
//!
//! Example: a .docx whose table cells read `1.` `2.` under a `一、` heading
//! gives the heading only. Linear: one look at each hint.

use super::{Assembler, Role};

impl Assembler<'_> {
    /// Applies the layout hints of a .docx.
    pub(super) fn layout(&mut self, hints: &[crate::LineHint]) {
        if hints.is_empty() {
            return;
        }
        // A Word document has no Markdown: `**` or `#` at a paragraph's
        // start is text (`********有限空间作业` hides a company's name).
        self.has_markup = false;
        for l in &mut self.lines {
            let end = l.cend.max(l.pstart);
            let cstart = l.pstart + crate::markup::flags_len(&self.src[l.pstart..end]);
            if l.cstart != cstart {
                l.cstart = cstart;
                l.mk =
                    crate::marker::marker_at(&self.src[l.start..end], cstart - l.start).map(|m| {
                        crate::marker::LineMarker {
                            start: l.start + m.start,
                            end: l.start + m.end,
                            ..m
                        }
                    });
            }
        }
        self.layout_lines(hints);
        // The first heading of the document, when it is set in a heading
        // style that no other paragraph uses and no paragraph uses a higher
        // one, is the document's title set in a heading style (a news
        // page's headline over its text; a law's name under the 主席令
        // that promulgates it, over chapters in the next style down).
        let first = (0..self.lines.len().min(super::FRONT_WINDOW))
            .find(|&k| self.lines[k].mk.is_some() && self.roles[k] != Role::Cell);
        if let Some(k) = first.filter(|_| self.title_hint.is_none()) {
            if let Some(m) = self.lines[k].mk.filter(|m| m.family.is_styled()) {
                let mut styled = self
                    .lines
                    .iter()
                    .filter_map(|l| l.mk)
                    .filter(|o| o.family.is_styled());
                let alone = styled.all(|o| o.family.rank() > m.family.rank() || o.start == m.start);
                if alone {
                    self.lines[k].mk = None;
                    self.title_hint = Some(k);
                }
            }
        }
    }

    fn layout_lines(&mut self, hints: &[crate::LineHint]) {
        for (k, h) in hints.iter().enumerate().take(self.lines.len()) {
            if h.table {
                self.roles[k] = Role::Cell;
                self.lines[k].mk = None;
            } else if h.title && self.title_hint.is_none() && !self.lines[k].is_blank() {
                self.title_hint = Some(k);
            } else if let (Some(level), None) = (h.heading_level, self.lines[k].mk) {
                // A heading style without a number: a heading whose marker
                // is empty, at the style's level.
                let l = self.lines[k];
                if !l.is_blank() && !l.is_marker_only() {
                    self.lines[k].mk = Some(crate::marker::LineMarker {
                        start: l.cstart,
                        end: l.cstart,
                        family: gongwen_model::MarkerFamily::styled(level),
                        numeral: gongwen_model::NumeralStyle::Word,
                        delimiter: gongwen_model::Delimiter::None,
                        value: 0,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::LineHint;

    fn rows(text: &str, hints: &[LineHint]) -> Vec<String> {
        let doc = crate::parse_with_hints(text, hints);
        doc.outline()
            .map(|r| format!("{} {:?} {} {}", r.line, r.kind, r.marker, r.title))
            .collect()
    }

    #[test]
    fn word_paragraphs_hold_no_markdown() {
        let text = "****有限公司管理办法\n★一、总则\n**1.**范围\n";
        let rows = rows(
            text,
            &[
                LineHint::default(),
                LineHint::default(),
                LineHint::default(),
            ],
        );
        assert_eq!(rows[0], "1 Title  ****有限公司管理办法");
        assert!(rows[1].starts_with("2 Heading 一、 总则"), "{rows:?}");
        assert_eq!(rows.len(), 2, "`**1.**` is no marker in Word: {rows:?}");
    }

    #[test]
    fn the_first_heading_in_a_style_of_its_own_is_the_title() {
        let styled = |level| LineHint {
            heading_level: Some(level),
            ..Default::default()
        };
        let text =
            "中华人民共和国主席令\n第16号\n中华人民共和国行政复议法\n总则\n第一条 为了防止。\n";
        let hints = [
            LineHint::default(),
            LineHint::default(),
            styled(1),
            styled(2),
            LineHint::default(),
        ];
        let rows = rows(text, &hints);
        assert_eq!(rows[0], "3 Title  中华人民共和国行政复议法", "{rows:?}");
        assert!(rows[1].starts_with("4 Heading  总则"), "{rows:?}");
    }
}
