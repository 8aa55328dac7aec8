//! Rule `hidden`: lines the other rules treat as absent — a file's own front
//! matter (outline spec convention 8) and page furniture (convention 16).
//!
//! * YAML front matter: a first line `---` up to the next `---` (or `...`)
//!   line, at most [`MAX_FRONT_MATTER`] lines below it.
//! * A scraper's record opening the file: a `#` label over bullet fields
//!   with ASCII keys (`- corpus_id: …` `- title: …`) and a `---` rule.
//! * A scraper's notes: the `> ` lines that open the document (after any
//!   front matter), above its own title, and the short label after a lone
//!   `>` (a breadcrumb over lines: `>` / `政务公开` / `>` / `政策发布`); a web
//!   reader's header
//!   (`Title: …` / `URL Source: …` / `Published Time: …` /
//!   `Markdown Content:`) opening the file.
//! * A web page's navigation in Markdown: a line whose text is nothing but
//!   links or images (`*   [用户登录](https://…)`, `[](javascript:void(0))`,
//!   `![Image 1: 关注](…)`); not links within the page (`(#第一章)`), which
//!   a 目录 makes.
//! * A web page's own `<title>` opening a scrape (`页面标题_栏目_网站`)
//!   where the page's heading comes again below the navigation (whole or
//!   broken over lines, not as a metadata field's value): the heading is
//!   the title.
//! * An annex label standing alone on the first line (`附件5`, `附件：`):
//!   the file is itself the annex, the title follows the label (on the
//!   next line, or on the label's own: `附件1　某某论坛报名表`).
//! * A cover page's field lines (`项目编号：…` `编制单位：…`, a
//!   standard's `ICS 27.120.99` `GB/T 9704—2012` `（征求意见稿）`, two or
//!   more above the first numbered line or 目录, with short codes such as
//!   `F65` among them): never the title, which is then the first
//!   title-like line (convention 14).
//! * Markdown rules: setext underlines and thematic breaks (`----`,
//!   `====`, `***`).
//! * Page markers (`==========第3页==========`, `- 3 -`, `— 3 —`,
//!   `第3页`, `第 3 页 共 9 页`) and bare page-number lines, where the
//!   document holds at least [`MIN_PAGE_NUMBERS`] bare numbers that mostly
//!   ascend (a column of figures does not).
//!
//! A hidden line becomes a chrome furniture node; [`Assembler::blank`]
//! reports it as blank, so a title or heading wrapped across a page break
//! joins as if the page marker were not there. One pass over the lines,
//! one more over the bare numbers: linear.
//!
//! Example: `---` / `标题: 关于…的通知` / `---` / `> 本文由脚本提取` /
//! `关于…的通知` gives the title row at line 5 only.

use super::{Assembler, Role};
use crate::furniture;
use crate::text::{char_len, trim};
use gongwen_model::FurnitureRole;

/// The longest YAML front matter looked for (lines).
const MAX_FRONT_MATTER: usize = 200;
/// The longest web reader's header looked for (lines).
const MAX_READER_HEADER: usize = 12;
/// How far below a web reader's header the page's own title is looked for
/// (lines of navigation).
const MAX_NAVIGATION: usize = 400;
/// The longest periodical name read as a masthead (characters).
const MAX_MASTHEAD: usize = 16;
/// Field lines that make a cover page.
const MIN_COVER_FIELDS: usize = 2;
/// Bullet fields that make a scraper's record under a `#` label.
const MIN_RECORD_FIELDS: usize = 3;

/// A scraper's record field: `- key: value`, the key ASCII (`corpus_id`).
fn is_record_field(t: &str) -> bool {
    t.strip_prefix("- ")
        .or_else(|| t.strip_prefix("* "))
        .and_then(|r| r.split_once(": "))
        .is_some_and(|(key, _)| {
            !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        })
}

/// The longest label of a breadcrumb set over lines (characters).
const MAX_CRUMB: usize = 12;
/// Bare number lines needed before any of them is read as a page number.
const MIN_PAGE_NUMBERS: usize = 3;

