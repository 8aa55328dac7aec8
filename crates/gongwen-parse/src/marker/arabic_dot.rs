//! `1.` — an Arabic number followed by `.` `．` or `、` (the GB/T 9704 third
//! level is `1.`), and the single characters `⒈`–`⒛`.

use super::{fail, Found};
use crate::numeral::{arabic, enclosed};
use gongwen_model::{Delimiter, MarkerFamily, NumeralStyle};
use nom::{IResult, Parser};

/// nom parser for `1.` `1．` `1、` `１．` `⒈`, and `1：` `1:` (as written);
/// values 1..=999, and never a decimal (`1.5`), a date (`2026.1`) or a
/// time (`1:30`).
///
/// ```
/// use gongwen_parse::marker::arabic_dot;
/// let (rest, m) = arabic_dot("3．成立工人学校").unwrap();
/// assert_eq!((rest, m.value), ("成立工人学校", 3));
/// assert!(arabic_dot("1.5倍").is_err());
/// ```
pub fn arabic_dot(input: &str) -> IResult<&str, Found> {
    if let Some(c) = input.chars().next() {
        if let Some((value, NumeralStyle::FullStopDigit)) = enclosed(c) {
            return Ok((
                &input[c.len_utf8()..],
                item(NumeralStyle::FullStopDigit, Delimiter::Enclosed, value),
            ));
        }
    }
    let (rest, (value, numeral)) = arabic(input)?;
    let (rest, delimiter) = nom::branch::alt((
        nom::character::complete::char('.').map(|_| Delimiter::Dot),
        nom::character::complete::char('．').map(|_| Delimiter::FullDot),
        nom::character::complete::char('、').map(|_| Delimiter::Comma),
        nom::character::complete::char('：').map(|_| Delimiter::Colon),
        nom::character::complete::char(':').map(|_| Delimiter::Colon),
    ))
    .parse(rest)?;
    // `1:30` is a time, `1：1000` a scale: a colon item is short-numbered
    // and followed by text.
    let colon_number = delimiter == Delimiter::Colon
        && (value > 99
            || rest.trim_start().is_empty()
            || rest.starts_with(|c: char| c.is_ascii_digit()));
    // A digit after `、` starts the text (`1、2017年9月…`); after a dot it
    // goes on with the number (`1.5`).
    let number_goes_on = delimiter != Delimiter::Comma && !super::not_followed_by_digit(rest);
    if !(1..=999).contains(&value) || number_goes_on || colon_number {
        return fail(input);
    }
    Ok((rest, item(numeral, delimiter, value)))
}

/// `8.2021年度…`, `21.5+2就业之家…`: an Arabic number, `.` or `．`, then a
/// digit. [`arabic_dot`] refuses it (a digit after the dot is most often a
/// decimal or a date); it is an item only where it continues a `1.` list,
/// which the caller decides. Returns the text after the marker, the marker,
/// and whether that text opens with a year (four digits and `年`).
pub(crate) fn arabic_dot_before_digit(input: &str) -> Option<(&str, Found, bool)> {
    let (rest, (value, numeral)) = arabic(input).ok()?;
    let (rest, delimiter) = if let Some(r) = rest.strip_prefix('.') {
        (r, Delimiter::Dot)
    } else {
        (rest.strip_prefix('．')?, Delimiter::FullDot)
    };
    let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
    let year = digits == 4 && rest[4..].starts_with('年');
    ((1..=999).contains(&value) && digits > 0).then_some((
        rest,
        item(numeral, delimiter, value),
        year,
    ))
}

/// A `1.`-family marker: the one shape both grammars of this file return.
fn item(numeral: NumeralStyle, delimiter: Delimiter, value: u32) -> Found {
    Found {
        family: MarkerFamily::ArabicEnum,
        numeral,
        delimiter,
        value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert!(arabic_dot("1、").is_ok(), "should accept 1、");
        assert!(arabic_dot("2026.1").is_err(), "a date is not a marker");
        assert!(
            arabic_dot("1000.").is_err(),
            "four digits is a year or an amount"
        );
        assert!(
            arabic_dot("99999999999.").is_err(),
            "a giant number must not overflow"
        );
        assert!(arabic_dot("1年").is_err(), "a unit is not a delimiter");
    }

    #[test]
    fn before_a_digit() {
        let (rest, m, year) = arabic_dot_before_digit("8.2021年度项目").unwrap();
        assert_eq!((rest, m.value, year), ("2021年度项目", 8, true));
        assert!(arabic_dot_before_digit("8．2021年").is_some_and(|(_, _, y)| y));
        let (rest, m, year) = arabic_dot_before_digit("21.5+2就业之家").unwrap();
        assert_eq!((rest, m.value, year), ("5+2就业之家", 21, false));
        assert!(arabic_dot_before_digit("1.5倍").is_some_and(|(_, _, y)| !y));
        assert!(arabic_dot_before_digit("2026.10月").is_none());
        assert!(arabic_dot_before_digit("3.20215年").is_some_and(|(_, _, y)| !y));
        assert!(arabic_dot_before_digit("3、2021年").is_none());
        assert!(arabic_dot_before_digit("3.项目").is_none());
    }
}
