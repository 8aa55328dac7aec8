//! Numerals: Chinese numerals (一 十一 一百零五 两千), ASCII and full-width
//! digits, and the enclosed forms ① ⑴ ㈠ ⒈. Each parses to its value and
//! formats back from it.
//!
//! ```
//! use gongwen_parse::numeral::{format, parse_value};
//! use gongwen_model::NumeralStyle;
//! assert_eq!(parse_value("一百零五", NumeralStyle::Chinese), Ok(105));
//! assert_eq!(format(105, NumeralStyle::Chinese).as_deref(), Some("一百零五"));
//! assert_eq!(format(3, NumeralStyle::Circled).as_deref(), Some("③"));
//! ```

use gongwen_model::NumeralStyle;
use nom::{IResult, Parser};

/// Why a numeral could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NumeralError {
    /// The text is not a numeral of the requested style.
    #[error("not a numeral of this style")]
    Invalid,
    /// The numeral is well formed but its value does not fit in a `u32`.
    #[error("numeral too large")]
    Overflow,
}

/// The largest value [`format()`] and the marker grammars accept.
pub const MAX_VALUE: u32 = u32::MAX;

fn cn_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' | '兩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn cn_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

/// True for characters that can appear in a Chinese numeral.
///
/// ```
/// assert!(gongwen_parse::numeral::is_chinese_numeral_char('十'));
/// assert!(!gongwen_parse::numeral::is_chinese_numeral_char('年'));
/// ```
pub fn is_chinese_numeral_char(c: char) -> bool {
    cn_digit(c).is_some() || cn_unit(c).is_some() || matches!(c, '万' | '亿' | '萬' | '億')
}

/// Reads the longest Chinese numeral (unit form: 十一, 一百零五, 两千, 三万零一)
/// at the start of `s`. Returns the value (which may exceed `u32`) and the
/// number of bytes read; `Err(Overflow)` when it exceeds `u64`.
fn chinese_prefix(s: &str) -> Result<(u64, usize), NumeralError> {
    let mut total: u64 = 0; // completed 亿 part
    let mut wan: u64 = 0; // completed 万 part within the current 亿 group
    let mut section: u64 = 0; // below 万
    let mut pending: Option<u64> = None;
    let mut last_unit: u64 = u64::MAX;
    let mut zero = false;
    let mut used = 0usize; // bytes of the accepted prefix
    let mut any = false;
    let mut had_wan = false;
    for (i, c) in s.char_indices() {
        if let Some(d) = cn_digit(c) {
            if d == 0 {
                if pending.is_some() || !any {
                    break;
                }
                zero = true;
                continue;
            }
            if pending.is_some() {
                break;
            }
            if matches!(c, '两' | '兩')
                && s[i + c.len_utf8()..].chars().next().and_then(cn_unit) == Some(10)
            {
                break; // 两十 is not a numeral
            }
            pending = Some(d);
            any = true;
            used = i + c.len_utf8();
            zero = false;
        } else if let Some(u) = cn_unit(c) {
            if u >= last_unit {
                break;
            }
            let d = match pending.take() {
                Some(d) => d,
                None if u == 10 && !zero && section == 0 => 1,
                None => break,
            };
            section = section
                .checked_add(d.checked_mul(u).ok_or(NumeralError::Overflow)?)
                .ok_or(NumeralError::Overflow)?;
            last_unit = u;
            any = true;
            zero = false;
            used = i + c.len_utf8();
        } else if matches!(c, '万' | '亿' | '萬' | '億') {
            let group = section + pending.take().unwrap_or(0);
            if matches!(c, '万' | '萬') {
                if had_wan || (group == 0) {
                    break;
                }
                wan = group.checked_mul(10_000).ok_or(NumeralError::Overflow)?;
                had_wan = true;
            } else {
                let all = wan.checked_add(group).ok_or(NumeralError::Overflow)?;
                if all == 0 && total == 0 {
                    break;
                }
                total = total
                    .checked_add(all)
                    .and_then(|t| t.checked_mul(100_000_000))
                    .ok_or(NumeralError::Overflow)?;
                wan = 0;
                had_wan = false;
            }
            section = 0;
            last_unit = u64::MAX;
            zero = false;
            used = i + c.len_utf8();
        } else {
            break;
        }
    }
    if !any {
        return Err(NumeralError::Invalid);
    }
    // A trailing digit after a unit (二百五 = 250) is not standard; we read the
    // digit as ones, which is what the text says in 公文 (一百零五, 一百一十).
    let value = total
        .checked_add(wan)
        .and_then(|v| v.checked_add(section))
        .and_then(|v| v.checked_add(pending.unwrap_or(0)))
        .ok_or(NumeralError::Overflow)?;
    Ok((value, used))
}