/// The longest label (characters) of a pipeline header's field.
const FIELD_LABEL_CHARS: usize = 6;

impl Assembler<'_> {
    /// Marks front matter and page furniture as [`Role::Hidden`].
    pub(super) fn hidden(&mut self) {
        let n = self.lines.len();
        // A line that is only an HTML comment in a Markdown file (a blog's
        // `<!--more-->` summary break, which may fall inside a sentence):
        // markup that text runs across, as across a page break.
        if self.has_markup {
            for k in 0..n {
                if self.is_html_comment(k) {
                    self.hide(k);
                }
            }
        }
        let mut i = 0;
        // YAML front matter.
        if let Some(first) = (0..n.min(3)).find(|&k| !self.raw_blank(k)) {
            if self.raw_text(first) == "---" {
                let close = (first + 1..n.min(first + 1 + MAX_FRONT_MATTER))
                    .find(|&k| matches!(self.raw_text(k), "---" | "..."));
                if let Some(close) = close {
                    for k in first..=close {
                        self.hide(k);
                    }
                    i = close + 1;
                }
            }
        }
        // A web reader's header: `Title:` `URL Source:` `Published Time:`
        // up to `Markdown Content:`.
        if let Some(first) = (i..n.min(i + 3)).find(|&k| !self.raw_blank(k)) {
            if self.raw_text(first).starts_with("Title:") {
                let close = (first + 1..n.min(first + 1 + MAX_READER_HEADER))
                    .find(|&k| self.raw_text(k) == "Markdown Content:");
                let fields = (first..close.unwrap_or(first)).all(|k| {
                    self.raw_blank(k) || {
                        let t = self.raw_text(k);
                        [
                            "Title:",
                            "URL Source:",
                            "Published Time:",
                            "Description:",
                            "Warning:",
                        ]
                        .iter()
                        .any(|f| t.starts_with(f))
                    }
                });
                if let (Some(close), true) = (close, fields) {
                    for k in first..=close {
                        if !self.raw_blank(k) {
                            self.hide(k);
                        }
                    }
                    i = close + 1;
                    // The page's own heading that the header's title names
                    // (`Title: X - 某市人民政府门户网站` over `# X`), below the
                    // site's navigation: the title.
                    let named = trim(&self.raw_text(first)["Title:".len()..]);
                    let page = named
                        .rsplit_once(" - ")
                        .or_else(|| named.rsplit_once(" | "))
                        .or_else(|| named.rsplit_once('_'))
                        .map_or(named, |(page, _)| trim(page));
                    if !page.is_empty() {
                        let heading = (i..n.min(i + MAX_NAVIGATION)).find(|&k| {
                            let t = self.raw_text(k);
                            t.starts_with('#')
                                && furniture::same_title(t.trim_start_matches(['#', ' ']), page)
                        });
                        if let Some(k) = heading.filter(|_| self.title_hint.is_none()) {
                            self.title_hint = Some(k);
                        }
                    }
                }
            }
        }
        // A pipeline's header of `#` comment lines holding fields
        // (`# 规范: …` / `# 条文范围:3.1-3.2.8` / `# 类型:正文`), closed by a
        // blank line: notes about the file, not its text.
        if let Some(first) = (i..n.min(i + 3)).find(|&k| !self.raw_blank(k)) {
            let mut k = first;
            while k < n && is_field_comment(self.raw_text(k)) {
                k += 1;
            }
            if k - first >= MIN_RECORD_FIELDS && (k == n || self.raw_blank(k)) {
                for x in first..k {
                    self.hide(x);
                }
                i = k;
            }
        }
        // A scraper's record: a `#` label over bullet fields with ASCII
        // keys (`- corpus_id: …`, `- title: …`, `- source_url: …`) closed
        // by a `---` rule.
        if let Some(first) = (i..n.min(i + 3)).find(|&k| !self.raw_blank(k)) {
            if self.raw_text(first).starts_with('#') {
                let mut k = first + 1;
                let mut fields = 0;
                while k < n && (self.raw_blank(k) || is_record_field(self.raw_text(k))) {
                    fields += usize::from(!self.raw_blank(k));
                    k += 1;
                }
                if fields >= MIN_RECORD_FIELDS && k < n && self.raw_text(k) == "---" {
                    for x in first..=k {
                        if !self.raw_blank(x) {
                            self.hide(x);
                        }
                    }
                    i = k + 1;
                }
            }
        }
        // A scraper's notes: `> ` lines opening the document.
        while i < n {
            if self.raw_blank(i) {
                i += 1;
                continue;
            }
            if !self.raw_text(i).starts_with('>') {
                break;
            }
            self.hide(i);
            i += 1;
            // A breadcrumb's separators on lines of their own (`>` /
            // `政务公开` / `>` / `政策发布`): the label after each is
            // navigation too (Markdown's lazy continuation of the quote).
            if matches!(self.raw_text(i - 1), ">" | ">>") && i < n && !self.raw_blank(i) {
                let t = self.raw_text(i);
                if !t.starts_with('>')
                    && crate::text::char_len(t) <= MAX_CRUMB
                    && !t.contains(['。', '！', '？', '；', '，', '：'])
                {
                    self.hide(i);
                    i += 1;
                }
            }
        }
        // A web page's own `<title>` opening a scrape (`页面标题_栏目_网站`,
        // `…的通知_委局文件_政务公开`) where the page's heading comes again
        // below the site's navigation, whole or broken over lines: the
        // heading is the title, the `<title>` line chrome (convention 8).
        if let Some(first) = (i..n.min(i + 3)).find(|&k| !self.raw_blank(k)) {
            if let Some(head) = page_title_head(self.raw_text(first)) {
                let squeeze =
                    |t: &str| -> String { t.chars().filter(|&c| !c.is_whitespace()).collect() };
                let head = squeeze(head);
                let found = (first + 1..n.min(first + 1 + MAX_NAVIGATION)).find_map(|k| {
                    let mut text = squeeze(self.raw_text(k));
                    if crate::text::char_len(&text) < MIN_TITLE_PART || !head.starts_with(&text) {
                        return None;
                    }
                    // (Not the value of a metadata field: `名 称 ：` / `…`.)
                    let field_value = (first + 1..k)
                        .rev()
                        .find(|&p| !self.raw_blank(p))
                        .is_some_and(|p| self.raw_text(p).ends_with(['：', ':']));
                    if field_value {
                        return None;
                    }
                    // The heading broken over the lines below it.
                    let mut parts = Vec::new();
                    let mut j = k + 1;
                    while text.len() < head.len() && j < n && !self.raw_blank(j) {
                        text.push_str(&squeeze(self.raw_text(j)));
                        if !head.starts_with(&text) {
                            return None;
                        }
                        parts.push(j);
                        j += 1;
                    }
                    (text == head).then_some((k, parts))
                });
                if let Some((k, parts)) = found.filter(|_| self.title_hint.is_none()) {
                    self.hide(first);
                    i = first + 1;
                    self.title_hint = Some(k);
                    self.title_more = parts;
                }
            }
        }
        // A file that opens with an annex label standing alone (`附件5`,
        // `附件：`, published on its own) is itself the annex: the label gives
        // no row and the title follows it (outline spec convention 3).
        // (A stray number above it, a text box's page number, is passed.)
        let opening =
            (i..n).find(|&k| !self.raw_blank(k) && bare_number(self.raw_text(k)).is_none());
        if let Some(k) = opening.filter(|&k| k < i + 4) {
            let t = self.raw_text(k);
            if let Some(furniture::AnnexLine::Annex { label_end }) = furniture::annex_line(t) {
                // `附录B（资料性附录）`: the label with only its kind.
                let rest = trim(&t[label_end.min(t.len())..]);
                let kind_only = rest.starts_with(['（', '('])
                    && rest.ends_with(['）', ')'])
                    && crate::text::char_len(rest) <= 12;
                if label_end >= t.len() || kind_only {
                    self.hide(k);
                } else if self.title_hint.is_none() && self.lines[k].mk.is_none() {
                    // `附件1　某某论坛报名表` on one line: the rest of the
                    // line is the title.
                    self.title_hint = Some(k);
                    self.title_label = Some(self.lines[k].ind + label_end);
                }
            }
        }
        // A periodical's masthead: a short name right above its issue
        // number (`学习参考材料` / `第二期`, a 简报's 报头), never the title.
        let front: Vec<usize> = (i..n.min(i + 12))
            .filter(|&k| !self.raw_blank(k))
            .take(6)
            .collect();
        for w in front.windows(2) {
            let (name, issue) = (self.raw_text(w[0]), self.raw_text(w[1]));
            if furniture::is_issue_number(issue)
                && crate::text::char_len(name) <= MAX_MASTHEAD
                && self.lines[w[0]].mk.is_none()
                && !name.contains(['。', '，', '：'])
                // (A 纪要's own mark over its number is its 版头: rule `title`
                // and the elements read it.)
                && !furniture::is_issuer_mark(name)
            {
                self.hide(w[0]);
                self.masthead = Some(w[0]);
            }
        }
        // A cover page's field lines (`项目编号：…`, `编制单位：…`): two or
        // more above the first numbered line or 目录.
        let mut fields = Vec::new();
        let mut codes = Vec::new();
        for k in 0..n.min(super::FRONT_WINDOW) {
            if self.raw_blank(k) {
                continue;
            }
            // (Bold as a converter sets a cover: `**AQ/T 9007-2019**`.)
            let t = crate::markup::strip(self.raw_text(k));
            let t = t.as_ref();
            if self.lines[k].mk.is_some() || furniture::is_toc_header(t) {
                break;
            }
            if furniture::is_field_line(t) || furniture::is_standard_cover_line(t) {
                fields.push(k);
            } else if is_code_line(t) {
                codes.push(k);
            }
        }
        // Short codes among a cover's fields (a standard's `F65`, `NB`).
        if fields.len() >= MIN_COVER_FIELDS {
            fields.extend(codes);
        }
        if fields.len() >= MIN_COVER_FIELDS {
            self.cover = true;
            for k in fields {
                self.hide(k);
            }
        }
        // Page markers, and bare numbers that count pages.
        let mut numbers: Vec<(usize, u32)> = Vec::new();
        for k in 0..n {
            // A table cell's number is the table's, not a page's; an
            // automatic list's number alone (rule `layout`) is a heading's.
            if self.raw_blank(k) || self.roles[k] == Role::Cell || self.lines[k].mk.is_some() {
                continue;
            }
            let t = self.raw_text(k);
            if is_page_marker(t)
                || is_rule_line(t)
                || (self.has_markup && only_links(t) && !clipped_title(t))
            {
                self.hide(k);
            } else if let Some(v) = bare_number(t) {
                numbers.push((k, v));
            }
        }
        if numbers.len() >= MIN_PAGE_NUMBERS {
            let ascending = numbers.windows(2).filter(|w| w[1].1 > w[0].1).count();
            if ascending * 4 >= (numbers.len() - 1) * 3 {
                for (k, _) in numbers {
                    self.hide(k);
                }
            }
        }
    }

    fn hide(&mut self, k: usize) {
        self.roles[k] = Role::Hidden(FurnitureRole::Chrome);
        self.lines[k].mk = None;
    }

    /// True when line `k` is only an HTML comment (`<!--more-->`).
    pub(super) fn is_html_comment(&self, k: usize) -> bool {
        let t = self.raw_text(k);
        t.starts_with("<!--") && t.ends_with("-->")
    }

    /// The line's text between indentation and trailing space, markup included.
    fn raw_text(&self, k: usize) -> &str {
        let l = &self.lines[k];
        &self.src[l.ind..l.cend.max(l.ind)]
    }

    fn raw_blank(&self, k: usize) -> bool {
        self.lines[k].is_blank()
    }
}

