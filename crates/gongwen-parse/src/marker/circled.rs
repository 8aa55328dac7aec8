//! `①` — circled numbers ①–⑳, ㉑–㊿ (below `（1）` in nesting).

use super::{fail, Found};
use crate::numeral::enclosed;
use gongwen_model::{Delimiter, MarkerFamily, NumeralStyle};
use nom::IResult;

/// nom parser for one circled number.
///
/// ```
/// use gongwen_parse::marker::circled;
/// let (rest, m) = circled("②工人夜校").unwrap();
/// assert_eq!((rest, m.value), ("工人夜校", 2));
/// assert_eq!(circled("①.调研前").unwrap().0, "调研前");
/// ```
pub fn circled(input: &str) -> IResult<&str, Found> {
    match input.chars().next() {
        Some(c) => match enclosed(c) {
            Some((value, NumeralStyle::Circled)) => Ok((
                {
                    // `①.调研前…`: a stray separator after the number belongs
                    // to the marker as written (not `①.5`).
                    let rest = &input[c.len_utf8()..];
                    match rest.strip_prefix(['.', '．', '、']) {
                        Some(r) if !r.starts_with(|d: char| d.is_ascii_digit()) => r,
                        _ => rest,
                    }
                },
                Found {
                    family: MarkerFamily::Circled,
                    numeral: NumeralStyle::Circled,
                    delimiter: Delimiter::Enclosed,
                    value,
                },
            )),
            _ => fail(input),
        },
        None => fail(input),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert!(circled("㉑").is_ok(), "should accept circled 21");
        assert!(
            circled("⑴").is_err(),
            "parenthesised digits are another family"
        );
        assert!(circled("").is_err(), "empty input");
    }
}
