//! Rule `pieces`: a compilation without a 目录 (outline spec convention 13).
//! A document made of several pieces, each opening with its own title line
//! and a byline (a speaker's name, an author or an affiliation line), gives
//! one article per piece and one byline under it, as a compilation with a
//! 目录 does.
//!
//! A piece opens where a title-like line (no sentence inside, no marker,
//! not furniture, at most [`MAX_PIECE_TITLE`] characters) stands over a
//! byline (a personal name or a position-and-name line) that stands over
//! the piece's text. At least [`MIN_PIECES`] such openings make the document
//! a compilation; one is a single speech with its speaker, left alone.
//!
//! Example: `农学院：凝心聚力促发展` / `黎明艳` / `十三五期间…。` and
//! `动医学院：聚焦高质量发展` / `廖鹏` / `近年来…。` give two articles, each
//! with its byline.
//!
//! Runs only where no 目录 made articles. Linear: each line looks at the
//! next two non-blank lines.

use super::{Assembler, Role};
use crate::furniture;
use crate::text::char_len;

/// Openings needed before a document is read as a compilation.
const MIN_PIECES: usize = 2;
/// The shortest first line of a piece's text (characters), unless it is
/// numbered or ends a sentence or clause: a form's `单位盖章` over
/// `年  月  日` over a blank opens no piece.
const MIN_TEXT: usize = 15;
/// The longest piece title (characters).
const MAX_PIECE_TITLE: usize = 60;

impl Assembler<'_> {
    /// Marks the articles and bylines of a compilation without a 目录.
    pub(super) fn pieces(&mut self) {
        if self.roles.iter().any(|r| matches!(r, Role::Article(_))) {
            return;
        }
        let n = self.lines.len();
        // (title line, its second line if any, byline)
        let mut found: Vec<(usize, Option<usize>, usize)> = Vec::new();
        let mut i = 0;
        while i < n {
            if self.blank(i) {
                i += 1;
                continue;
            }
            let Some(j) = self.next_nonblank(i + 1) else {
                break;
            };
            // Cheap tests first: a byline is short (30 characters are at
            // most 120 bytes), a piece title too.
            let short = |k: usize| self.lines[k].cend.saturating_sub(self.lines[k].cstart) <= 120;
            let title_len = self.lines[i].cend.saturating_sub(self.lines[i].cstart);
            if !short(j) || title_len > MAX_PIECE_TITLE * 4 + 8 || !self.piece_title(i) {
                i += 1;
                continue;
            }
            // The title may run over two lines right above the byline
            // (`不断严密党的组织体系` / `在稳疆兴疆中充分彰显组织优势`).
            let opening = if self.byline(j) {
                Some((None, j))
            } else if j == i + 1 && self.piece_title(j) {
                self.next_nonblank(j + 1)
                    .filter(|&k| {
                        short(k)
                            && self.byline(k)
                            && char_len(&self.clean(i)) + char_len(&self.clean(j))
                                <= MAX_PIECE_TITLE
                    })
                    .map(|k| (Some(j), k))
            } else {
                None
            };
            let opens = opening.filter(|&(_, by)| {
                self.next_nonblank(by + 1).is_some_and(|k| {
                    !self.byline(k)
                        && !self.piece_title_over_byline(k)
                        && (self.lines[k].mk.is_some() || {
                            let t = self.clean(k);
                            char_len(&t) >= MIN_TEXT || t.ends_with(['。', '！', '？', '；', '：'])
                        })
                })
            });
            match opens {
                Some((more, by)) => {
                    found.push((i, more, by));
                    i = by + 1;
                }
                None => i += 1,
            }
        }
        if found.len() < MIN_PIECES {
            return;
        }
        for (i, more, j) in found {
            self.roles[i] = Role::Article(None);
            if let Some(m) = more {
                self.roles[m] = Role::TocPart;
                self.lines[m].mk = None;
            }
            self.roles[j] = Role::Byline;
            self.lines[i].mk = None;
            self.lines[j].mk = None;
        }
    }

    fn piece_title(&self, i: usize) -> bool {
        let numbered = self.lines[i].mk.is_some_and(|m| !m.family.is_styled());
        if !matches!(self.roles[i], Role::Text | Role::Title) || numbered {
            return false;
        }
        let t = self.clean(i);
        let len = char_len(&t);
        (4..=MAX_PIECE_TITLE).contains(&len)
            && !t.contains(['。', '！', '？', '；'])
            && !t.ends_with(['：', ':', '，', ',', '、', '《', '“', '（', '('])
            && !furniture::is_chrome(&t)
            && !furniture::is_date_line(&t)
            && !furniture::is_person_name(&t)
            && !furniture::is_author_line(&t)
            && !furniture::is_subtitle(&t)
            && !furniture::is_document_number(&t)
            && furniture::annex_line(&t).is_none()
            && !furniture::is_toc_header(&t)
            && !t.starts_with(['（', '(', '【', '['])
            && !["盖章", "签章", "签字", "签名"]
                .iter()
                .any(|w| t.ends_with(w))
    }

    fn byline(&self, j: usize) -> bool {
        if !matches!(
            self.roles[j],
            Role::Text | Role::Furniture(gongwen_model::FurnitureRole::Author)
        ) || self.lines[j].mk.is_some()
            // (A Markdown heading, `### 其他`, is a section, not an author.)
            || self.md_heading(j)
        {
            return false;
        }
        let t = self.clean(j);
        // A form's `年  月  日` is no spaced-out name.
        let date_blank = t.contains('年') && t.contains('月');
        !date_blank && (furniture::is_person_name(&t) || furniture::is_author_line(&t))
    }

    /// Line `k` is itself a title over a byline: two bylines in a row, or
    /// a list of names, open no piece.
    fn piece_title_over_byline(&self, k: usize) -> bool {
        self.piece_title(k) && self.next_nonblank(k + 1).is_some_and(|m| self.byline(m))
    }
}