/// A Markdown line whose text is nothing but links and images (web
/// navigation): `*   [用户登录](https://…)`, `[](javascript:void(0))`,
/// `#### [微信](…)`, `*   ![Image 1: 关注](…)关注`, with nothing but list
/// marks, heading marks and white space outside them (the alt text of an
/// image may be repeated after it).
fn only_links(t: &str) -> bool {
    let mut rest = t.trim_start_matches(['*', '-', '+', '#', ' ', '\t']);
    let mut links = 0;
    loop {
        rest = rest.trim_start_matches([' ', '\t']);
        if rest.is_empty() {
            return links > 0;
        }
        let Some(body) = rest.strip_prefix('!').unwrap_or(rest).strip_prefix('[') else {
            // Text after an image that repeats part of its alt text.
            return links > 0 && image_caption(t, rest);
        };
        // The link text may hold one nested image: `[![alt](src)text](href)`.
        let Some(close) = link_text_end(body) else {
            return false;
        };
        let Some(after) = body[close + 1..].strip_prefix('(') else {
            return false;
        };
        let Some(end) = after.find(')') else {
            return false;
        };
        // A link within the page (`[第一章 总则](#第一章)`) is a 目录's entry,
        // not the site's navigation.
        if after.starts_with('#') {
            return false;
        }
        links += 1;
        rest = &after[end + 1..];
    }
}