/// nom parser: a Chinese numeral in unit form. Fails with a nom error on
/// anything else, including values beyond `u32` (never wraps).
///
/// ```
/// use gongwen_parse::numeral::chinese;
/// assert_eq!(chinese("十一、").unwrap(), ("、", 11));
/// assert_eq!(chinese("一千零四十条").unwrap(), ("条", 1040));
/// assert!(chinese("一百万亿亿亿").is_err());
/// ```
pub fn chinese(input: &str) -> IResult<&str, u32> {
    match chinese_prefix(input) {
        Ok((v, used)) if v <= u64::from(MAX_VALUE) && used > 0 => Ok((&input[used..], v as u32)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        ))),
    }
}

fn is_fullwidth_digit(c: char) -> bool {
    ('０'..='９').contains(&c)
}

/// nom parser: a run of ASCII digits or a run of full-width digits (not
/// mixed), with its style. Values beyond `u32` fail.
///
/// ```
/// use gongwen_parse::numeral::arabic;
/// use gongwen_model::NumeralStyle;
/// assert_eq!(arabic("12.").unwrap(), (".", (12, NumeralStyle::Ascii)));
/// assert_eq!(arabic("１２．").unwrap(), ("．", (12, NumeralStyle::Fullwidth)));
/// assert!(arabic("99999999999.").is_err());
/// ```
pub fn arabic(input: &str) -> IResult<&str, (u32, NumeralStyle)> {
    use nom::bytes::complete::take_while1;
    let ascii = take_while1(|c: char| c.is_ascii_digit())
        .map_opt(|d: &str| d.parse::<u32>().ok().map(|v| (v, NumeralStyle::Ascii)));
    let full = take_while1(is_fullwidth_digit).map_opt(|d: &str| {
        d.chars()
            .try_fold(0u32, |acc, c| {
                acc.checked_mul(10)?.checked_add(c as u32 - '０' as u32)
            })
            .map(|v| (v, NumeralStyle::Fullwidth))
    });
    nom::branch::alt((ascii, full)).parse(input)
}

/// The value of a single enclosed-number character and its style:
/// ①–⑳ ㉑–㊿ (circled), ⑴–⒇ (parenthesised digits), ㈠–㈩ (parenthesised
/// ideographs), ⒈–⒛ (digits with a full stop).
///
/// ```
/// use gongwen_parse::numeral::enclosed;
/// use gongwen_model::NumeralStyle;
/// assert_eq!(enclosed('⑳'), Some((20, NumeralStyle::Circled)));
/// assert_eq!(enclosed('㊿'), Some((50, NumeralStyle::Circled)));
/// assert_eq!(enclosed('㈢'), Some((3, NumeralStyle::ParenIdeograph)));
/// assert_eq!(enclosed('a'), None);
/// ```
pub fn enclosed(c: char) -> Option<(u32, NumeralStyle)> {
    let u = c as u32;
    Some(match u {
        0x2460..=0x2473 => (u - 0x2460 + 1, NumeralStyle::Circled),
        0x3251..=0x325F => (u - 0x3251 + 21, NumeralStyle::Circled),
        0x32B1..=0x32BF => (u - 0x32B1 + 36, NumeralStyle::Circled),
        0x2474..=0x2487 => (u - 0x2474 + 1, NumeralStyle::ParenDigit),
        0x2488..=0x249B => (u - 0x2488 + 1, NumeralStyle::FullStopDigit),
        0x3220..=0x3229 => (u - 0x3220 + 1, NumeralStyle::ParenIdeograph),
        _ => return None,
    })
}

