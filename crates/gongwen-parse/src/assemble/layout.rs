//! Rule `layout`: what a layout-aware source (a .docx) says of a line
//! ([`crate::LineHint`], outline spec convention 14).
//!
//! * A Word paragraph holds no Markdown: a leading `**` or `#` is text
//!   (the line table is split without it: `lines::split_with`).
//! * A paragraph in a table-of-contents style (`toc 1`…) is a 目录
//!   entry, whatever its number (`5.1 评价目的\t2`).
//! * A table cell's paragraph is body text: never a heading, title,
//!   article or byline, whatever its text (`1.本项目采购单价控制价…` in a
//!   前附表 cell is no heading).
//! * A paragraph in the Title style is the document's title (rule
//!   `title` takes it before any other candidate). Without one, the
//!   centred paragraph above the body set in the largest type, larger than
//!   the body text, is (`招标文件` in 42 pt under the project's name in
//!   18 pt) — where one paragraph, or one run of adjacent ones, holds that
//!   size and reads as a title (no organ's mark, date, field or number).
//! * A paragraph in a heading style or with an outline level, with no
//!   number, is a heading with an empty marker, placed by the style's
//!   level ([`gongwen_model::MarkerFamily::Styled1`] … `Styled6`, ranked
//!   above `一、`); where the document numbers the headings of that
//!   style too (`前言` and `1 范围` both Heading 1), at their rank.
//!
//! Example: a .docx whose table cells read `1.` `2.` under a `一、` heading
//! gives the heading only. Linear: one look at each hint.

use super::{Assembler, Role};

/// The most paragraphs one title is set over.
const MAX_TITLE_PARAGRAPHS: usize = 3;
/// The most paragraphs of one character each a title set vertically takes
/// (`竞` / `争` / `性` / `磋` / `商` / `文` / `件`).
const MAX_VERTICAL_TITLE: usize = 12;
/// The longest title (characters) that names only a genre under a
/// cover's project name (`开题报告`, `可行性研究报告`).
const SHORT_GENRE_TITLE: usize = 8;

