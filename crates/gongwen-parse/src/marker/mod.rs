//! Numbering-marker grammars (nom), one file per family:
//!
//! | file | family | forms |
//! |---|---|---|
//! | `capital.rs` | [`MarkerFamily::Capital`] | `壹、` `貳、` `參、` |
//! | `cn_comma.rs` | [`MarkerFamily::CnEnum`] | `一、` (`一．` `一.` nonstandard), `一　标题` |
//! | `cn_paren.rs` | [`MarkerFamily::CnParen`] | `（一）` `(一)` `㈠` |
//! | `arabic_dot.rs` | [`MarkerFamily::ArabicEnum`] | `1.` `1．` `1、` `⒈` |
//! | `arabic_paren.rs` | [`MarkerFamily::ArabicParen`] | `（1）` `(1)` `⑴` |
//! | `arabic_close.rs` | [`MarkerFamily::ArabicClose`] | `1）` `1)` |
//! | `circled.rs` | [`MarkerFamily::Circled`] | `①` … `㊿` |
//! | `decimal.rs` | [`MarkerFamily::Decimal1`] … [`MarkerFamily::Decimal5`] | `1` `1.1` `1.1.1` `1.1.1.1` `1.1.1.1.1` |
//! | `latin.rs` | [`MarkerFamily::Latin`] | `a）` `a)` `(a)` `a.` |
//! | `roman.rs` | [`MarkerFamily::Roman`] | `i.` `ii)` `(iii)` |
//! | `stem.rs` | [`MarkerFamily::Stem`] | `甲、` `乙、` `丙、` |
//! | `run_in.rs` | run-in families | `一是` `一要` `第一，` `首先，` |
//! | `structural.rs` | regulation families | `第一编` `第一分编` `第一部分` `第一章` `第一节` `第一条` |
//!
//! [`line_marker`] tries them at the start of a line, after indentation.
//!
//! ```
//! use gongwen_parse::marker::line_marker;
//! use gongwen_model::{Delimiter, MarkerFamily};
//! let m = line_marker("　　（一）创建好伙伴。").unwrap();
//! assert_eq!(m.family, MarkerFamily::CnParen);
//! assert_eq!(m.delimiter, Delimiter::FullParen);
//! assert_eq!(m.value, 1);
//! assert_eq!(&"　　（一）创建好伙伴。"[m.start..m.end], "（一）");
//! assert!(line_marker("102年前，一位代表").is_none());
//! ```

mod arabic_close;
mod arabic_dot;
mod arabic_paren;
mod capital;
mod circled;
mod cn_comma;
mod cn_paren;
pub(crate) mod decimal;
mod latin;
mod roman;
mod run_in;
mod stem;
mod structural;

pub use arabic_close::arabic_close;
pub use arabic_dot::arabic_dot;
pub(crate) use arabic_dot::arabic_dot_before_digit;
pub use arabic_paren::arabic_paren;
pub use capital::capital;
pub use circled::circled;
pub use cn_comma::{cn_comma, cn_spaced};
pub use cn_paren::cn_paren;
pub use decimal::decimal;
pub use latin::latin;
pub use roman::roman;
pub use run_in::{ordinal, run_in, sequence};
pub use stem::stem;
pub(crate) use stem::STEMS;
pub use structural::structural;

use gongwen_model::{Delimiter, MarkerFamily, NumeralStyle};
use nom::{IResult, Parser};

/// What a marker grammar recognised (the text is the consumed input).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// The marker family.
    pub family: MarkerFamily,
    /// How the number is written.
    pub numeral: NumeralStyle,
    /// The punctuation around the number.
    pub delimiter: Delimiter,
    /// The value.
    pub value: u32,
}

/// A marker found at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineMarker {
    /// Byte offset of the marker in the line.
    pub start: usize,
    /// Byte offset one past the marker.
    pub end: usize,
    /// The marker family.
    pub family: MarkerFamily,
    /// How the number is written.
    pub numeral: NumeralStyle,
    /// The punctuation around the number.
    pub delimiter: Delimiter,
    /// The value.
    pub value: u32,
}