/// The shortest link text (characters) read as a clipped page's title.
const CLIPPED_TITLE_CHARS: usize = 8;

/// A web clipper's first line: a level-one heading that is one link whose
/// text reads as a title (`# [四川省政协主席田向利：以改革举措加强国家战略腹地建设](https://mp.weixin.qq.com/…)`),
/// not navigation (`# [首页](…)`): the page's title, its link markup.
fn clipped_title(t: &str) -> bool {
    let Some(body) = t
        .strip_prefix("# ")
        .and_then(|r| r.trim_start().strip_prefix('['))
    else {
        return false;
    };
    let Some(close) = link_text_end(body) else {
        return false;
    };
    let text = &body[..close];
    let Some(after) = body[close + 1..].strip_prefix('(') else {
        return false;
    };
    after
        .find(')')
        .is_some_and(|e| after[e + 1..].trim().is_empty())
        && !text.contains(['[', '!'])
        && crate::text::char_len(text.trim()) >= CLIPPED_TITLE_CHARS
}

/// Where the text of a link opened by `[` ends (its `]`), past one nested
/// `[…](…)`.
fn link_text_end(body: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (k, c) in body.char_indices() {
        match c {
            '[' => depth += 1,
            ']' if depth == 0 => return Some(k),
            ']' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// True when `tail`, the text after a line's images, is short and part of
/// an image's alt text on that line (`![Image 1: 关注 · 手机版](…)关注 · 手机版`).
fn image_caption(line: &str, tail: &str) -> bool {
    let tail = trim(tail);
    crate::text::char_len(tail) <= 20 && line[..line.len() - tail.len()].contains(tail)
}

/// The page's heading in a web page's `<title>` line: the part before
/// `_` (or ` - `, ` | `), where what follows is one or more short names of
/// the site and its sections (`_委局文件_政务公开`, `_国家能源局山东监管办公室`).
fn page_title_head(t: &str) -> Option<&str> {
    let t = trim(t);
    let (head, rest) = t
        .split_once('_')
        .or_else(|| t.split_once(" - "))
        .or_else(|| t.split_once(" | "))?;
    let head = trim(head);
    let sections_only = rest.split(['_', '-', '|']).all(|part| {
        let part = trim(part);
        !part.is_empty()
            && crate::text::char_len(part) <= MAX_SITE_PART
            && !part.contains(['。', '，', '；', '：', '！', '？'])
    });
    (crate::text::char_len(head) >= MIN_TITLE_PART && sections_only).then_some(head)
}

/// The longest bracketed page marker (characters): `【第 7 页|正文页 1】`.
const MAX_BRACKETED_MARKER: usize = 24;
/// The longest site or section name after a page's heading (characters).
const MAX_SITE_PART: usize = 24;
/// The shortest page heading, or part of it on a line of its own, matched
/// (characters).
const MIN_TITLE_PART: usize = 6;

/// `==========第3页==========`, `- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 9 页`,
/// and a page marker an extraction pipeline writes in brackets with the
/// printed page after it (`【第 7 页|正文页 1】`).
fn is_page_marker(t: &str) -> bool {
    if let Some(inner) = t
        .strip_prefix('【')
        .and_then(|r| r.strip_suffix('】'))
        .filter(|r| char_len(r) <= MAX_BRACKETED_MARKER)
    {
        let first = inner.split(['|', '｜']).next().unwrap_or(inner);
        return first.len() < t.len() && is_page_marker(trim(first));
    }
    let mark = |c: char| c == '=' || crate::markup::PAGE_DASHES.contains(&c);
    let inner = trim(t.trim_matches(|c: char| mark(c) || matches!(c, ' ' | '\u{3000}')));
    if inner.len() < t.len() && bare_number(inner).is_some() {
        // `- 3 -` and `— 3 —` need the marks on both sides.
        let open = t.starts_with(mark);
        let close = t.ends_with(mark);
        return open && close;
    }
    // `第3页`, optionally `共9页` after it.
    let Some(s) = inner.strip_prefix('第') else {
        return false;
    };
    let s = trim(s);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let Some(rest) = trim(&s[digits..]).strip_prefix('页') else {
        return false;
    };
    let rest = trim(rest);
    (1..=5).contains(&digits)
        && (rest.is_empty()
            || rest.strip_prefix('共').is_some_and(|r| {
                let r = trim(r);
                let d = r.bytes().take_while(u8::is_ascii_digit).count();
                d > 0 && trim(&r[d..]) == "页"
            }))
}

/// A Markdown setext underline or thematic break: `----`, `====`, `***`,
/// `___` (three or more, spaces allowed between).
fn is_rule_line(t: &str) -> bool {
    // Runs on every line: no allocation, and most lines fail at the first
    // character.
    let mut chars = t.chars().filter(|c| !c.is_whitespace());
    let Some(first) = chars.next().filter(|c| matches!(c, '-' | '=' | '*' | '_')) else {
        return false;
    };
    let mut n = 1;
    for c in chars {
        if c != first {
            return false;
        }
        n += 1;
    }
    n >= 3
}

/// A line that is only a number of at most four digits.
fn bare_number(t: &str) -> Option<u32> {
    let t = trim(t);
    (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// A short code of Latin capitals and digits alone on its line (`F65`,
/// `NB`): a cover page's classification, never a title.
fn is_code_line(t: &str) -> bool {
    (1..=8).contains(&t.len())
        && t.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && t.bytes().any(|b| b.is_ascii_uppercase())
}

/// A comment line holding a field: `#`, then a short label and a colon
/// within its first characters (`# 规范: …`, `# 类型:正文`, `# 章 3:体系结构`).
fn is_field_comment(t: &str) -> bool {
    t.strip_prefix('#')
        .filter(|r| !r.starts_with('#'))
        .map(|r| r.trim_start())
        .and_then(|r| r.find([':', '：']).map(|at| (r, at)))
        .is_some_and(|(r, at)| at > 0 && r[..at].chars().count() <= FIELD_LABEL_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_lines() {
        for t in ["---", "= = =", "****", "___"] {
            assert!(is_rule_line(t), "{t:?} is a rule");
        }
        for t in ["--", "-=-", "- 3 -", "一、"] {
            assert!(!is_rule_line(t), "{t:?} is no rule");
        }
    }

    #[test]
    fn page_markers() {
        for t in [
            "==========第1页==========",
            "- 3 -",
            "— 12 —",
            "第3页",
            "第 3 页 共 9 页",
        ] {
            assert!(is_page_marker(t), "{t:?} is a page marker");
        }
        for t in ["第一页", "3", "-3", "第3页的表格", "2026"] {
            assert!(!is_page_marker(t), "{t:?} is no page marker");
        }
    }
}
