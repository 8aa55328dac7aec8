//! Markup that is formatting, not text (outline spec convention 9): the
//! Markdown and HTML marks a web or Markdown export leaves in a line.
//!
//! * [`prefix_len`]: block prefixes before a line's content — `#`…`######`
//!   heading marks, `>` block quotes, `- ` `* ` `+ ` bullets and an opening
//!   `**` / `__` — so that `**一、总体要求**` and `> 1. 报名` start with
//!   their markers.
//! * [`strip`]: inline marks removed from a title or byline — `**` `__`
//!   emphasis, `` ` `` code marks, HTML tags and comments (`<br>`,
//!   `<!--more-->`), link syntax (`[文字](url)` → `文字`, `<https://…>` → nothing),
//!   kramdown attribute lists (`{:target="_blank"}`); not asterisks that
//!   mask a name (`贝**`, `*******`).
//!
//! Hand-written rather than a Markdown parser: the parser keeps every byte
//! in a span, line by line, and needs only where a line's content starts
//! and its visible text; a full CommonMark parse would give neither
//! (and would read `1.` items as lists).
//!
//! ```
//! use gongwen_parse::markup::{prefix_len, strip};
//! assert_eq!(prefix_len("## **一、总体要求**"), "## **".len());
//! assert_eq!(prefix_len("> 1. 报名"), "> ".len());
//! assert_eq!(prefix_len("一、总体"), 0);
//! assert_eq!(prefix_len("— 5 —第十一条　本细则"), "— 5 —".len());
//! assert_eq!(prefix_len("-3-5岁儿童"), 0);
//! assert_eq!(prefix_len("—2025—2027年行动计划"), 0);
//! assert_eq!(strip("总体要求**"), "总体要求");
//! assert_eq!(strip("证人贝**的证言"), "证人贝**的证言", "a masked name");
//! assert_eq!(strip("本手册归*******所有"), "本手册归*******所有");
//! assert_eq!(strip("**机关****BG和地区部**"), "机关BG和地区部");
//! assert_eq!(strip("王****"), "王****");
//! assert_eq!(strip("关于王****同志违纪问题的处理决定"), "关于王****同志违纪问题的处理决定");
//! assert_eq!(strip("[三十讲](a.pdf){:target=\"_blank\"}"), "三十讲");
//! assert_eq!(strip("一、深化理论武装 {#part1}").trim_end(), "一、深化理论武装");
//! assert_eq!(strip("见[通知](https://a.cn/x)<br>"), "见通知");
//! ```

use std::borrow::Cow;

/// Flags set before a marker to mark an item (`★一、` a substantive
/// requirement in a procurement file).
const FLAGS: &[char] = &['★', '☆', '▲', '△', '◆', '◇', '■', '□', '●', '※'];

/// True for an item flag: one of [`FLAGS`], or a character typed in a
/// symbol font (Wingdings, Symbol), which Word and WPS store in the private
/// use range U+F020–U+F0FF (`\u{F075}（6）及时纠正…`, a diamond bullet).
fn is_flag(c: char) -> bool {
    FLAGS.contains(&c) || ('\u{F020}'..='\u{F0FF}').contains(&c)
}

/// Length in bytes of the item flags (`★` `▲` …) and the white space after
/// them at the start of `line`: what is not markup in a Word paragraph but
/// still stands before its marker.
pub(crate) fn flags_len(line: &str) -> usize {
    let rest = line.trim_start_matches(|c| is_flag(c) || crate::marker::is_space(c));
    line.len() - rest.len()
}

/// The dashes a page number stands between (`— 3 —`, `- 3 -`).
pub(crate) const PAGE_DASHES: [char; 4] = ['—', '－', '–', '-'];