/// The sequence words 首先 其次 再次 最后 and their positions.
///
/// ```
/// assert_eq!(gongwen_parse::numeral::sequence_word_value("其次"), Some(2));
/// ```
pub fn sequence_word_value(w: &str) -> Option<u32> {
    Some(match w {
        "首先" => 1,
        "其次" => 2,
        "再次" => 3,
        "最后" | "最後" => 4,
        _ => return None,
    })
}

/// The Chinese numeral character a capital (financial) numeral character
/// stands for: 壹 → 一, 貳 → 二, 拾 → 十. Both scripts are read.
fn capital_digit(c: char) -> Option<char> {
    Some(match c {
        '零' => '零',
        '壹' => '一',
        '贰' | '貳' => '二',
        '叁' | '參' | '叄' => '三',
        '肆' => '四',
        '伍' => '五',
        '陆' | '陸' => '六',
        '柒' => '七',
        '捌' => '八',
        '玖' => '九',
        '拾' => '十',
        '佰' => '百',
        '仟' => '千',
        _ => return None,
    })
}

/// The capital (financial, 大写) form of a Chinese numeral character, in
/// the simplified or the traditional script; other characters unchanged.
///
/// ```
/// use gongwen_parse::numeral::capital_char;
/// assert_eq!(capital_char('二', true), '贰');
/// assert_eq!(capital_char('二', false), '貳');
/// assert_eq!(capital_char('年', true), '年');
/// ```
pub fn capital_char(c: char, simplified: bool) -> char {
    match c {
        '零' => '零',
        '一' => '壹',
        '二' => {
            if simplified {
                '贰'
            } else {
                '貳'
            }
        }
        '三' => {
            if simplified {
                '叁'
            } else {
                '參'
            }
        }
        '四' => '肆',
        '五' => '伍',
        '六' => {
            if simplified {
                '陆'
            } else {
                '陸'
            }
        }
        '七' => '柒',
        '八' => '捌',
        '九' => '玖',
        '十' => '拾',
        '百' => '佰',
        '千' => '仟',
        '万' => {
            if simplified {
                '万'
            } else {
                '萬'
            }
        }
        '亿' => {
            if simplified {
                '亿'
            } else {
                '億'
            }
        }
        other => other,
    }
}

/// `value` in capital numerals, the simplified or the traditional script
/// (up to 9999: 万 has no capital form read back).
///
/// ```
/// use gongwen_parse::numeral::format_capital;
/// assert_eq!(format_capital(12, true).as_deref(), Some("拾贰"));
/// assert_eq!(format_capital(3, false).as_deref(), Some("參"));
/// assert_eq!(format_capital(10_000, true), None);
/// ```
pub fn format_capital(value: u32, simplified: bool) -> Option<String> {
    if value >= 10_000 {
        return None;
    }
    format(value, NumeralStyle::Chinese)
        .map(|cn| cn.chars().map(|c| capital_char(c, simplified)).collect())
}

/// True for characters that can appear in a capital numeral (`壹` … `仟`).
///
/// ```
/// assert!(gongwen_parse::numeral::is_capital_numeral_char('貳'));
/// assert!(!gongwen_parse::numeral::is_capital_numeral_char('二'));
/// ```
pub fn is_capital_numeral_char(c: char) -> bool {
    c != '零' && capital_digit(c).is_some()
}

/// The most characters of a capital numeral read (`玖仟玖佰玖拾玖`, 9999, is
/// seven; one more is looked at to find where the run ends): the run is
/// copied, so its length is bounded.
const CAPITAL_MAX_CHARS: usize = 8;

