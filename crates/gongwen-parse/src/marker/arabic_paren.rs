//! `（1）` — an Arabic number in parentheses (the GB/T 9704 fourth level),
//! also `(1)` and the single characters `⑴`–`⒇`.

use super::cn_paren::paren_delimiter;
use super::{fail, Found};
use crate::numeral::{arabic, enclosed};
use gongwen_model::{Delimiter, MarkerFamily, NumeralStyle};
use nom::{IResult, Parser};

/// nom parser for `（1）` `(1)` `（１）` `⑴`; values 1..=999.
///
/// ```
/// use gongwen_parse::marker::arabic_paren;
/// let (rest, m) = arabic_paren("（2）加强").unwrap();
/// assert_eq!((rest, m.value), ("加强", 2));
/// assert!(arabic_paren("（8篇）").is_err());
/// ```
pub fn arabic_paren(input: &str) -> IResult<&str, Found> {
    if let Some(c) = input.chars().next() {
        if let Some((value, NumeralStyle::ParenDigit)) = enclosed(c) {
            return Ok((
                &input[c.len_utf8()..],
                Found {
                    family: MarkerFamily::ArabicParen,
                    numeral: NumeralStyle::ParenDigit,
                    delimiter: Delimiter::Enclosed,
                    value,
                },
            ));
        }
    }
    let open = nom::branch::alt((
        nom::character::complete::char('（').map(|_| true),
        nom::character::complete::char('(').map(|_| false),
    ));
    let close = nom::branch::alt((
        nom::character::complete::char('）').map(|_| true),
        nom::character::complete::char(')').map(|_| false),
    ));
    let (rest, (o, (value, numeral), c)) = (open, arabic, close).parse(input)?;
    if !(1..=999).contains(&value) {
        return fail(input);
    }
    // `（1）、第一阶段…`: a 、 written after the brackets belongs to the
    // marker (outline spec convention 11).
    let rest = rest.strip_prefix('、').unwrap_or(rest);
    Ok((
        rest,
        Found {
            family: MarkerFamily::ArabicParen,
            numeral,
            delimiter: paren_delimiter(o, c),
            value,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert!(arabic_paren("(3)").is_ok(), "should accept (3)");
        assert!(
            arabic_paren("（2022年10月16日）").is_err(),
            "a date in parentheses is not a marker"
        );
        assert!(arabic_paren("（0）").is_err(), "numbering starts at 1");
    }
}