/// Length in bytes of a page marker `- 3 -` glued to the end of a line's
/// text (`…安全评价- 3 -`, print extracted to text where the page broke
/// mid-sentence); `None` where the line
/// holds no such marker right after text. The forms are those of
/// [`glued_page_marker_len`]; the text before the marker must not end in
/// a digit (`2021—2025—`) or white space (a 目录 entry's page number).
pub(crate) fn trailing_page_marker_len(line: &str) -> Option<usize> {
    let before_dash = line.strip_suffix(PAGE_DASHES)?;
    let rest = before_dash.trim_end_matches(crate::marker::is_space);
    let spaced = rest.len() < before_dash.len();
    let digits = rest.bytes().rev().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) || (line.ends_with('-') && !spaced) {
        return None;
    }
    let rest = rest[..rest.len() - digits].trim_end_matches(crate::marker::is_space);
    let rest = rest.strip_suffix(PAGE_DASHES)?;
    // (Glued, and after a sentence's worth of text: a 目录 entry sets its
    // page `- 3 -` apart by white space or leaders, `…通知……— 1 —`, and
    // keeps it; so does a short entry, `一、工作回顾—1—`. Spaces around the
    // number, as print sets a page number.)
    let leaders = ['…', '⋯', '·', '.', '．', '。', '…', '_', '-', '—'];
    (spaced
        && crate::text::char_len(rest) >= MIN_TEXT_BEFORE_PAGE_MARKER
        && !rest.contains(leaders[..3].as_ref())
        && rest.chars().next_back().is_some_and(|c| {
            !c.is_ascii()
                && !PAGE_DASHES.contains(&c)
                && !leaders.contains(&c)
                && !crate::marker::is_space(c)
        }))
    .then_some(line.len() - rest.len())
}

/// The least text (characters) before a page marker glued to the end of a
/// line: a sentence broken by the page, not a 目录 entry.
const MIN_TEXT_BEFORE_PAGE_MARKER: usize = 20;

/// Length in bytes of a page marker `— 5 —` (a dash, a page number of
/// one to four digits, a dash, white space around the number) at the start
/// of `line` when text follows it on the same line; `None` otherwise.
pub(crate) fn glued_page_marker_len(line: &str) -> Option<usize> {
    let after_dash = line.strip_prefix(PAGE_DASHES)?;
    let rest = after_dash.trim_start_matches(crate::marker::is_space);
    // (An ASCII hyphen only with white space around the number: `-3-5岁`
    // is a range.)
    let spaced = rest.len() < after_dash.len();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) || (line.starts_with('-') && !spaced) {
        return None;
    }
    let rest = rest[digits..].trim_start_matches(crate::marker::is_space);
    let rest = rest.strip_prefix(PAGE_DASHES)?;
    let text = rest.trim_start_matches(crate::marker::is_space);
    // (Nor a range or years, `—2025—2027年`: a digit after the marker
    // needs white space around the number, `— 10 —2.…`.)
    let range = text.starts_with(|c: char| c.is_ascii_digit()) && !spaced;
    let glued = !text.is_empty() && !range;
    glued.then_some(line.len() - rest.len())
}

/// True when `src` may hold markup that [`strip`] removes: a cheap test
/// that keeps plain text documents on the borrowed path.
pub fn may_hold_markup(src: &str) -> bool {
    let b = src.as_bytes();
    if memchr::memchr3(b'`', b'<', b'&', b).is_some() {
        return true;
    }
    // `{:` `{#`, `**`, `__` and `](`: one pass over the first bytes of the
    // pairs (building a substring finder per pair and line cost more than
    // the test).
    memchr::memchr3_iter(b'*', b'_', b']', b)
        .chain(memchr::memchr_iter(b'{', b))
        .any(|i| {
            let next = b.get(i + 1).copied();
            match b[i] {
                b']' => next == Some(b'('),
                b'{' => matches!(next, Some(b':' | b'#')),
                c => next == Some(c),
            }
        })
}

