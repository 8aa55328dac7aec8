//! `1` `1.1` `1.1.1` `1.1.1.1` — decimal section numbers (standards,
//! emergency plans, contracts, technical rules; outline spec convention 10).
//! The marker is the number as written, without the separator after it.
//!
//! The grammar alone cannot tell `2.5亿元` from `2.5 监测`: the rule
//! `decimal` (in the assembler) keeps a decimal marker only where the
//! document numbers its sections so.

use super::{fail, Found};
use crate::numeral::arabic;
use gongwen_model::{Delimiter, MarkerFamily, NumeralStyle};
use nom::IResult;

/// The largest number of one level (`99.99.99`): larger ones are amounts,
/// years or addresses.
const MAX_PART: u32 = 99;

/// Words after a bare number that make it a count, not a section number
/// run into its title (`3个`, `5项`, `2次`, `1号`).
const GLUED_NOT_TITLE: &[char] = &[
    '个', '项', '次', '号', '名', '人', '家', '条', '件', '种', '类', '点', '天', '周', '时', '分',
    '秒', '岁', '期', '批', '位', '所', '座', '台', '辆', '套', '份', '本', '张', '级', '层', '楼',
    '至', '到', '、', '是', '要', '和', '或', '及',
];

/// Units that make a leading decimal an amount, not a section number.
pub(crate) const UNITS: &[char] = &[
    '亿', '万', '千', '百', '元', '倍', '%', '％', '‰', '米', '岁', '年', '月', '日', '吨', '克',
    '亩', '公', '厘',
];

/// True when `rest` opens with a unit ([`UNITS`]): `公` only as `公里`
/// `公斤` `公顷` …, not `公司` (`5.1公司…` is an item).
pub(crate) fn opens_with_unit(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some('公') => chars.next().is_some_and(|c| "里斤顷分尺升亩".contains(c)),
        Some(c) => UNITS.contains(&c),
        None => false,
    }
}

