//! `a）` `a)` `(a)` `（a）` `a.` — a lowercase Latin letter as a list marker
//! (standards and contracts), ranked below `①` (outline spec convention 11).

use super::{fail, Found};
use gongwen_model::{Delimiter, MarkerFamily, NumeralStyle};
use nom::IResult;

/// nom parser for `a）` `a)` `(a)` `（a）` `a.` `a．`; the value is the
/// letter's place in the alphabet. A letter must be followed by text that
/// is not Latin (`a.m.` and English words are not markers), or by a Latin
/// word run straight into Chinese (`c) UI：界面…`, `a)APP名称：…`, a
/// constant's name `a) GC_MALLOC——…`).
///
/// ```
/// use gongwen_parse::marker::latin;
/// let (rest, m) = latin("b）适用范围").unwrap();
/// assert_eq!((rest, m.value), ("适用范围", 2));
/// assert!(latin("(c) 条款").is_ok());
/// assert!(latin("a.m.").is_err());
/// assert!(latin("as) x").is_err());
/// assert!(latin("c) UI：界面做了点工作").is_ok());
/// assert!(latin("a) the contract").is_err());
/// assert!(latin("a) GC_MALLOC——内存分配失败时触发").is_ok());
/// assert!(latin("a) GC_MALLOC is raised").is_err());
/// ```
pub fn latin(input: &str) -> IResult<&str, Found> {
    let (open, rest) = opening(input);
    let Some(letter) = rest.chars().next().filter(char::is_ascii_lowercase) else {
        return fail(input);
    };
    let Some((delimiter, rest)) = closing(open, &rest[1..]) else {
        return fail(input);
    };
    if latin_text_follows(rest) || rest.trim().is_empty() && delimiter == Delimiter::Dot {
        return fail(input);
    }
    Ok((
        rest,
        Found {
            family: MarkerFamily::Latin,
            numeral: NumeralStyle::Ascii,
            delimiter,
            value: u32::from(letter) - u32::from('a') + 1,
        },
    ))
}

/// An opening parenthesis before a letter or numeral, and the rest.
pub(super) fn opening(input: &str) -> (Option<char>, &str) {
    match input.chars().next() {
        Some(c @ ('(' | '（')) => (Some(c), &input[c.len_utf8()..]),
        _ => (None, input),
    }
}

/// The delimiter that closes a letter or numeral opened by `open` (`a）`
/// `a)` `(a)` `（a）` `a.` `a．`), and the rest after it.
pub(super) fn closing(open: Option<char>, rest: &str) -> Option<(Delimiter, &str)> {
    let close = rest.chars().next()?;
    let delimiter = match (open, close) {
        (Some('('), ')') => Delimiter::HalfParen,
        (Some('（'), '）') => Delimiter::FullParen,
        (None, '）') => Delimiter::FullClose,
        (None, ')') => Delimiter::HalfClose,
        (None, '.') => Delimiter::Dot,
        (None, '．') => Delimiter::FullDot,
        _ => return None,
    };
    Some((delimiter, &rest[close.len_utf8()..]))
}

/// The text after a letter's delimiter is Latin (`a.m.`, `a) the contract`,
/// an identifier not run into Chinese), so the letter is no marker. A
/// Latin word run straight into Chinese (`c) UI：界面`, `a) GC_MALLOC——…`)
/// is text.
pub(super) fn latin_text_follows(rest: &str) -> bool {
    let after = rest.trim_start_matches(super::is_space);
    let word = after
        .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .unwrap_or(after.len());
    let into_chinese = after[word..]
        .chars()
        .next()
        .is_some_and(|c| !c.is_ascii() && !super::is_space(c));
    word > 0 && !into_chinese
}