/// Length in bytes of the block markup at the start of `line` (after its
/// indentation has been skipped by the caller): heading marks `#`…`######`
/// followed by a space, or run straight into Chinese text as many
/// converters write them (`##第一章 企业文化`, `####1. 解除合同`; not a tag
/// `#话题`), block-quote marks `>`, a bullet `-` `*` `+`
/// followed by a space, and opening emphasis `**` / `__`, in any sequence.
pub fn prefix_len(line: &str) -> usize {
    let b = line.as_bytes();
    let mut at = 0;
    loop {
        let start = at;
        // `#`…`######` then a space (`##word##` is not a mark), or two or
        // more then text with no `#` after it (`##第一章`; `#话题` and
        // `#话题#` are tags).
        let hashes = b[at..].iter().take_while(|&&c| c == b'#').count();
        let spaced = matches!(b.get(at + hashes), Some(b' ' | b'\t'));
        let glued = hashes >= 2
            && b.get(at + hashes).is_some_and(|&c| {
                c >= 0x80 || c.is_ascii_digit() || matches!(c, b'`' | b'*' | b'[')
            })
            && !b[at + hashes..].contains(&b'#');
        if (1..=6).contains(&hashes) && (spaced || glued) {
            at += hashes;
        } else if b.get(at) == Some(&b'>')
            || (matches!(b.get(at), Some(b'-' | b'*' | b'+'))
                && matches!(b.get(at + 1), Some(b' ' | b'\t')))
        {
            // A block quote `>`, or a bullet followed by a space.
            at += 1;
        } else if b[at..].starts_with(b"**") || b[at..].starts_with(b"__") {
            at += 2;
        } else if let Some(n) = b
            .get(at)
            .filter(|&&c| c == b'<')
            .and_then(|_| tag_len(&line[at..]))
        {
            // An HTML tag (`<p id="c1">`) or comment before the content.
            at += n;
        } else if let Some(n) = entity_len(&line[at..]).filter(|_| b.get(at) == Some(&b'&')) {
            // `&emsp;&emsp;`: an indentation written as entities.
            at += n;
        } else if let Some(n) = glued_page_marker_len(&line[at..]) {
            // A page marker glued to the next page's first line (`— 5 —第十一条　…`,
            // print extracted to text): page furniture, outline spec
            // convention 16.
            at += n;
        } else if let Some(c) = line[at..].chars().next().filter(|&c| is_flag(c)) {
            // A flag before a marker (`★一、`, `▲1.`): outline spec convention 11.
            at += c.len_utf8();
        } else if let Some(c) = line[at..].chars().next().filter(|&c| {
            ('\u{2474}'..='\u{2487}').contains(&c) || ('\u{2460}'..='\u{2473}').contains(&c)
        }) {
            // A note mark left before a marker (`⑴（一）七月二十日…`, text
            // extraction moving a note number to the line start) is passed
            // like a flag; on its own it is a marker.
            let after = &line[at + c.len_utf8()..];
            if after.starts_with(['（', '(']) && crate::marker::line_marker(after).is_some() {
                at += c.len_utf8();
            }
        }
        if at == start {
            return at;
        }
        // Spaces after a mark belong to it.
        at += line[at..].len() - line[at..].trim_start_matches([' ', '\t', '\u{3000}']).len();
    }
}

