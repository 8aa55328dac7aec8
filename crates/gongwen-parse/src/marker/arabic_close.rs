//! `1）` — an Arabic number followed by a closing parenthesis only, `）` or
//! `)`: the level below `（1）` in long notices (`一、` `（一）` `1.` `（1）`
//! `1）`).

use super::{fail, Found};
use crate::numeral::arabic;
use gongwen_model::{Delimiter, MarkerFamily, NumeralStyle};
use nom::{IResult, Parser};

/// nom parser for `1）` `1)` `１）`; values 1..=99 (these lists are short,
/// and a larger number before `)` is more likely an amount or a formula).
///
/// ```
/// use gongwen_parse::marker::arabic_close;
/// use gongwen_model::{Delimiter, MarkerFamily};
/// let (rest, m) = arabic_close("2）完善制度").unwrap();
/// assert_eq!((rest, m.value, m.family), ("完善制度", 2, MarkerFamily::ArabicClose));
/// assert_eq!(arabic_close("3)建立台账").unwrap().1.delimiter, Delimiter::HalfClose);
/// assert!(arabic_close("100）").is_err());
/// assert!(arabic_close("25），该图显示的是发酵曲线").is_err());
/// ```
pub fn arabic_close(input: &str) -> IResult<&str, Found> {
    let (rest, (value, numeral)) = arabic(input)?;
    let (rest, delimiter) = nom::branch::alt((
        nom::character::complete::char('）').map(|_| Delimiter::FullClose),
        nom::character::complete::char(')').map(|_| Delimiter::HalfClose),
    ))
    .parse(rest)?;
    // `1）、数据采集`: a 、 written after the bracket belongs to the marker,
    // as after `（1）` (outline spec convention 11).
    let rest = rest.strip_prefix('、').unwrap_or(rest);
    // `25），该图显示…`: a clause mark right after it makes the number the
    // end of a reference broken onto this line (`如图25）`), not an item.
    let clause = rest.starts_with(['，', ',', '。', '；', '、']);
    if !(1..=99).contains(&value)
        || !matches!(numeral, NumeralStyle::Ascii | NumeralStyle::Fullwidth)
        || clause
    {
        return fail(input);
    }
    Ok((
        rest,
        Found {
            family: MarkerFamily::ArabicClose,
            numeral,
            delimiter,
            value,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert!(arabic_close("1）").is_ok(), "should accept 1）");
        assert!(arabic_close("１）").is_ok(), "full-width digits");
        assert_eq!(
            arabic_close("1）、数据采集").map(|(rest, _)| rest),
            Ok("数据采集")
        );
        assert!(arabic_close("25），该图").is_err(), "a reference's end");
        assert!(arabic_close("0）").is_err(), "numbering starts at 1");
        assert!(arabic_close("1）").is_ok_and(|(rest, _)| rest.is_empty()));
        assert!(arabic_close("99999999999)").is_err(), "no overflow");
        assert!(arabic_close("1.").is_err(), "a dot is another family");
        assert!(
            arabic_close("（1）").is_err(),
            "an opening parenthesis is another family"
        );
    }
}
