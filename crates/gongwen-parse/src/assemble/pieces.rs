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
//! Notices published together (a news post carrying an organ's 第33号 and
//! 第34号公告, a page of competition notices) open each piece without a
//! byline: a document title (it names its genre, `…公告`, or opens with
//! `关于`) over its date in brackets (`（2021年10月30日）`) or over its
//! addressee (`各位参赛团队：`). Those are pieces too, and their date or
//! addressee line gives no row. A later notice starts after the earlier
//! one has ended (its last line ends a sentence, or is its date or its
//! organ), not after a line that introduces it (`现转发如下：`), and not
//! inside an annex (a template notice).
//!
//! A title that repeats the previous piece's, or that the previous piece's
//! covering title names (`关于印发《X》的通知` … `X`), is that piece's
//! enclosure, not a piece.
//!
//! Runs only where no 目录 made articles. Linear: each line looks at the
//! next two non-blank lines and compares its title with the previous
//! piece's.

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
/// The longest addressee line that opens a notice (characters).
const MAX_ADDRESSEE: usize = 30;

impl Assembler<'_> {
    /// Marks the articles and bylines of a compilation without a 目录.
    pub(super) fn pieces(&mut self) {
        if self.roles.iter().any(|r| matches!(r, Role::Article(_))) {
            return;
        }
        let n = self.lines.len();
        // (title line, its second line if any, the byline or the notice's
        // date or addressee, whether it is a byline)
        let mut found: Vec<(usize, Option<usize>, usize, bool)> = Vec::new();
        // Indices into `found` of the notices.
        let mut notices: Vec<usize> = Vec::new();
        // The first annex label, looked for once a notice is met: a notice
        // past it is the annex's (a template).
        let mut first_annex: Option<Option<usize>> = None;
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
            // A title that repeats the previous piece's, or that its
            // covering title names (`关于印发《X》的通知` … `X`), is that
            // piece's enclosure, not a piece.
            let enclosed = || {
                found.last().is_some_and(|&(f, _, _, _)| {
                    let (seen, t) = (self.clean(f), self.clean(i));
                    furniture::same_title(&seen, &t) || furniture::names_title(&seen, &t)
                })
            };
            let mut notice = false;
            // The title may run over two lines right above the byline
            // (`不断严密党的组织体系` / `在稳疆兴疆中充分彰显组织优势`).
            let opening = if self.byline(j) {
                Some((None, j))
            } else if self.notice_opening(i, j)
                && (notices.is_empty() || self.ended(i))
                && first_annex
                    .get_or_insert_with(|| {
                        (0..n).find(|&k| {
                            matches!(
                                furniture::annex_line(&self.clean(k)),
                                Some(furniture::AnnexLine::Annex { .. })
                            )
                        })
                    })
                    .is_none_or(|a| i < a)
            {
                notice = true;
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
            match opens.filter(|_| !enclosed()) {
                Some((more, by)) => {
                    if notice {
                        notices.push(found.len());
                    }
                    found.push((i, more, by, !notice));
                    i = by + 1;
                }
                None => i += 1,
            }
        }
        // Notices published together: the first is the document's title
        // line, and another follows. Otherwise a title over a date or an
        // addressee is a single document's (or a section's) own.
        let together =
            notices.len() >= MIN_PIECES && matches!(self.roles[found[notices[0]].0], Role::Title);
        if !together && !notices.is_empty() {
            let mut k = 0;
            found.retain(|_| {
                k += 1;
                notices.binary_search(&(k - 1)).is_err()
            });
        }
        if found.len() < MIN_PIECES {
            return;
        }
        for (i, more, j, byline) in found {
            self.roles[i] = Role::Article(None);
            if let Some(m) = more {
                self.roles[m] = Role::TocPart;
                self.lines[m].mk = None;
            }
            self.lines[i].mk = None;
            if byline {
                self.roles[j] = Role::Byline;
                self.lines[j].mk = None;
            }
        }
    }

    /// The text above line `i` has ended: its last line ends a sentence, or
    /// is a date or an organ's name (a sign-off).
    fn ended(&self, i: usize) -> bool {
        self.prev_nonblank(i, 0).is_some_and(|p| {
            let t = self.clean(p);
            crate::text::ends_closed(&t) && !t.ends_with(['：', ':'])
                || furniture::is_date_line(&t)
                || furniture::is_issuer_mark(&t)
        })
    }

    /// Line `i` is a document's title and line `j` below it its date in
    /// brackets or its addressee: how a notice opens when several are
    /// published together.
    fn notice_opening(&self, i: usize, j: usize) -> bool {
        let title = self.clean(i);
        if !(furniture::ends_with_genre(&title) || title.contains("关于"))
            || self.lines[j].mk.is_some()
            || !matches!(
                self.roles[j],
                Role::Text
                    | Role::Furniture(
                        gongwen_model::FurnitureRole::Date
                            | gongwen_model::FurnitureRole::Addressee
                            | gongwen_model::FurnitureRole::Subtitle
                    )
            )
        {
            return false;
        }
        let t = self.clean(j);
        let dated = t
            .strip_prefix(['（', '('])
            .and_then(|r| r.strip_suffix(['）', ')']))
            .is_some_and(furniture::is_date_line);
        // An addressee names whom it addresses (`各位参赛团队：`,
        // `尊敬的用户：`, `市政府各部门：`), not what follows
        // (`…有如下各种表现：`).
        let addressed = furniture::is_addressee(&t)
            && char_len(&t) <= MAX_ADDRESSEE
            && (t.starts_with('各')
                || t.starts_with("尊敬的")
                || furniture::is_issuer_mark(t.trim_end_matches(['：', ':'])));
        dated || addressed
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
            && !super::is_code_or_foreign(&t)
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
        !date_blank
            && (furniture::is_person_name(&t)
                || furniture::is_author_line(&t)
                || furniture::is_signed_byline(&t))
    }

    /// Line `k` is itself a title over a byline: two bylines in a row, or
    /// a list of names, open no piece.
    fn piece_title_over_byline(&self, k: usize) -> bool {
        self.piece_title(k) && self.next_nonblank(k + 1).is_some_and(|m| self.byline(m))
    }
}
