//! `一、` — a Chinese numeral followed by `、` (the GB/T 9704 first level),
//! also the nonstandard `一．` and `一.`.

use super::{fail, Found};
use crate::numeral::chinese;
use gongwen_model::{Delimiter, MarkerFamily, NumeralStyle};
use nom::{IResult, Parser};

/// nom parser for `一、` `十一、` `一．` `一.` (and `三，`); values 1..=999.
///
/// ```
/// use gongwen_parse::marker::cn_comma;
/// let (rest, m) = cn_comma("十一、标题").unwrap();
/// assert_eq!((rest, m.value), ("标题", 11));
/// assert!(cn_comma("一百万亿、").is_err());
/// assert!(cn_comma("一、二线城市房价平稳").is_err());
/// assert!(cn_comma("一、两点布局，实行集约化管理").is_ok());
/// assert!(cn_comma("一、二〇二五年工作回顾").is_ok());
/// assert!(cn_comma("一、二○二五年工作回顾").is_ok());
/// assert_eq!(cn_comma("三，下一步工作要求").unwrap().0, "下一步工作要求");
/// assert!(cn_comma("三，四月份").is_err());
/// assert!(cn_comma("五.·七干校是好学校").is_err());
/// assert!(cn_comma("二、.NET平台迁移").is_ok());
/// assert_eq!(cn_comma("一 、历史叙事").unwrap().0, "历史叙事");
/// ```
pub fn cn_comma(input: &str) -> IResult<&str, Found> {
    let (rest, value) = chinese(input)?;
    // `一 、历史叙事`: white space typed before the `、` is part of the marker.
    let rest = match rest.trim_start_matches(super::is_space) {
        spaced if spaced.len() < rest.len() && spaced.starts_with('、') => spaced,
        _ => rest,
    };
    let (rest, delim) = nom::branch::alt((
        nom::character::complete::char('、').map(|_| Delimiter::Comma),
        nom::character::complete::char('．').map(|_| Delimiter::FullDot),
        nom::character::complete::char('.').map(|_| Delimiter::Dot),
        // `三，下一步工作要求`: a `，` typed for the `、` (kept by the rule
        // `spaced_numeral` only beside a sibling written with its `、`).
        nom::character::complete::char('，').map(|_| Delimiter::OrdinalComma),
    ))
    .parse(rest)?;
    // `一.5` would be a number; after `、` digits start the title (`一、2025年工作回顾`).
    let number_goes_on = delim != Delimiter::Comma && !super::not_followed_by_digit(rest);
    // `一、二线城市` counts: the next number follows with no delimiter of its own.
    // A year written in numerals (`一、二〇二五年工作回顾`) is a title, and
    // so is a title opening with 两 (`一、两点布局，…`: counting writes
    // `一两天` with no 、).
    let counted = matches!(delim, Delimiter::Comma | Delimiter::OrdinalComma)
        && !rest.starts_with('两')
        && chinese(rest).is_ok_and(|(after, next)| {
            next == value + 1
                && !after.starts_with(['、', '．', '.', '〇', '○', '零', 'Ｏ'])
                && !after.starts_with(crate::numeral::is_chinese_numeral_char)
        });
    // `五.·七干校`: a date name (五·七) with a stray dot, not item 五.
    // (`二、.NET平台迁移` is an item.)
    let date_name =
        matches!(delim, Delimiter::Dot | Delimiter::FullDot) && rest.starts_with(['·', '•', '・']);
    if !(1..=999).contains(&value) || number_goes_on || counted || date_name {
        return fail(input);
    }
    Ok((rest, item(delim, value)))
}

/// nom parser for `一　没有调查，没有发言权` — a Chinese numeral (1..=99)
/// followed by white space and a title (outline spec convention 11), or by
/// a bracketed label run straight on (`一【工作回顾】`); the
/// marker is the numeral, its delimiter [`Delimiter::None`]. The rule
/// `spaced_numeral` keeps it only where the next numeral continues it.
///
/// ```
/// use gongwen_parse::marker::cn_spaced;
/// let (rest, m) = cn_spaced("一　没有调查").unwrap();
/// assert_eq!((rest, m.value), ("　没有调查", 1));
/// assert!(cn_spaced("一").is_err());
/// assert!(cn_spaced("一 2026年").is_err());
/// assert_eq!(cn_spaced("一【工作回顾】").unwrap().0, "【工作回顾】");
/// ```
pub fn cn_spaced(input: &str) -> IResult<&str, Found> {
    let (rest, value) = chinese(input)?;
    let text = rest.trim_start_matches(super::is_space);
    // A title may open with a numeral (`一 二十二个月的准备工作`), not be one
    // (`一 二 三`).
    let numeral_only = chinese(text)
        .is_ok_and(|(after, _)| after.trim_start_matches(super::is_space).chars().count() < 2);
    // (Or a bracketed label run straight on, `一【工作回顾】`, as typed
    // drafts set their sections.)
    let bracketed = text.starts_with('【') && text.contains('】');
    let titled = (text.len() < rest.len() || bracketed)
        && !numeral_only
        && text
            .chars()
            .next()
            .is_some_and(|c| !c.is_ascii_digit() && !c.is_ascii_punctuation());
    if !(1..=99).contains(&value) || !titled {
        return fail(input);
    }
    Ok((rest, item(Delimiter::None, value)))
}

/// A `一、`-family marker: the one shape both grammars of this file return.
fn item(delimiter: Delimiter, value: u32) -> Found {
    Found {
        family: MarkerFamily::CnEnum,
        numeral: NumeralStyle::Chinese,
        delimiter,
        value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert!(cn_comma("一、").is_ok(), "should accept 一、");
        assert!(cn_comma("二十一、").is_ok(), "should accept 二十一、");
        assert!(cn_comma("一.").is_ok(), "should accept the nonstandard 一.");
        assert!(
            cn_comma("一是").is_err(),
            "一是 is a run-in marker, not 一、"
        );
        assert!(
            cn_comma("一、2025年工作回顾").is_ok(),
            "a title may start with a year"
        );
        assert!(
            cn_comma("一.5").is_err(),
            "a digit after a dot continues a number"
        );
        assert!(
            cn_comma("（一）").is_err(),
            "parenthesised numerals are another family"
        );
    }
}
