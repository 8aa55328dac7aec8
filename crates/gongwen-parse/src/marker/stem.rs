//! `甲、` `乙、` `丙、` — the heavenly stems as item markers (older laws and
//! regulations), ranked below `a）`. Kept only where a neighbouring stem is
//! numbered too (rule `latin`).

use super::{fail, Found};
use gongwen_model::{Delimiter, MarkerFamily, NumeralStyle};
use nom::IResult;

/// The ten heavenly stems, in order.
pub(crate) const STEMS: [char; 10] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

/// nom parser for `甲、` `乙．`; the value is the stem's place (甲 = 1). A
/// counted pair (`甲、乙双方`, `甲、乙两类`) is no marker.
///
/// ```
/// use gongwen_parse::marker::stem;
/// let (rest, m) = stem("乙、大五角星的中心点").unwrap();
/// assert_eq!((rest, m.value), ("大五角星的中心点", 2));
/// assert!(stem("甲、乙双方").is_err());
/// assert!(stem("甲方").is_err());
/// assert_eq!(stem("甲　少数不服从多数").unwrap().0, "　少数不服从多数");
/// ```
pub fn stem(input: &str) -> IResult<&str, Found> {
    let mut chars = input.chars();
    let Some(value) = chars
        .next()
        .and_then(|c| STEMS.iter().position(|&s| s == c))
    else {
        return fail(input);
    };
    let rest = &input['甲'.len_utf8()..];
    let (rest, delimiter) = match rest.chars().next() {
        Some('、') => (&rest['、'.len_utf8()..], Delimiter::Comma),
        Some('．') => (&rest['．'.len_utf8()..], Delimiter::FullDot),
        // `甲　少数不服从多数`: an ideographic space, as older texts set a
        // numeral before its title (the space stays out of the marker).
        Some('\u{3000}') => (rest, Delimiter::None),
        _ => return fail(input),
    };
    let rest_text = rest.trim_start_matches('\u{3000}');
    if delimiter == Delimiter::None
        && (rest_text.starts_with(|c: char| STEMS.contains(&c) || c.is_whitespace())
            || rest_text.is_empty())
    {
        return fail(input);
    }
    if rest.starts_with(|c: char| STEMS.contains(&c)) || rest.trim().is_empty() {
        return fail(input);
    }
    Ok((
        rest,
        Found {
            family: MarkerFamily::Stem,
            numeral: NumeralStyle::Word,
            delimiter,
            value: value as u32 + 1,
        },
    ))
}
