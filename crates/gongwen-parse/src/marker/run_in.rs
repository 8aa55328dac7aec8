//! Run-in enumerations that start a sentence: `一是` `二是` …, `一要` `二要` …,
//! `第一，` `第二，` …, and the sequence words `首先，` `其次，` `再次，` `最后，`.

use super::{fail, Found};
use crate::numeral::{chinese, sequence_word_value};
use gongwen_model::{Delimiter, MarkerFamily, NumeralStyle};
use nom::{IResult, Parser};

/// nom parser for `一是` / `一要` (values 1..=99), followed by text.
///
/// ```
/// use gongwen_parse::marker::run_in;
/// let (rest, m) = run_in("二要锐意进取").unwrap();
/// assert_eq!((rest, m.value), ("锐意进取", 2));
/// ```
pub fn run_in(input: &str) -> IResult<&str, Found> {
    let (rest, value) = chinese(input)?;
    let (rest, family) = nom::branch::alt((
        nom::character::complete::char('是').map(|_| MarkerFamily::RunInShi),
        nom::character::complete::char('要').map(|_| MarkerFamily::RunInYao),
    ))
    .parse(rest)?;
    if !(1..=99).contains(&value) {
        return fail(input);
    }
    Ok((
        rest,
        Found {
            family,
            numeral: NumeralStyle::Chinese,
            delimiter: Delimiter::Verb,
            value,
        },
    ))
}

fn comma(input: &str) -> IResult<&str, char> {
    nom::branch::alt((
        nom::character::complete::char('，'),
        nom::character::complete::char(','),
    ))
    .parse(input)
}

/// nom parser for `第一，` and `第一、` (values 1..=99), and `第一种：`
/// `第二类：` (an ordinal with a measure word and a colon, the marker as
/// written: outline spec convention 11). After `、` the text
/// must not go on with a higher number: `第一、二季度` and `第一、第二产业`
/// are counted ordinals, not a marker. A lower or equal number opens a word
/// (`第二、一定要`, `第三、一些地方`), so the line is still the item.
///
/// ```
/// use gongwen_parse::marker::ordinal;
/// let (rest, m) = ordinal("第三，坚持").unwrap();
/// assert_eq!((rest, m.value), ("坚持", 3));
/// let (rest, m) = ordinal("第二、关于工业生产").unwrap();
/// assert_eq!((rest, m.value), ("关于工业生产", 2));
/// assert!(ordinal("第一次").is_err());
/// assert_eq!(ordinal("第一种：主观主义的态度").unwrap().0, "主观主义的态度");
/// assert_eq!(ordinal("第一讲：做一个心理健康的人").unwrap().0, "做一个心理健康的人");
/// assert_eq!(ordinal("第二阶段：组织实施").unwrap().0, "组织实施");
/// assert_eq!(ordinal("第一阶段——工作内容概述").unwrap().0, "——工作内容概述");
/// assert!(ordinal("第一阶段——").is_err());
/// assert_eq!(ordinal("第一件　将农民组织在农会里").unwrap().0, "　将农民组织在农会里");
/// assert!(ordinal("第一条　总则").is_err());
/// assert_eq!(ordinal("第一点，有人问").unwrap().0, "有人问");
/// assert!(ordinal("第一、二季度").is_err());
/// assert!(ordinal("第一、第二产业").is_err());
/// let (rest, m) = ordinal("第二、一定要").unwrap();
/// assert_eq!((rest, m.value), ("一定要", 2));
/// ```
pub fn ordinal(input: &str) -> IResult<&str, Found> {
    let (rest, (_, value)) = (nom::character::complete::char('第'), chinese).parse(input)?;
    // `第一种：` `第二类：`: a measure word and a colon, the marker as written.
    let measured = (
        measure_word("种类点项个方条层讲课步招"),
        nom::character::complete::one_of("：:，,"),
    )
        .map(|(_, c)| {
            if matches!(c, '：' | ':') {
                Delimiter::Colon
            } else {
                Delimiter::OrdinalComma
            }
        });
    // `第一件　将农民组织在农会里`: a measure word and white space, the
    // marker the ordinal with its measure word (as `第一章　总则`); the rule
    // `spaced_numeral` keeps it only where a neighbouring number follows
    // suit. (Not `条`: `第一条　` is an article of a regulation.)
    let spaced = nom::sequence::terminated(
        nom::character::complete::one_of("种类件项个点"),
        nom::combinator::peek(nom::character::complete::satisfy(super::is_space)),
    )
    .map(|_| Delimiter::None);
    // `第一阶段——工作内容概述`, `第二步--`: a measure word and a dash that
    // sets the title apart; the dash is neither marker nor title (as white
    // space, outline spec convention 11).
    let dashed = nom::sequence::terminated(
        measure_word("种类点项个方讲课步招"),
        nom::combinator::peek(nom::combinator::verify(nom::combinator::rest, |r: &str| {
            crate::text::dash_separator(r) > 0
        })),
    )
    .map(|_| Delimiter::None);
    let (rest, delimiter) = nom::branch::alt((
        comma.map(|_| Delimiter::OrdinalComma),
        nom::character::complete::char('、').map(|_| Delimiter::Comma),
        measured,
        dashed,
        spaced,
    ))
    .parse(rest)?;
    if delimiter == Delimiter::None {
        let text = &rest[crate::text::dash_separator(rest)..];
        let text = text.trim_start_matches(super::is_space);
        if text.is_empty() || text.starts_with(|c: char| c.is_ascii_punctuation()) {
            return fail(input);
        }
    }
    if !(1..=99).contains(&value) {
        return fail(input);
    }
    if delimiter == Delimiter::Comma {
        let next = rest.strip_prefix('第').unwrap_or(rest);
        if chinese(next).is_ok_and(|(_, next_value)| next_value > value) {
            return fail(input);
        }
    }
    Ok((
        rest,
        Found {
            family: MarkerFamily::Ordinal,
            numeral: NumeralStyle::Chinese,
            delimiter,
            value,
        },
    ))
}

/// nom parser for a measure word after an ordinal: one of `words`, or `阶段`.
fn measure_word<'a>(
    words: &'static str,
) -> impl Parser<&'a str, Output = (), Error = nom::error::Error<&'a str>> {
    nom::branch::alt((
        nom::character::complete::one_of(words).map(|_| ()),
        nom::bytes::complete::tag("阶段").map(|_| ()),
    ))
}

/// nom parser for `首先，` `其次，` `再次，` `最后，`.
///
/// ```
/// use gongwen_parse::marker::sequence;
/// let (_, m) = sequence("最后，要").unwrap();
/// assert_eq!(m.value, 4);
/// ```
pub fn sequence(input: &str) -> IResult<&str, Found> {
    let (rest, (word, _)) = (
        nom::branch::alt((
            nom::bytes::complete::tag("首先"),
            nom::bytes::complete::tag("其次"),
            nom::bytes::complete::tag("再次"),
            nom::bytes::complete::tag("最后"),
            nom::bytes::complete::tag("最後"),
        )),
        comma,
    )
        .parse(input)?;
    match sequence_word_value(word) {
        Some(value) => Ok((
            rest,
            Found {
                family: MarkerFamily::Sequence,
                numeral: NumeralStyle::Word,
                delimiter: Delimiter::OrdinalComma,
                value,
            },
        )),
        None => fail(input),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert!(run_in("十是").is_ok(), "should accept 十是");
        assert!(run_in("一百是").is_err(), "run-in values stop at 99");
        assert!(
            sequence("首先要").is_err(),
            "the sequence word needs its comma"
        );
        assert!(ordinal("第一章").is_err(), "第一章 is structural");
    }
}
