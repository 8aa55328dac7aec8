//! Regulation structure: `第一编` `第一分编` `第一部分` `第一章` `第一节`
//! `第一条` (Chinese numerals or digits between 第 and the word), and the
//! traditional forms `編` `節` `條`.

use super::{fail, Found};
use crate::numeral::{arabic, chinese};
use gongwen_model::{Delimiter, MarkerFamily, NumeralStyle};
use nom::{IResult, Parser};

/// nom parser for `第…编/分编/部分/章/节/条`; values 1..=99999.
///
/// ```
/// use gongwen_parse::marker::structural;
/// use gongwen_model::MarkerFamily;
/// let (rest, m) = structural("第一千零四十条 本编").unwrap();
/// assert_eq!((rest, m.family, m.value), (" 本编", MarkerFamily::Article, 1040));
/// let (_, m) = structural("第3章").unwrap();
/// assert_eq!(m.family, MarkerFamily::Chapter);
/// ```
pub fn structural(input: &str) -> IResult<&str, Found> {
    use nom::bytes::complete::tag;
    let number = nom::branch::alt((chinese.map(|v| (v, NumeralStyle::Chinese)), arabic));
    let word = nom::branch::alt((
        tag("分编").map(|_| MarkerFamily::SubPart),
        tag("分編").map(|_| MarkerFamily::SubPart),
        tag("编").map(|_| MarkerFamily::Part),
        tag("編").map(|_| MarkerFamily::Part),
        tag("部分").map(|_| MarkerFamily::Division),
        tag("章").map(|_| MarkerFamily::Chapter),
        tag("节").map(|_| MarkerFamily::Section),
        tag("節").map(|_| MarkerFamily::Section),
        tag("条").map(|_| MarkerFamily::Article),
        tag("條").map(|_| MarkerFamily::Article),
    ));
    let (rest, (_, (value, numeral), family)) =
        (nom::character::complete::char('第'), number, word).parse(input)?;
    if !(1..=99_999).contains(&value) {
        return fail(input);
    }
    Ok((
        rest,
        Found {
            family,
            numeral,
            delimiter: Delimiter::Word,
            value,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert!(structural("第一分编").is_ok(), "should accept 分编");
        assert!(structural("第一次").is_err(), "第一次 is not structural");
        let (_, m) = structural("第十二條").unwrap();
        assert_eq!((m.family, m.value), (MarkerFamily::Article, 12));
        let (_, m) = structural("第三節").unwrap();
        assert_eq!(m.family, MarkerFamily::Section);
        let (_, m) = structural("第二編").unwrap();
        assert_eq!(m.family, MarkerFamily::Part);
        assert!(structural("第一，").is_err(), "第一， is an ordinal");
    }
}
