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
/// let (rest, m) = structural("第 12 條　例假日").unwrap();
/// assert_eq!((rest, m.family, m.value), ("　例假日", MarkerFamily::Article, 12));
/// assert!(structural("第 3 條規定辦理者").is_err());
/// ```
pub fn structural(input: &str) -> IResult<&str, Found> {
    use nom::bytes::complete::tag;
    let number = nom::branch::alt((chinese.map(|v| (v, NumeralStyle::Chinese)), arabic));
    let word = nom::branch::alt((
        tag("分编").map(|_| MarkerFamily::SubPart),
        tag("分編").map(|_| MarkerFamily::SubPart),
        tag("编").map(|_| MarkerFamily::Part),
        tag("編").map(|_| MarkerFamily::Part),
        // `第一篇 开启全面建设新征程`: a plan's parts rank as a code's 编.
        tag("篇").map(|_| MarkerFamily::Part),
        tag("部分").map(|_| MarkerFamily::Division),
        tag("章").map(|_| MarkerFamily::Chapter),
        tag("节").map(|_| MarkerFamily::Section),
        tag("節").map(|_| MarkerFamily::Section),
        tag("条").map(|_| MarkerFamily::Article),
        tag("條").map(|_| MarkerFamily::Article),
    ));
    // `第 1 條`, `第 二 章`: text extracted from PDF (and Taiwan's law
    // database) sets the number apart with a space on each side.
    let gap = || nom::bytes::complete::take_while_m_n(0, 2, super::is_space);
    let (rest, (_, g1, (value, numeral), g2, family)) = (
        nom::character::complete::char('第'),
        gap(),
        number,
        gap(),
        word,
    )
        .parse(input)?;
    // (Spaced, the word stands apart from what follows too, `第 1 條　例假日`:
    // `…雇主依` / `第 3 條規定辦理者` is a cross-reference wrapped onto its line.)
    let spaced = !g1.is_empty() || !g2.is_empty();
    if spaced
        && !(rest.is_empty()
            || rest.starts_with(super::is_space)
            || rest.starts_with(['：', ':', '，', ',', '、']))
    {
        return fail(input);
    }
    // `第十七条之一`: a provision inserted after 第十七条 by an amendment;
    // its suffix belongs to the marker.
    let rest = match (nom::character::complete::char('之'), chinese).parse(rest) {
        Ok((after, _)) => after,
        Err(_) => rest,
    };
    if !(1..=99_999).contains(&value) || cites_a_provision(rest) {
        return fail(input);
    }
    // `第一篇` heads a part only set apart from its title (`第一篇 开启…`):
    // `第一篇文章是…` is prose.
    let consumed = &input[..input.len() - rest.len()];
    if consumed.ends_with('篇')
        && !(rest.is_empty() || rest.starts_with(super::is_space) || rest.starts_with(['：', ':']))
    {
        return fail(input);
    }
    // `第一部分，讲讲形势`, `第一部分：发展基础`, `第一条、合同标的`: the
    // comma, colon or 、 belongs to the marker, as in `第一，`, `附件1：` and
    // `一、` (outline spec convention 11).
    let rest = rest
        .strip_prefix(['，', ',', '：', ':', '、'])
        .unwrap_or(rest);
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

/// Text right after `第九条` that makes the line a reference to a provision,
/// as amendments write them (`第九条修改为：`, `第十三条后增加一条`,
/// `第十条第四项`, `第三条、第五条`), or as a paragraph opens on one
/// (`第三十条规定的情形`, `第五条的规定`, `第八条所称`), not the provision
/// itself.
fn cites_a_provision(rest: &str) -> bool {
    const CITES: &[&str] = &[
        "修改为",
        "改为",
        "修改",
        "调整为",
        "后增加",
        "后面增加",
        "中增加",
        "增加一",
        "删去",
        "删除",
        "中的",
        "之后",
        "规定",
        "的",
        "所称",
        "所列",
        "所指",
        "第",
        "、第",
        "和第",
        "至第",
        "及第",
        "或第",
    ];
    CITES.iter().any(|c| rest.starts_with(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert!(structural("第一分编").is_ok(), "should accept 分编");
        assert!(structural("第一次").is_err(), "第一次 is not structural");
        for cite in [
            "第九条修改为：“…”",
            "第十三条后增加一条，作为第十四条",
            "第十条第四项修改为",
            "第三条、第五条中的“…”删去",
        ] {
            assert!(structural(cite).is_err(), "{cite} cites a provision");
        }
        assert!(
            structural("第一条为了规范管理").is_ok(),
            "a lost separator is fine"
        );
        let (rest, m) = structural("第一条、合同标的").unwrap();
        assert_eq!((rest, m.family), ("合同标的", MarkerFamily::Article));
        let (rest, m) = structural("第一部分，讲讲形势").unwrap();
        assert_eq!((rest, m.family), ("讲讲形势", MarkerFamily::Division));
        let (_, m) = structural("第十二條").unwrap();
        assert_eq!((m.family, m.value), (MarkerFamily::Article, 12));
        let (_, m) = structural("第三節").unwrap();
        assert_eq!(m.family, MarkerFamily::Section);
        let (_, m) = structural("第二編").unwrap();
        assert_eq!(m.family, MarkerFamily::Part);
        assert!(structural("第一，").is_err(), "第一， is an ordinal");
        let (rest, m) = structural("第十七条之一　为了").unwrap();
        assert_eq!(
            (rest, m.family, m.value),
            ("　为了", MarkerFamily::Article, 17)
        );
        assert!(
            structural("第十七条之二后增加").is_err(),
            "cites 第十七条之二"
        );
        assert!(structural("第三条之后").is_err(), "之后 is not an ordinal");
        for cite in [
            "第三十条规定的情形，适用本办法",
            "第五条的规定不适用于",
            "第八条所称单位",
        ] {
            assert!(structural(cite).is_err(), "{cite} opens on a citation");
        }
        assert!(
            structural("第二条中华人民共和国国歌是").is_ok(),
            "an article whose text runs on without a space"
        );
    }
}