/// Reads the capital numeral at the start of `s` as the Chinese numeral it
/// spells; returns its value and the bytes read.
fn capital_prefix(s: &str) -> Result<(u64, usize), NumeralError> {
    // The run is mapped character by character (every character of both
    // forms is three bytes in UTF-8), so bytes read map back one to one.
    let mut mapped = String::new();
    for c in s.chars().take(CAPITAL_MAX_CHARS) {
        match capital_digit(c) {
            Some(m) => mapped.push(m),
            None => break,
        }
    }
    let (v, used) = chinese_prefix(&mapped)?;
    let chars = mapped[..used].chars().count();
    let bytes = s.chars().take(chars).map(char::len_utf8).sum();
    Ok((v, bytes))
}

/// nom parser: a capital (financial) numeral, `壹` `貳` `拾壹` (values up to
/// `u32`; a leading 零 is no numeral).
///
/// ```
/// use gongwen_parse::numeral::capital;
/// assert_eq!(capital("參、比賽時間").unwrap(), ("、比賽時間", 3));
/// assert_eq!(capital("拾貳、").unwrap(), ("、", 12));
/// assert!(capital("一、").is_err());
/// ```
pub fn capital(input: &str) -> IResult<&str, u32> {
    match capital_prefix(input) {
        Ok((v, used)) if v <= u64::from(MAX_VALUE) && used > 0 => Ok((&input[used..], v as u32)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        ))),
    }
}

/// Lowercase Roman numeral values, largest first, with their letters.
const ROMAN: [(u32, &str); 13] = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
];

/// The largest value written in Roman numerals (`mmmcmxcix`).
const MAX_ROMAN: u32 = 3999;

fn format_roman(mut value: u32) -> Option<String> {
    if !(1..=MAX_ROMAN).contains(&value) {
        return None;
    }
    let mut s = String::new();
    for (v, letters) in ROMAN {
        while value >= v {
            s.push_str(letters);
            value -= v;
        }
    }
    Some(s)
}

/// nom parser: a lowercase Roman numeral in its canonical form (`iv`, not
/// `iiii`), 1 to 3999.
///
/// ```
/// use gongwen_parse::numeral::roman;
/// assert_eq!(roman("iv.").unwrap(), (".", 4));
/// assert_eq!(roman("xii)").unwrap(), (")", 12));
/// assert!(roman("iiii.").is_err());
/// assert!(roman("vx.").is_err());
/// ```
pub fn roman(input: &str) -> IResult<&str, u32> {
    let fail = || {
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        )))
    };
    // At most `mmmdccclxxxviii`'s fifteen letters make a numeral; one more
    // is read to see that the run ends.
    let len = input
        .bytes()
        .take(16)
        .take_while(|b| b"ivxlcdm".contains(b))
        .count();
    let letters = &input[..len];
    let mut value = 0u32;
    let mut rest = letters;
    for (v, l) in ROMAN {
        while let Some(r) = rest.strip_prefix(l) {
            value += v;
            rest = r;
        }
    }
    if len == 0 || !rest.is_empty() || format_roman(value).as_deref() != Some(letters) {
        return fail();
    }
    Ok((&input[len..], value))
}