/// nom parser for `3.2.1` (then white space or the text, `2.1磋商文件`) and
/// for a bare `1` followed by white space and text; the value is the last
/// number, the family gives the number of levels.
///
/// ```
/// use gongwen_parse::marker::decimal;
/// use gongwen_model::MarkerFamily;
/// let (rest, m) = decimal("3.2.1　监测").unwrap();
/// assert_eq!((rest, m.value, m.family), ("　监测", 1, MarkerFamily::Decimal3));
/// let (rest, m) = decimal("2.1磋商文件").unwrap();
/// assert_eq!((rest, m.family), ("磋商文件", MarkerFamily::Decimal2));
/// assert_eq!(decimal("1　总则").unwrap().1.family, MarkerFamily::Decimal1);
/// let (rest, m) = decimal("3.0 职责").unwrap();
/// assert_eq!((rest, m.value, m.family), (" 职责", 3, MarkerFamily::Decimal1));
/// let (rest, m) = decimal("7.2.1.逾期送达").unwrap();
/// assert_eq!((rest, m.family), ("逾期送达", MarkerFamily::Decimal3));
/// assert_eq!(decimal("1.1 、总体要求").unwrap().0, "总体要求");
/// assert_eq!(decimal("1.3、 API 约定").unwrap().0, " API 约定");
/// // (Word's no-break space before the 、.)
/// assert_eq!(decimal("3.1\u{a0}、办公室").unwrap().0, "办公室");
/// let (rest, m) = decimal("1.0.1　为规范公路工程建设").unwrap();
/// assert_eq!((rest, m.value, m.family), ("　为规范公路工程建设", 1, MarkerFamily::Decimal3));
/// assert!(decimal("2026.1.1").is_err());
/// assert!(decimal("1.5%").is_err());
/// assert!(decimal("12").is_err());
/// ```
pub fn decimal(input: &str) -> IResult<&str, Found> {
    let (mut rest, (first, numeral)) = arabic(input)?;
    if !(1..=MAX_PART).contains(&first) || !matches!(numeral, NumeralStyle::Ascii) {
        return fail(input);
    }
    let mut levels = 1u32;
    let mut value = first;
    while let Some(after) = rest.strip_prefix(['.', '．']) {
        let Ok((r, (v, NumeralStyle::Ascii))) = arabic(after) else {
            break;
        };
        // `3.0　职责`: a procedure's top-level section, numbered with a
        // zero below it (`3.1` follows); one level, the marker as written.
        // (Not `3.0版`.)
        if v == 0 && levels == 1 && r.starts_with(super::is_space) && after.starts_with('0') {
            rest = r;
            break;
        }
        // `1.0.1　为规范…`: a chapter with no sections numbers its clauses
        // through a zero (GB 50xxx and JTG engineering standards).
        let zero_level = v == 0
            && levels == 1
            && after.starts_with('0')
            && r.strip_prefix(['.', '．'])
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit() && c != '0'));
        if zero_level {
            levels += 1;
            value = v;
            rest = r;
            continue;
        }
        if !(1..=MAX_PART).contains(&v) {
            return fail(input);
        }
        levels += 1;
        value = v;
        rest = r;
    }
    // `7.2.1.逾期…`: a separator dot after a multi-level number (the
    // marker stays `7.2.1`; the assembler leaves the dot out of it).
    if levels > 1 {
        if let Some(after) = rest.strip_prefix(['.', '．']) {
            if after
                .chars()
                .next()
                .is_some_and(|c| super::is_space(c) || (!c.is_ascii() && !opens_with_unit(after)))
            {
                rest = after;
            }
        }
    }
    // `1.1 、总体要求` / `1.2、制度`: a 、 after a multi-level number, as
    // hand-typed numbering sets it, is its separator (left out of the
    // marker by the assembler, as the dot is).
    let mut separated = false;
    if levels > 1 {
        if let Some(after) = rest.trim_start_matches(super::is_space).strip_prefix('、') {
            if !after.trim_start_matches(super::is_space).is_empty() {
                rest = after;
                separated = true;
            }
        }
    }
    let next = rest.chars().next();
    let ok = if separated {
        true
    } else if levels == 1 {
        // `1　总则`: white space, then text that is no number; or `1总则`
        // run into an ideograph that is no unit (the rule `decimal` keeps
        // that only right over its `1.1`).
        let text = rest.trim_start_matches(super::is_space);
        let glued = text.len() == rest.len()
            && rest.starts_with(crate::text::is_ideograph)
            && !opens_with_unit(rest)
            && !rest.starts_with(GLUED_NOT_TITLE);
        (text.len() < rest.len() || glued)
            && text
                .chars()
                .next()
                .is_some_and(|c| !c.is_ascii_digit() && !c.is_ascii_punctuation() && c != '年')
    } else {
        // `3.2.1 …`, `2.1磋商…`; never `1.5%`, `2.5-3`, `1.2.`+digit.
        next.is_some_and(|c| {
            super::is_space(c)
                || (!c.is_ascii() && !matches!(c, '．' | '。' | '，') && !opens_with_unit(rest))
        })
    };
    if !ok {
        return fail(input);
    }
    let family = match levels {
        1 => MarkerFamily::Decimal1,
        2 => MarkerFamily::Decimal2,
        3 => MarkerFamily::Decimal3,
        4 => MarkerFamily::Decimal4,
        _ => MarkerFamily::Decimal5,
    };
    Ok((
        rest,
        Found {
            family,
            numeral,
            delimiter: Delimiter::None,
            value,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(
            decimal("2.1.3.1 细则").map(|(_, m)| m.family).ok(),
            Some(MarkerFamily::Decimal4)
        );
        assert_eq!(
            decimal("4.3.1.1.1 五级标题")
                .map(|(_, m)| (m.family, m.value))
                .ok(),
            Some((MarkerFamily::Decimal5, 1))
        );
        for s in [
            "192.168.1.1 地址",
            "1.5倍",
            "3.0版",
            "1 2 3",
            "1.",
            "1 年",
            "5 %",
        ] {
            let f = decimal(s).map(|(_, m)| m.family).ok();
            assert!(
                f.is_none() || s == "1.5倍",
                "{s:?} should not be a decimal marker, got {f:?}"
            );
        }
    }
}