impl Assembler<'_> {
    /// True when line `k` holds nothing but a list number (`5.`) right
    /// below the item before it in the same family (`4.`), which holds its
    /// text on its own line.
    fn stray_list_number(&self, k: usize) -> bool {
        let Some(m) = self.lines[k].mk.filter(|m| m.end >= self.lines[k].cend) else {
            return false;
        };
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        self.lines[p].mk.is_some_and(|pm| {
            pm.family == m.family && pm.value + 1 == m.value && pm.end < self.lines[p].cend
        })
    }

    /// Applies the layout hints of a .docx.
    pub(super) fn layout(&mut self, hints: &[crate::LineHint]) {
        if hints.is_empty() {
            return;
        }
        self.layout_lines(hints);
        // The centred title in the largest type comes first: a heading
        // style further down is then no title.
        if self.title_hint.is_none() {
            self.title_by_size(hints);
        }
        // The first heading of the document, when it is set in a heading
        // style that no other paragraph uses and no paragraph uses a higher
        // one, is the document's title set in a heading style (a news
        // page's headline over its text; a law's name under the 主席令
        // that promulgates it, over chapters in the next style down). The
        // annexed pieces after the first annex label (`附件 7 工程质量保修书`)
        // may set their own titles in that style: they are not counted.
        let first = (0..self.lines.len().min(super::FRONT_WINDOW))
            .find(|&k| self.lines[k].mk.is_some() && self.roles[k] != Role::Cell);
        // A section label (`前言`, `总则`) heads a part of the body, never
        // the document.
        let first = first.filter(|&k| !crate::furniture::is_section_label(self.text(k)));
        if let Some(k) = first.filter(|_| self.title_hint.is_none()) {
            if let Some(m) = self.lines[k].mk.filter(|m| m.family.is_styled()) {
                let annexes = (k + 1..self.lines.len())
                    .find(|&x| {
                        self.lines[x].mk.is_none_or(|o| o.family.is_styled())
                            && matches!(
                                crate::furniture::annex_line(self.text(x)),
                                Some(crate::furniture::AnnexLine::Annex { .. })
                            )
                    })
                    .unwrap_or(self.lines.len());
                let mut styled = self.lines[..annexes]
                    .iter()
                    .filter_map(|l| l.mk)
                    .filter(|o| o.family.is_styled());
                // Its level is used by it alone, or by the paragraphs right
                // below it only (a title set over two or three paragraphs).
                let mut run = vec![k];
                let mut j = k;
                while run.len() < MAX_TITLE_PARAGRAPHS {
                    match (j + 1..self.lines.len()).find(|&x| !self.lines[x].is_blank()) {
                        Some(x) if self.lines[x].mk.is_some_and(|o| o.family == m.family) => {
                            run.push(x);
                            j = x;
                        }
                        _ => break,
                    }
                }
                let alone = styled.all(|o| {
                    o.family.rank() > m.family.rank()
                        || run
                            .iter()
                            .any(|&r| self.lines[r].mk.is_some_and(|x| x.start == o.start))
                });
                if alone {
                    for &r in &run {
                        self.lines[r].mk = None;
                    }
                    self.title_hint = Some(k);
                    self.title_more = run[1..].to_vec();
                }
            }
        }
        self.title_upward(hints);
    }

    /// A title (found by style or type size) may start on the centred line
    /// above it, set in the same type (`西安某酒店有限公司` over
    /// `生产安全事故应急预案` in Heading 1): that line opens the title.
    fn title_upward(&mut self, hints: &[crate::LineHint]) {
        let Some(k) = self.title_hint else { return };
        let size = |x: usize| hints.get(x).and_then(|h| h.size);
        let Some(p) = (0..k).rev().find(|&x| !self.lines[x].is_blank()) else {
            return;
        };
        let t = self.text(p);
        let same_type = size(p).is_some() && size(p) == size(k);
        // A cover's project name over its genre in larger type, a blank
        // paragraph between (`生产指挥调度系统1.0` / `开题报告`): one title.
        let genre_below = || {
            let g = self.text(k);
            k - p <= 2
                && size(p)
                    .zip(size(k))
                    .is_some_and(|(a, b)| 4 * u64::from(a) >= 3 * u64::from(b) && a < b)
                && crate::text::char_len(g) <= SHORT_GENRE_TITLE
                && crate::furniture::ends_with_genre(g)
                && !crate::furniture::ends_with_genre(t)
        };
        if (same_type || genre_below())
            && self.is_centred(p)
            && self.is_centred(k)
            && self.lines[p].mk.is_none()
            && self.roles[p] != Role::Cell
            && self.title_more.len() + 2 <= MAX_TITLE_PARAGRAPHS
            && !t.contains(['。', '！', '？', '；', '：', ':'])
            && !crate::furniture::is_date_line(t)
            && !crate::furniture::is_field_line(t)
            && !crate::furniture::is_document_number(t)
            && !crate::furniture::is_chrome(t)
            && crate::furniture::annex_line(t).is_none()
        {
            self.title_more.insert(0, k);
            self.title_hint = Some(p);
        }
    }

    /// The centred paragraph above the body in the largest type, larger
    /// than the body text (see the module docs).
    fn title_by_size(&mut self, hints: &[crate::LineHint]) {
        use crate::furniture as f;
        // The body's size: the one most characters are set in.
        let mut sizes: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
        for (k, h) in hints.iter().enumerate().take(self.lines.len()) {
            if let (Some(sz), false) = (h.size, h.table) {
                *sizes.entry(sz).or_default() += crate::text::char_len(self.text(k));
            }
        }
        let Some((&body, _)) = sizes.iter().max_by_key(|&(s, c)| (*c, *s)) else {
            return;
        };
        let reads_as_title = |t: &str| {
            let n = crate::text::char_len(crate::text::trim(t));
            // (One ideograph: a word set vertically, a paragraph a character.)
            ((2..=super::LONG_TITLE).contains(&n)
                || (n == 1 && crate::text::trim(t).starts_with(crate::text::is_ideograph)))
                && !t.contains(['。', '！', '？', '；'])
                && !f::is_issuer_mark(t)
                && !f::is_head_mark(t)
                && !f::is_date_line(t)
                && !f::is_field_line(t)
                && !f::is_document_number(t)
                && !f::is_chrome(t)
                && f::annex_line(t).is_none()
        };
        // Centred paragraphs above the first heading, 目录 or body paragraph.
        let mut front = Vec::new();
        // A cover set as a table (a company's controlled document): its
        // centred cell in large type that names the document's genre
        // (`电厂管理巡视规定`, not the company or the system's name).
        let mut cover_title = None;
        for k in 0..self.lines.len().min(super::FRONT_WINDOW) {
            if self.roles[k] == Role::Cell && cover_title.is_none() && !self.lines[k].is_blank() {
                let t = self.text(k);
                let large = hints
                    .get(k)
                    .and_then(|h| h.size)
                    .is_some_and(|sz| sz > body);
                let centred = hints.get(k).is_some_and(|h| h.centered);
                if large && centred && reads_as_title(t) && f::ends_with_genre(t) {
                    cover_title = Some(k);
                }
            }
            // (Word's 目录 entries, in its TOC styles, may come first.)
            if self.lines[k].is_blank()
                || self.roles[k] == Role::Cell
                || self.toc_hints.binary_search(&k).is_ok()
            {
                continue;
            }
            let t = self.text(k);
            let centred = self.centred.get(k).copied().unwrap_or(false);
            let size = hints.get(k).and_then(|h| h.size).filter(|&sz| sz > body);
            // A centred line in large type may hold a part's number
            // (`核电厂定期安全评价` / `第12部分：设计`): the body starts at
            // the first other numbered line.
            // (Not a cover's field line in an outline level, `应急预案编号：…`.)
            let field =
                self.lines[k].mk.is_some_and(|m| m.family.is_styled()) && f::is_field_line(t);
            if (self.lines[k].mk.is_some() && !(centred && size.is_some()) && !field)
                || f::is_toc_header(t)
                || (!centred && t.contains(['。', '；']))
            {
                break;
            }
            if let (Some(sz), true, true) = (size, centred, reads_as_title(t)) {
                front.push((k, sz));
            }
        }
        let best = front.iter().max_by_key(|&&(_, s)| s).copied();
        // The cover's title, unless a title in large type below it names
        // the genre itself.
        if let Some(c) = cover_title {
            if best.is_none_or(|(k, _)| k > c && !f::ends_with_genre(self.text(k))) {
                self.roles[c] = Role::Text;
                self.lines[c].mk = None;
                self.title_hint = Some(c);
                return;
            }
        }
        let Some((_, top)) = best else {
            return;
        };
        let at: Vec<usize> = front.iter().filter(|p| p.1 == top).map(|p| p.0).collect();
        // One paragraph, or adjacent ones (a title set over two lines).
        let adjacent = at
            .windows(2)
            .all(|w| (w[0] + 1..w[1]).all(|x| self.lines[x].is_blank()));
        // (A word set vertically, one character a paragraph, `竞` / `争` /
        // … / `件`, counts as one paragraph.)
        let single = at
            .iter()
            .filter(|&&k| crate::text::char_len(crate::text::trim(self.text(k))) == 1)
            .count();
        let paragraphs = at.len() - single + usize::from(single > 0);
        if !adjacent
            || paragraphs > MAX_TITLE_PARAGRAPHS
            || single > MAX_VERTICAL_TITLE
            || at.len() < 2 && single == 1
        {
            return;
        }
        // The title starts with no number of its own.
        let opens = self.lines[at[0]].mk.is_none();
        if opens {
            for &k in &at {
                self.lines[k].mk = None;
            }
            self.title_hint = Some(at[0]);
            self.title_more = at[1..].to_vec();
        }
    }

    /// Lines in a table-of-contents style that the 目录 rule left as text
    /// or headings are 目录 entries (a standard's 目次 made by Word).
    pub(super) fn toc_styled(&mut self) {
        for &k in &self.toc_hints {
            if matches!(self.roles[k], Role::Text | Role::Heading(_)) {
                self.roles[k] = Role::TocEntry;
                self.lines[k].mk = None;
            }
        }
    }

    /// The marker of a section number (`1`, `2.3`, `1.`) standing in the
    /// first `len` bytes of line `k`'s text; its value is the last number.
    pub(super) fn section_number(
        &self,
        k: usize,
        family: gongwen_model::MarkerFamily,
        len: usize,
    ) -> crate::marker::LineMarker {
        let l = self.lines[k];
        let t = self.text(k);
        let value = t[..len.min(t.len())]
            .trim_end_matches('.')
            .rsplit('.')
            .next()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        crate::marker::LineMarker {
            start: l.cstart,
            end: (l.cstart + len).min(l.cend.max(l.cstart)),
            family,
            numeral: gongwen_model::NumeralStyle::Ascii,
            delimiter: gongwen_model::Delimiter::None,
            value,
        }
    }

    fn layout_lines(&mut self, hints: &[crate::LineHint]) {
        self.centred = hints.iter().map(|h| h.centered && !h.table).collect();
        self.levels = hints.iter().map(|h| h.heading_level).collect();
        if hints.iter().any(|h| h.indent.is_some()) {
            self.indents = hints.iter().map(|h| h.indent).collect();
        }
        // The family of the numbered headings of each style level: where
        // several families share a level (`一、` parts and `1` sections
        // both in Heading 1), the one ranked highest.
        let mut seen: [Option<gongwen_model::MarkerFamily>; 6] = [None; 6];
        for (k, h) in hints.iter().enumerate().take(self.lines.len()) {
            if let (Some(level), Some(m), false) = (h.heading_level, self.lines[k].mk, h.table) {
                let slot = &mut seen[usize::from(level).min(5)];
                if m.family.is_styled() || m.family.is_run_in() {
                    continue;
                }
                if slot.is_none_or(|f| m.family.rank() < f.rank()) {
                    *slot = Some(m.family);
                }
            }
        }
        self.styled_as = seen;
        let numbered_titles = hints
            .iter()
            .zip(&self.lines)
            .filter(|(h, l)| h.title && !h.table && l.mk.is_some())
            .count();
        // A numbered heading seen: a Title paragraph below it (a form's
        // `国内招标合同资料表` deep in a tender) is no document title.
        let mut headed = false;
        for (k, h) in hints.iter().enumerate().take(self.lines.len()) {
            if let Some(p) = k.checked_sub(1) {
                headed |= self.lines[p].mk.is_some() && self.title_hint != Some(p);
            }
            if h.table {
                self.roles[k] = Role::Cell;
                self.lines[k].mk = None;
            } else if h.toc && !self.lines[k].is_blank() {
                self.toc_hints.push(k);
            } else if h.title
                && !self.lines[k].is_blank()
                && (self.lines[k].mk.is_none() || numbered_titles < 2)
                && (!headed || self.title_hint.is_some())
            {
                // (Numbered lines in the Title style, `第一章  磋商邀请` …
                // `第九章` in an agency's template, are headings set in that
                // style; one, `一、可行性研究报告`, is still the title.)
                match self.title_hint {
                    None => self.title_hint = Some(k),
                    // The next Title paragraph right below it.
                    // (A part's number there, `第6部分：实际状态`, is the
                    // title's, not a heading's.)
                    Some(t) if self.title_more.last().copied().unwrap_or(t) + 1 == k => {
                        self.title_more.push(k);
                        self.lines[k].mk = None;
                    }
                    Some(_) => {}
                }
            } else if h.numbered && self.stray_list_number(k) {
                // An empty paragraph left at the end of an automatic list
                // whose items hold their text (`4. 需要提高…` / `5.`): its
                // title is empty, never the paragraph below it. (Where
                // every item is a number alone, `3.1` over its term, the
                // text is on the next line, convention 6.)
                self.bare_numbers.push(k);
            } else if let (true, None, None) = (h.numbered, h.heading_level, self.lines[k].mk) {
                // An empty paragraph of an automatic list: Word shows only
                // its number (`1` over `1.1 交货地点…`), a heading with an
                // empty title (convention 14), never a page number.
                let t = self.text(k);
                if let Some(family) = bare_section_number(t) {
                    self.lines[k].mk = Some(self.section_number(k, family, t.len()));
                    self.bare_numbers.push(k);
                }
            } else if let (Some(level), None) = (h.heading_level, self.lines[k].mk) {
                // A heading style without a number: a heading whose marker
                // is empty, at the style's level. One holding nothing but a
                // section number (`1`, `2.3`: Word's automatic number of an
                // empty heading) is that numbered heading with an empty
                // title (outline spec convention 14).
                let l = self.lines[k];
                // (Or a section number run into the heading's text, `1介绍`.)
                let t = self.text(k);
                let number = bare_section_number(t)
                    .map(|f| (f, t.len()))
                    .or_else(|| glued_section_number(t));
                if let Some((family, len)) = number {
                    self.lines[k].mk = Some(self.section_number(k, family, len));
                } else if !l.is_blank() && !l.is_marker_only() {
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

/// A section number run into a heading's Chinese text (`1介绍`,
/// `2.1系统要求`): its family and byte length.
fn glued_section_number(t: &str) -> Option<(gongwen_model::MarkerFamily, usize)> {
    let t = crate::text::trim(t);
    let len = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|&n| n > 0)?;
    let (number, rest) = t.split_at(len);
    let number = number.trim_end_matches('.');
    let first = rest.chars().next()?;
    // (`70周年`, `10月`, `3.5万吨` are amounts, not section numbers.)
    if !crate::text::is_ideograph(first)
        || number.len() > 8
        || crate::marker::decimal::opens_with_unit(rest)
        || "周个项次号期届级".contains(first)
    {
        return None;
    }
    let family = bare_section_number(number)?;
    Some((family, len))
}

/// The decimal family of a line that is only a section number (`1`,
/// `2.3`, `4.1.2`), as Word shows an empty numbered heading.
pub(super) fn bare_section_number(t: &str) -> Option<gongwen_model::MarkerFamily> {
    use gongwen_model::MarkerFamily::{Decimal1, Decimal2, Decimal3, Decimal4, Decimal5};
    let t = crate::text::trim(t);
    let parts: Vec<&str> = t.split('.').collect();
    let numeric = parts.iter().all(|p| {
        (1..=2).contains(&p.len())
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|v| v >= 1)
    });
    if !numeric {
        return None;
    }
    [Decimal1, Decimal2, Decimal3, Decimal4, Decimal5]
        .get(parts.len().checked_sub(1)?)
        .copied()
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
    fn an_empty_numbered_heading_and_a_title_over_a_heading_styled_line() {
        let centred = |size, level| LineHint {
            centered: true,
            size: Some(size),
            heading_level: level,
            ..Default::default()
        };
        let body = LineHint {
            size: Some(32),
            ..Default::default()
        };
        let h1 = LineHint {
            heading_level: Some(0),
            size: Some(32),
            ..Default::default()
        };
        // A company's name over the report's name in Heading 1, both
        // centred in 26 pt: one title. A Heading 1 holding only Word's
        // automatic `1`: heading 1 with an empty title.
        let text = "某某酒店有限公司\n生产安全事故风险评估报告\n1\n本报告评估了风险，结论如下。\n2 风险辨识\n";
        let hints = [centred(52, None), centred(52, Some(0)), h1, body, h1];
        let rows = rows(text, &hints);
        assert_eq!(rows[0], "1 Title  某某酒店有限公司生产安全事故风险评估报告");
        assert!(rows[1].starts_with("3 Heading 1 "), "{rows:?}");
        assert!(rows[2].starts_with("5 Heading 2 风险辨识"), "{rows:?}");
        // A section number run into a heading style's text.
        let text = "操作手册\n1介绍\n本手册介绍系统。\n2 安装与连接\n";
        let rows = super::tests::rows(text, &[LineHint::default(), h1, body, h1]);
        assert!(rows[1].starts_with("2 Heading 1 介绍"), "{rows:?}");
    }

    #[test]
    fn a_title_paragraph_below_the_first_heading_is_no_document_title() {
        // A tender's cover in large centred type, then its chapters; a
        // form deep in a chapter set in the Title style.
        let cover = LineHint {
            centered: true,
            size: Some(52),
            ..Default::default()
        };
        let title = LineHint {
            title: true,
            ..Default::default()
        };
        let text = "招标文件
第一章 招标公告
1.项目概况
本项目已批准。
国内招标合同资料表
2.投标要求
";
        let hints = [
            cover,
            LineHint::default(),
            LineHint::default(),
            LineHint::default(),
            title,
            LineHint::default(),
        ];
        let rows = rows(text, &hints);
        assert_eq!(rows[0], "1 Title  招标文件", "{rows:?}");
        assert!(
            rows.iter().all(|r| !r.contains("国内招标合同资料表")),
            "{rows:?}"
        );
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

    #[test]
    fn toc_styles_give_toc_rows_and_unnumbered_styles_stand_beside_numbered_ones() {
        let h1 = LineHint {
            heading_level: Some(0),
            ..Default::default()
        };
        let h2 = LineHint {
            heading_level: Some(1),
            ..Default::default()
        };
        let toc = LineHint {
            toc: true,
            ..Default::default()
        };
        let text = "技术规范\n前言\t1\n1 范围\t2\n前言\n本文件规定。\n1 范围\n1.1 总体\n本文件适用。\n2 术语\n";
        let hints = [
            LineHint::default(),
            toc,
            toc,
            h1,
            LineHint::default(),
            h1,
            h2,
            LineHint::default(),
            h1,
        ];
        let rows = rows(text, &hints);
        assert_eq!(
            rows,
            [
                "1 Title  技术规范",
                "2 Toc  前言\t1",
                "3 Toc  1 范围\t2",
                "4 Heading  前言",
                "6 Heading 1 范围",
                "7 Heading 1.1 总体",
                "9 Heading 2 术语",
            ],
        );
        let doc = crate::parse_with_hints(text, &hints);
        let depths: Vec<_> = doc.outline().map(|r| r.depth).collect();
        let d = |n| Some(n);
        assert_eq!(
            depths,
            [d(0), None, None, d(1), d(1), d(2), d(1)],
            "前言 beside 1 范围"
        );
    }

    #[test]
    fn a_title_over_two_paragraphs_centred_or_in_one_heading_style() {
        let centred = LineHint {
            centered: true,
            ..Default::default()
        };
        let h1 = LineHint {
            heading_level: Some(0),
            ..Default::default()
        };
        let text = "2017年上半年\n高校教育教学要点\n一、总体要求\n坚持正确方向。\n";
        let plain = LineHint::default();
        let rows = rows(text, &[centred, centred, plain, plain]);
        assert_eq!(rows[0], "1 Title  2017年上半年高校教育教学要点", "{rows:?}");
        let rows = self::rows(text, &[h1, h1, plain, plain]);
        assert_eq!(rows[0], "1 Title  2017年上半年高校教育教学要点", "{rows:?}");
        assert!(rows[1].starts_with("3 Heading 一、"), "{rows:?}");
        let rows = self::rows(text, &[plain, plain, plain, plain]);
        assert_ne!(
            rows[0], "1 Title  2017年上半年高校教育教学要点",
            "text lines are not joined so"
        );
    }
}