/// Parses the whole of `s` as a numeral of `style`.
///
/// ```
/// use gongwen_parse::numeral::{parse_value, NumeralError};
/// use gongwen_model::NumeralStyle;
/// assert_eq!(parse_value("二十", NumeralStyle::Chinese), Ok(20));
/// assert_eq!(parse_value("１０", NumeralStyle::Fullwidth), Ok(10));
/// assert_eq!(parse_value("一百万亿", NumeralStyle::Chinese), Err(NumeralError::Overflow));
/// assert_eq!(parse_value("二十x", NumeralStyle::Chinese), Err(NumeralError::Invalid));
/// ```
pub fn parse_value(s: &str, style: NumeralStyle) -> Result<u32, NumeralError> {
    match style {
        NumeralStyle::Chinese => {
            let (v, used) = chinese_prefix(s)?;
            if used != s.len() {
                return Err(NumeralError::Invalid);
            }
            u32::try_from(v).map_err(|_| NumeralError::Overflow)
        }
        NumeralStyle::Ascii | NumeralStyle::Fullwidth => {
            let want_full = style == NumeralStyle::Fullwidth;
            let mut acc: u32 = 0;
            let mut any = false;
            for c in s.chars() {
                let d = if want_full && is_fullwidth_digit(c) {
                    c as u32 - '０' as u32
                } else if !want_full && c.is_ascii_digit() {
                    c as u32 - '0' as u32
                } else {
                    return Err(NumeralError::Invalid);
                };
                any = true;
                acc = acc
                    .checked_mul(10)
                    .and_then(|a| a.checked_add(d))
                    .ok_or(NumeralError::Overflow)?;
            }
            if any {
                Ok(acc)
            } else {
                Err(NumeralError::Invalid)
            }
        }
        NumeralStyle::Word => sequence_word_value(s).ok_or(NumeralError::Invalid),
        NumeralStyle::Roman => match roman(s) {
            Ok(("", v)) => Ok(v),
            _ => Err(NumeralError::Invalid),
        },
        NumeralStyle::Capital => {
            let (v, used) = capital_prefix(s)?;
            if used != s.len() {
                return Err(NumeralError::Invalid);
            }
            u32::try_from(v).map_err(|_| NumeralError::Overflow)
        }
        _ => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => match enclosed(c) {
                    Some((v, st)) if st == style => Ok(v),
                    _ => Err(NumeralError::Invalid),
                },
                _ => Err(NumeralError::Invalid),
            }
        }
    }
}

const CN_DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

fn format_chinese_below_10000(mut n: u32, out: &mut String, leading: bool) {
    let units = [(1000, '千'), (100, '百'), (10, '十')];
    let mut started = false;
    let mut zero_pending = false;
    for (u, name) in units {
        let d = n / u;
        n %= u;
        if d == 0 {
            if started {
                zero_pending = true;
            }
            continue;
        }
        if zero_pending {
            out.push('零');
            zero_pending = false;
        }
        // 十一 not 一十一, but 一百一十 inside larger numbers.
        if !(u == 10 && d == 1 && !started && leading) {
            out.push(CN_DIGITS[d as usize]);
        }
        out.push(name);
        started = true;
    }
    if n > 0 {
        if zero_pending {
            out.push('零');
        }
        out.push(CN_DIGITS[n as usize]);
    }
}

