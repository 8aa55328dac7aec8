//! Dates as a 公文 writes them: `2026年12月6日`, `二〇二六年十二月六日`,
//! `2026年12月06日`, `26年12月6日`. Read leniently here so that the checks
//! (`check/gbt/date.rs`) can say what is wrong with one.

use crate::marker::is_space;

/// A date read from text, with what GB/T 9704 §7.3.5 asks of its form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateForm {
    /// Byte range of the date in the text it was read from.
    pub start: usize,
    /// End of that range (after `日`).
    pub end: usize,
    /// The year as written: 4 digits, or 2 (`26年`).
    pub year: u32,
    /// Digits in the year as written.
    pub year_digits: usize,
    /// The month.
    pub month: u32,
    /// The day.
    pub day: u32,
    /// Written in Chinese numerals (`二〇二六年十二月六日`).
    pub chinese: bool,
    /// A month or day padded with a zero (`06日`).
    pub padded: bool,
}

impl DateForm {
    /// The date as GB/T 9704 writes it, when the year is whole:
    /// `2026年12月6日`.
    pub fn standard(&self) -> Option<String> {
        (self.year_digits == 4).then(|| format!("{}年{}月{}日", self.year, self.month, self.day))
    }
}

/// The value of an Arabic digit, ASCII or full-width (`７`); what every
/// reader of this module counts as a digit.
pub(super) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '○' | 'Ｏ' | '零' | 'O' => 0,
        '一' => 1,
        '二' => 2,
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

/// A month or day in Chinese numerals: `六`, `十`, `十二`, `二十一`, `三十`.
fn cn_small(s: &str) -> Option<u32> {
    let c: Vec<char> = s.chars().collect();
    match c.as_slice() {
        [a] if *a == '十' => Some(10),
        [a] => cn_digit(*a).filter(|&v| v > 0),
        ['十', b] => cn_digit(*b).filter(|&v| v > 0).map(|v| 10 + v),
        [a, '十'] => cn_digit(*a).filter(|&v| v > 1).map(|v| v * 10),
        [a, '十', b] => {
            Some(cn_digit(*a).filter(|&v| v > 1)? * 10 + cn_digit(*b).filter(|&v| v > 0)?)
        }
        _ => None,
    }
}

/// Reads the number before `unit` at the start of `s`: Arabic digits or
/// Chinese numerals. Returns (value, digits, chinese, padded, bytes read
/// with the unit).
fn part(s: &str, unit: char, year: bool) -> Option<(u32, usize, bool, bool, usize)> {
    let at = s.find(unit)?;
    let n: &str = s[..at].trim_matches(is_space);
    if n.is_empty() || n.chars().count() > 4 {
        return None;
    }
    let read = at + unit.len_utf8();
    if n.chars().all(|c| digit(c).is_some()) {
        let v = n.chars().try_fold(0u32, |a, c| Some(a * 10 + digit(c)?))?;
        let digits = n.chars().count();
        let padded = !year && digits > 1 && n.starts_with(['0', '０']);
        return Some((v, digits, false, padded, read));
    }
    if year {
        let v = n
            .chars()
            .try_fold(0u32, |a, c| Some(a * 10 + cn_digit(c)?))?;
        return Some((v, n.chars().count(), true, false, read));
    }
    cn_small(n).map(|v| (v, 0, true, false, read))
}

/// Reads a date starting at the start of `s` (`2026年12月6日…`).
pub(crate) fn date_at(s: &str) -> Option<DateForm> {
    let (year, year_digits, cy, _, a) = part(s, '年', true)?;
    if year_digits != 2 && year_digits != 4 {
        return None;
    }
    let (month, _, cm, pm, b) = part(&s[a..], '月', false)?;
    let (day, _, cd, pd, c) = part(&s[a + b..], '日', false)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(DateForm {
        start: 0,
        end: a + b + c,
        year,
        year_digits,
        month,
        day,
        chinese: cy || cm || cd,
        padded: pm || pd,
    })
}

/// A line that is a date and nothing else (white space around it allowed).
///
/// ```ignore
/// assert!(date_alone("２０２６年12月6日").is_some());
/// ```
pub(crate) fn date_alone(line: &str) -> Option<DateForm> {
    let t = line.trim_matches(is_space);
    let lead = line.len() - line.trim_start_matches(is_space).len();
    let d = date_at(t)?;
    (d.end == t.len()).then_some(DateForm {
        start: lead,
        end: lead + d.end,
        ..d
    })
}

/// The date in a line that ends `…2026年12月6日印发`: where it is in `line`.
pub(crate) fn printed_date(line: &str) -> Option<DateForm> {
    let t = line.trim_end_matches(is_space).strip_suffix("印发")?;
    let t = t.trim_end_matches(is_space);
    // The date is the last run of the line without white space.
    let from = t
        .char_indices()
        .rev()
        .find(|&(_, c)| is_space(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let d = date_at(&t[from..])?;
    (from + d.end == t.len()).then_some(DateForm {
        start: from,
        end: from + d.end,
        ..d
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms_a_document_uses() {
        let d = date_alone("2026年12月6日").unwrap();
        assert_eq!(
            (d.year, d.month, d.day, d.chinese, d.padded),
            (2026, 12, 6, false, false)
        );
        let d = date_alone("二〇二六年十二月六日").unwrap();
        assert_eq!((d.year, d.month, d.day, d.chinese), (2026, 12, 6, true));
        assert_eq!(d.standard().as_deref(), Some("2026年12月6日"));
        let d = date_alone("二○二一年八月二十一日").unwrap();
        assert_eq!((d.year, d.month, d.day), (2021, 8, 21));
        assert!(date_alone("2026年12月06日").unwrap().padded);
        assert_eq!(date_alone("26年12月6日").unwrap().year_digits, 2);
        assert!(date_alone("2026年12月6日起施行").is_none());
        assert!(date_alone("年   月   日").is_none());
        assert!(date_alone("2026年13月6日").is_none());
        let p = printed_date("某办公室　　2026年12月6日印发").unwrap();
        assert_eq!(
            &"某办公室　　2026年12月6日印发"[p.start..p.end],
            "2026年12月6日"
        );
    }
}
