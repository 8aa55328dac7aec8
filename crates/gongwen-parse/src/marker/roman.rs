//! `i.` `ii)` `(iii)` `（iv）` — lowercase Roman numerals as list markers:
//! the third level of Word's default list (`1.` / `a)` / `i.`), ranked
//! below `a）`. `i.` `v.` `x.` read as letters first (rule `latin` makes
//! them numerals where the numerals beside them are). Kept only where a
//! neighbouring number of the family is there too (rule `latin`).

use super::{fail, Found};
use crate::numeral::roman as roman_numeral;
use gongwen_model::{MarkerFamily, NumeralStyle};
use nom::IResult;

/// The largest Roman numeral read as a list's number (`mix.` is a word).
const MAX_ITEM: u32 = 50;

/// nom parser for `ii.` `iii)` `(iv)` `（v）` `vi．`; the text must go on
/// after it and must not be a Latin word (`ii. the`).
///
/// ```
/// use gongwen_parse::marker::roman;
/// let (rest, m) = roman("iii. 处理类：Handle").unwrap();
/// assert_eq!((rest, m.value), (" 处理类：Handle", 3));
/// assert_eq!(roman("（iv）接口实现类").unwrap().1.value, 4);
/// assert!(roman("ii. the second").is_err());
/// assert!(roman("mix. 甲").is_err());
/// ```
pub fn roman(input: &str) -> IResult<&str, Found> {
    let (open, rest) = super::latin::opening(input);
    let (rest, value) = roman_numeral(rest)?;
    if value > MAX_ITEM {
        return fail(input);
    }
    let Some((delimiter, rest)) = super::latin::closing(open, rest) else {
        return fail(input);
    };
    // Text, not a Latin word (`ii. the`), nor nothing.
    if super::latin::latin_text_follows(rest) || rest.trim_start_matches(super::is_space).is_empty()
    {
        return fail(input);
    }
    Ok((
        rest,
        Found {
            family: MarkerFamily::Roman,
            numeral: NumeralStyle::Roman,
            delimiter,
            value,
        },
    ))
}