/// Writes `value` in `style`; `None` when the style cannot hold it (0 in any
/// style but Chinese and digits, ㉑ beyond 50, ⑴ beyond 20, ㈠ beyond 10…).
///
/// ```
/// use gongwen_parse::numeral::format;
/// use gongwen_model::NumeralStyle;
/// assert_eq!(format(11, NumeralStyle::Chinese).as_deref(), Some("十一"));
/// assert_eq!(format(1040, NumeralStyle::Chinese).as_deref(), Some("一千零四十"));
/// assert_eq!(format(12, NumeralStyle::Fullwidth).as_deref(), Some("１２"));
/// assert_eq!(format(21, NumeralStyle::ParenDigit), None);
/// ```
pub fn format(value: u32, style: NumeralStyle) -> Option<String> {
    let single = |base: u32, first: u32, last: u32| {
        (first..=last)
            .contains(&value)
            .then(|| char::from_u32(base + value - first).map(String::from))
            .flatten()
    };
    match style {
        NumeralStyle::Chinese => {
            let mut s = String::new();
            if value == 0 {
                s.push('零');
                return Some(s);
            }
            let yi = value / 100_000_000;
            let wan = (value / 10_000) % 10_000;
            let rest = value % 10_000;
            let mut started = false;
            if yi > 0 {
                format_chinese_below_10000(yi, &mut s, true);
                s.push('亿');
                started = true;
            }
            if wan > 0 {
                if started && wan < 1000 {
                    s.push('零');
                }
                format_chinese_below_10000(wan, &mut s, !started);
                s.push('万');
                started = true;
            } else if started && rest > 0 {
                s.push('零');
            }
            if rest > 0 {
                if started && rest < 1000 && wan > 0 {
                    s.push('零');
                }
                format_chinese_below_10000(rest, &mut s, !started);
            }
            Some(s)
        }
        NumeralStyle::Ascii => Some(value.to_string()),
        NumeralStyle::Fullwidth => Some(
            value
                .to_string()
                .chars()
                .filter_map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32))
                .collect(),
        ),
        NumeralStyle::Circled => single(0x2460, 1, 20)
            .or_else(|| single(0x3251, 21, 35))
            .or_else(|| single(0x32B1, 36, 50)),
        NumeralStyle::ParenDigit => single(0x2474, 1, 20),
        NumeralStyle::FullStopDigit => single(0x2488, 1, 20),
        NumeralStyle::ParenIdeograph => single(0x3220, 1, 10),
        NumeralStyle::Word => ["首先", "其次", "再次", "最后"]
            .get((value as usize).checked_sub(1)?)
            .map(|s| s.to_string()),
        NumeralStyle::Roman => format_roman(value),
        // Simplified capitals (`format_capital` writes either script).
        NumeralStyle::Capital => format_capital(value, true),
        // A style added to the model later has no form written here.
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn chinese_forms() {
        for (s, v) in [
            ("一", 1),
            ("十", 10),
            ("十一", 11),
            ("二十", 20),
            ("一百零五", 105),
            ("一百一十", 110),
            ("两千", 2000),
            ("一千零四十", 1040),
            ("一千一百一十八", 1118),
            ("三万零一", 30001),
        ] {
            assert_eq!(
                parse_value(s, NumeralStyle::Chinese),
                Ok(v),
                "should read {s} as {v}"
            );
        }
    }

    #[test]
    fn overflow_is_an_error_not_a_wrap() {
        assert_eq!(
            parse_value("一百万亿", NumeralStyle::Chinese),
            Err(NumeralError::Overflow),
            "1e14 does not fit in u32"
        );
        assert_eq!(
            parse_value("99999999999", NumeralStyle::Ascii),
            Err(NumeralError::Overflow),
            "11 nines do not fit in u32"
        );
        assert!(
            chinese("九千九百亿亿亿亿亿亿").is_err(),
            "u64 overflow must not panic"
        );
    }

    #[test]
    fn invalid_forms_are_rejected() {
        for s in ["", "年", "十十", "百", "零"] {
            assert!(
                parse_value(s, NumeralStyle::Chinese).is_err(),
                "{s:?} is not a numeral"
            );
        }
        assert!(
            parse_value("1２", NumeralStyle::Ascii).is_err(),
            "mixed widths"
        );
    }

    fn styles() -> impl Strategy<Value = NumeralStyle> {
        prop_oneof![
            Just(NumeralStyle::Chinese),
            Just(NumeralStyle::Ascii),
            Just(NumeralStyle::Fullwidth),
            Just(NumeralStyle::Circled),
            Just(NumeralStyle::ParenDigit),
            Just(NumeralStyle::FullStopDigit),
            Just(NumeralStyle::ParenIdeograph),
            Just(NumeralStyle::Word),
            Just(NumeralStyle::Capital),
            Just(NumeralStyle::Roman),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn format_then_parse_round_trips(v in 1u32..=9999, style in styles()) {
            if let Some(s) = format(v, style) {
                prop_assert_eq!(parse_value(&s, style), Ok(v), "{} in {:?}", s, style);
            } else {
                // Only the bounded styles may refuse, and only above their range.
                prop_assert!(!matches!(style, NumeralStyle::Chinese | NumeralStyle::Ascii | NumeralStyle::Fullwidth));
                prop_assert!(v > 4);
            }
        }

        #[test]
        fn chinese_round_trips_over_u32(v in 1u32..=u32::MAX) {
            let s = format(v, NumeralStyle::Chinese).unwrap_or_default();
            prop_assert_eq!(parse_value(&s, NumeralStyle::Chinese), Ok(v), "{}", s);
        }
    }

    #[test]
    fn every_value_below_10000_round_trips_in_chinese() {
        for v in 1..=9999 {
            let s = format(v, NumeralStyle::Chinese).unwrap_or_default();
            assert_eq!(parse_value(&s, NumeralStyle::Chinese), Ok(v), "{s}");
        }
    }
}