/// Indentation and separators: ASCII space and tab, the vertical tab and
/// the form feed (a PDF extractor's page break, `\x0C` before a page's
/// first line), U+3000, no-break and the typographic spaces U+2000–U+200B.
///
/// ```
/// assert!(gongwen_parse::marker::is_space('\u{3000}'));
/// assert!(gongwen_parse::marker::is_space('\u{000C}'));
/// assert!(!gongwen_parse::marker::is_space('一'));
/// ```
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{000B}' | '\u{000C}' | '\u{3000}' | '\u{00A0}' | '\u{2000}'
            ..='\u{200B}' | '\u{FEFF}'
    )
}

/// Characters that can start a marker: the first-character check that keeps
/// nom off ordinary lines.
///
/// ```
/// assert!(gongwen_parse::marker::can_start('（'));
/// assert!(!gongwen_parse::marker::can_start('在'));
/// ```
pub fn can_start(c: char) -> bool {
    crate::numeral::is_chinese_numeral_char(c)
        || c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || c.is_ascii_lowercase()
        || stem::STEMS.contains(&c)
        || crate::numeral::is_capital_numeral_char(c)
        || matches!(c, '（' | '(' | '第' | '首' | '其' | '再' | '最')
        || crate::numeral::enclosed(c).is_some()
}

/// nom parser: any numbering marker, longest family first.
///
/// ```
/// use gongwen_parse::marker::any_marker;
/// let (rest, found) = any_marker("第一千零四十条 本编").unwrap();
/// assert_eq!(rest, " 本编");
/// assert_eq!(found.value, 1040);
/// ```
pub fn any_marker(input: &str) -> IResult<&str, Found> {
    nom::branch::alt((
        structural,
        ordinal,
        run_in,
        sequence,
        cn_comma,
        cn_spaced,
        cn_paren,
        arabic_paren,
        arabic_dot,
        decimal,
        arabic_close,
        circled,
        latin,
        roman,
        stem,
        capital,
    ))
    .parse(input)
}

/// Finds a numbering marker at the start of `line`, after indentation and
/// any in-band markers (`##paidbegin##`). Returns `None` for lines that merely
/// start with a number (`102年前`, `8月9日`, `1975年`, `1.5倍`).
///
/// ```
/// use gongwen_parse::marker::line_marker;
/// assert!(line_marker("一是健全党建机制。").is_some());
/// assert!(line_marker("8月9日—11日，我有幸参加").is_none());
/// assert!(line_marker("1975年，刘集村").is_none());
/// ```
pub fn line_marker(line: &str) -> Option<LineMarker> {
    marker_at(line, content_start(line))
}

/// [`line_marker`] with the content start already measured.
pub(crate) fn marker_at(line: &str, start: usize) -> Option<LineMarker> {
    let rest = line.get(start..)?;
    let first = rest.chars().next()?;
    if !can_start(first) {
        return None;
    }
    let (after, found) = any_marker(rest).ok()?;
    Some(LineMarker {
        start,
        end: line.len() - after.len(),
        family: found.family,
        numeral: found.numeral,
        delimiter: found.delimiter,
        value: found.value,
    })
}

/// Byte offset of the first character after indentation and leading
/// in-band markers, block markup kept (where a paragraph's text starts).
///
/// ```
/// assert_eq!(gongwen_parse::marker::text_start("　##paidbegin##> 引文"), 16);
/// ```
pub fn text_start(line: &str) -> usize {
    let mut at = 0;
    loop {
        let rest = &line[at..];
        let trimmed = rest.trim_start_matches(is_space);
        at += rest.len() - trimmed.len();
        match crate::inband::marker_len(&line[at..]) {
            Some(n) => at += n,
            None => return at,
        }
    }
}