/// `s` without inline markup (borrowed when there is none).
pub fn strip(s: &str) -> Cow<'_, str> {
    if !may_hold_markup(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    // Runs of exactly two asterisks: an odd count leaves one unpaired.
    let pairs_odd = s.split(|c| c != '*').filter(|run| run.len() == 2).count() % 2 == 1;
    // Inside a bold span opened by a `**` run.
    let mut bold = false;
    while let Some(c) = rest.chars().next() {
        if c == '*' {
            let run = rest.len() - rest.trim_start_matches('*').len();
            // `**机关****BG和…**`: a bold span closed and opened again (a
            // converter's runs), not a mask — inside bold, or where the
            // opening `**` lies before the text given (an unpaired `**`).
            // Elsewhere four asterisks mask a name (`关于王****同志…`).
            if run == 4 && (bold || pairs_odd) {
                rest = &rest[4..];
                continue;
            }
            if run == 2 {
                bold = !bold;
            }
            // A name or a number masked (`贝**的证言`, `本手册归*******所有`):
            // four asterisks or more, or an unpaired `**` inside a word,
            // are text, not emphasis.
            let before = out.chars().next_back();
            let after = rest[run..].chars().next();
            let inside = |c: Option<char>| c.is_some_and(crate::text::is_ideograph);
            if run >= 4 || (run == 2 && pairs_odd && inside(before) && inside(after)) {
                out.push_str(&rest[..run]);
                rest = &rest[run..];
                continue;
            }
        }
        if rest.starts_with("**") || rest.starts_with("__") {
            rest = &rest[2..];
            continue;
        }
        if c == '`' {
            rest = &rest[1..];
            continue;
        }
        // A kramdown attribute list (`[链接](u){:target="_blank"}`).
        if rest.starts_with("{:") {
            if let Some(end) = rest.find('}') {
                rest = &rest[end + 1..];
                continue;
            }
        }
        // A heading's id or class ending the line (Pandoc, kramdown,
        // VitePress: `一、深化理论武装 {#part1}`).
        if rest.starts_with("{#") || rest.starts_with("{.") {
            if let Some(end) = rest.find('}') {
                let attr = &rest[2..end];
                if !attr.is_empty()
                    && attr
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-_ .#=".contains(&b))
                    && rest[end + 1..].trim().is_empty()
                {
                    rest = &rest[end + 1..];
                    continue;
                }
            }
        }
        if c == '<' {
            if let Some(n) = tag_len(rest) {
                rest = &rest[n..];
                continue;
            }
        }
        if c == '&' {
            if let Some(n) = entity_len(rest) {
                out.push(' ');
                rest = &rest[n..];
                continue;
            }
        }
        if c == '[' {
            if let Some((text, n)) = link(rest) {
                out.push_str(text);
                rest = &rest[n..];
                continue;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// Length of a white-space entity at the start of `s`: `&emsp;` `&ensp;`
/// `&nbsp;` `&#12288;` `&#160;` `&#x3000;`.
fn entity_len(s: &str) -> Option<usize> {
    const SPACES: &[&str] = &[
        "&emsp;", "&ensp;", "&nbsp;", "&thinsp;", "&#12288;", "&#160;", "&#x3000;", "&#32;",
    ];
    SPACES.iter().find(|e| s.starts_with(**e)).map(|e| e.len())
}

/// Length of an HTML tag, comment or autolink at the start of `s`.
fn tag_len(s: &str) -> Option<usize> {
    if let Some(body) = s.strip_prefix("<!--") {
        return body.find("-->").map(|e| 4 + e + 3);
    }
    let end = s.find('>')?;
    let inner = &s[1..end];
    let name = inner.strip_prefix('/').unwrap_or(inner);
    let autolink = inner.starts_with("http://") || inner.starts_with("https://");
    let tag = name
        .as_bytes()
        .first()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && name
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || b" =\"'/-_:;.#%".contains(&c));
    ((autolink || tag) && !inner.contains('<') && end <= 200).then_some(end + 1)
}

/// `[text](url)` at the start of `s`: the text and the whole length.
fn link(s: &str) -> Option<(&str, usize)> {
    let close = s.find("](")?;
    let text = &s[1..close];
    if text.contains(['[', ']']) {
        return None;
    }
    let url = &s[close + 2..];
    let end = url.find(')')?;
    (!url[..end].contains(char::is_whitespace)).then_some((text, close + 2 + end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(prefix_len("# 标题"), 2);
        assert_eq!(prefix_len("####### 七个"), 0, "seven # are no heading mark");
        assert_eq!(prefix_len("#话题"), 0);
        assert_eq!(prefix_len("##第一章 总则"), 2);
        assert_eq!(prefix_len("####1. 解除合同"), 4);
        assert_eq!(prefix_len("##话题##"), 0);
        assert_eq!(prefix_len("- 1. 报名"), 2);
        assert_eq!(prefix_len("-1-"), 0, "a page number is no bullet");
        assert_eq!(prefix_len("**陈学伟**"), 2);
        assert_eq!(prefix_len(">> 引文"), 3);
        assert_eq!(
            prefix_len("<p id=\"c1\">&emsp;&emsp;一、会议指出"),
            "<p id=\"c1\">&emsp;&emsp;".len()
        );
    }

    #[test]
    fn inline_marks() {
        assert_eq!(
            strip("环境学院：开放引人** **分类育才**"),
            "环境学院：开放引人 分类育才"
        );
        assert_eq!(strip("a<!--more-->b"), "ab");
        assert_eq!(strip("见<https://x.cn/a>"), "见");
        assert_eq!(strip("1<2且3>1"), "1<2且3>1", "comparisons are text");
        assert_eq!(strip("[1]见"), "[1]见", "a bracket without a link is text");
        assert_eq!(strip("`代码`"), "代码");
    }

    #[test]
    fn markup_candidates() {
        for s in [
            "**重点",
            "a__b",
            "x`y",
            "<br>",
            "&emsp;",
            "[通知](u)",
            "标题{#id}",
            "{:.c}",
        ] {
            assert!(may_hold_markup(s), "{s}");
        }
        for s in [
            "一、总体要求",
            "*单个",
            "_a_b",
            "[1]见",
            "a]b(",
            "](",
            "*",
            "{a}",
            "{",
        ] {
            assert_eq!(may_hold_markup(s), s == "](", "{s}");
        }
    }
}
