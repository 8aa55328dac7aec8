//! `壹、` `貳、` `參、` — capital (financial) numerals as the top level of a
//! document's own numbering, above `一、`: Taiwan's official documents
//! number 壹、一、（一）、1、（1）, and older mainland texts do the same.
//! Kept only where a neighbouring number of the family is there too (rule
//! `latin`).

use super::{fail, Found};
use crate::numeral::capital as capital_numeral;
use gongwen_model::{Delimiter, MarkerFamily, NumeralStyle};
use nom::IResult;

/// nom parser for `壹、` `貳．` and `壹　主旨` (an ideographic space, the
/// space left out of the marker); the text must go on after it.
///
/// ```
/// use gongwen_parse::marker::capital;
/// let (rest, m) = capital("貳、主辦單位").unwrap();
/// assert_eq!((rest, m.value), ("主辦單位", 2));
/// assert_eq!(capital("拾壹、附則").unwrap().1.value, 11);
/// assert!(capital("壹、").is_err());
/// assert!(capital("壹佰元整").is_err());
/// ```
pub fn capital(input: &str) -> IResult<&str, Found> {
    let (rest, value) = capital_numeral(input)?;
    let (rest, delimiter) = match rest.chars().next() {
        Some('、') => (&rest['、'.len_utf8()..], Delimiter::Comma),
        Some('．') => (&rest['．'.len_utf8()..], Delimiter::FullDot),
        Some('\u{3000}') => (rest, Delimiter::None),
        _ => return fail(input),
    };
    if rest.trim_start_matches('\u{3000}').trim().is_empty() {
        return fail(input);
    }
    Ok((
        rest,
        Found {
            family: MarkerFamily::Capital,
            numeral: NumeralStyle::Capital,
            delimiter,
            value,
        },
    ))
}