/// Byte offset of the first character after indentation, leading in-band
/// markers and block markup ([`crate::markup::prefix_len`]: `## `, `> `,
/// `- `, `**`).
///
/// ```
/// assert_eq!(gongwen_parse::marker::content_start("　##paidbegin##正文"), 16);
/// assert_eq!(gongwen_parse::marker::content_start("> **一、总体要求**"), 4);
/// ```
pub fn content_start(line: &str) -> usize {
    let mut at = 0;
    loop {
        let rest = &line[at..];
        let trimmed = rest.trim_start_matches(is_space);
        at += rest.len() - trimmed.len();
        if let Some(n) = crate::inband::marker_len(&line[at..]) {
            at += n;
            continue;
        }
        match crate::markup::prefix_len(&line[at..]) {
            0 => return at,
            n => at += n,
        }
    }
}

/// A line that is only a Chinese numeral (a `三` whose `、` was lost):
/// returns its value when it is at most 99.
///
/// ```
/// assert_eq!(gongwen_parse::marker::bare_numeral("　三 "), Some(3));
/// assert_eq!(gongwen_parse::marker::bare_numeral("三年"), None);
/// ```
pub fn bare_numeral(line: &str) -> Option<u32> {
    let t = line.trim_matches(is_space);
    let (rest, v) = crate::numeral::chinese(t).ok()?;
    (rest.is_empty() && (1..=99).contains(&v)).then_some(v)
}

/// The character after a marker must not continue a number: `1.5`, `2026.1`.
pub(crate) fn not_followed_by_digit(rest: &str) -> bool {
    !rest
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// Shortcut for a nom error at `input`.
pub(crate) fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        input,
        nom::error::ErrorKind::Verify,
    )))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn fam(s: &str) -> Option<(MarkerFamily, u32, String)> {
        line_marker(s).map(|m| (m.family, m.value, s[m.start..m.end].to_string()))
    }

    #[test]
    fn every_listed_form_is_a_marker() {
        use MarkerFamily::*;
        let cases = [
            ("一、工作", CnEnum, 1, "一、"),
            ("（一）标题", CnParen, 1, "（一）"),
            ("(一)标题", CnParen, 1, "(一)"),
            ("1.标题", ArabicEnum, 1, "1."),
            ("1．标题", ArabicEnum, 1, "1．"),
            ("1、标题", ArabicEnum, 1, "1、"),
            ("（1）标题", ArabicParen, 1, "（1）"),
            ("(1)标题", ArabicParen, 1, "(1)"),
            ("⑴标题", ArabicParen, 1, "⑴"),
            ("㈠标题", CnParen, 1, "㈠"),
            ("①标题", Circled, 1, "①"),
            ("1）标题", ArabicClose, 1, "1）"),
            ("2)标题", ArabicClose, 2, "2)"),
            ("⒉标题", ArabicEnum, 2, "⒉"),
            ("第一章 总则", Chapter, 1, "第一章"),
            ("第一节 夫妻", Section, 1, "第一节"),
            ("第一条 为了", Article, 1, "第一条"),
            ("第一编 总则", Part, 1, "第一编"),
            ("第一分编 通则", SubPart, 1, "第一分编"),
            ("第一部分 形势", Division, 1, "第一部分"),
            ("一是健全", RunInShi, 1, "一是"),
            ("十二要锐意", RunInYao, 12, "十二要"),
            ("第一，要", Ordinal, 1, "第一，"),
            ("其次，要", Sequence, 2, "其次，"),
            ("１２．标题", ArabicEnum, 12, "１２．"),
        ];
        for (line, family, value, text) in cases {
            assert_eq!(
                fam(line),
                Some((family, value, text.to_string())),
                "should read {line:?} as a {family:?} marker"
            );
        }
    }

    #[test]
    fn numbers_that_are_not_markers() {
        for line in [
            "102年前，同样一个盛夏",
            "8月9日—11日，我有幸参加了",
            "1975年，刘集村最早发现",
            "（8篇）",
            "1.5倍以上",
            "2026.1.1",
            "2026-02-09 09:45:30",
            "（2022年10月16日）",
            "一百万亿、",
            "99999999999.",
            "第一次有机会前往",
            "首先要",
            "一",
        ] {
            assert_eq!(fam(line), None, "{line:?} should not be a marker");
        }
    }

    #[test]
    fn indentation_is_skipped() {
        let m = line_marker(" \t　一、标题").unwrap();
        assert_eq!(m.start, 5);
        assert_eq!(m.end, 11);
    }
}
