//! `（一）` — a Chinese numeral in full-width parentheses (the GB/T 9704
//! second level), also `(一)` with ASCII parentheses and the single
//! character `㈠`.

use super::{fail, Found};
use crate::numeral::{chinese, enclosed};
use gongwen_model::{Delimiter, MarkerFamily, NumeralStyle};
use nom::{IResult, Parser};

fn open(input: &str) -> IResult<&str, bool> {
    nom::branch::alt((
        nom::character::complete::char('（').map(|_| true),
        nom::character::complete::char('(').map(|_| false),
    ))
    .parse(input)
}

fn close(input: &str) -> IResult<&str, bool> {
    nom::branch::alt((
        nom::character::complete::char('）').map(|_| true),
        nom::character::complete::char(')').map(|_| false),
    ))
    .parse(input)
}

/// Full-width when both parentheses are full-width; anything with an ASCII
/// parenthesis counts as the half-width style.
pub(super) fn paren_delimiter(open_full: bool, close_full: bool) -> Delimiter {
    if open_full && close_full {
        Delimiter::FullParen
    } else {
        Delimiter::HalfParen
    }
}

/// nom parser for `（一）` `(一)` `㈠`; values 1..=999.
///
/// ```
/// use gongwen_parse::marker::cn_paren;
/// let (rest, m) = cn_paren("（十）全面推进").unwrap();
/// assert_eq!((rest, m.value), ("全面推进", 10));
/// assert!(cn_paren("（六月二十四）").is_err());
/// ```
pub fn cn_paren(input: &str) -> IResult<&str, Found> {
    if let Some(c) = input.chars().next() {
        if let Some((value, NumeralStyle::ParenIdeograph)) = enclosed(c) {
            return Ok((
                &input[c.len_utf8()..],
                Found {
                    family: MarkerFamily::CnParen,
                    numeral: NumeralStyle::ParenIdeograph,
                    delimiter: Delimiter::Enclosed,
                    value,
                },
            ));
        }
    }
    let (rest, (o, value, c)) = (open, chinese, close).parse(input)?;
    if !(1..=999).contains(&value) {
        return fail(input);
    }
    // `（1）、第一阶段…`: a 、 written after the brackets belongs to the
    // marker (outline spec convention 11).
    let rest = rest.strip_prefix('、').unwrap_or(rest);
    Ok((
        rest,
        Found {
            family: MarkerFamily::CnParen,
            numeral: NumeralStyle::Chinese,
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
        let (_, m) = cn_paren("(二)").unwrap();
        assert_eq!(
            m.delimiter,
            Delimiter::HalfParen,
            "(二) is the half-width style"
        );
        assert!(cn_paren("（8篇）").is_err(), "a count is not a marker");
        assert!(
            cn_paren("（一").is_err(),
            "an unclosed parenthesis is not a marker"
        );
        assert!(
            cn_paren("（1）").is_err(),
            "Arabic digits are the arabic_paren family"
        );
    }
}
