//! 版头 (GB/T 9704 §7.2): 份号, 密级和保密期限, 紧急程度, 发文机关标志,
//! 发文字号, 签发人. Each function reads one trimmed line.

use crate::furniture::{ends_with_genre, is_issuer_mark};
use crate::marker::is_space;
use crate::text::char_len;

/// 份号: six digits alone on a line (GB/T 9704 §7.2.1; five to eight are
/// read, so a short or long one is still found, but not a year `2026`).
///
/// ```ignore
/// assert!(is_copy_number("000123"));
/// ```
pub(crate) fn is_copy_number(t: &str) -> bool {
    (5..=8).contains(&t.chars().count()) && t.chars().all(|c| super::date::digit(c).is_some())
}

/// 密级和保密期限: `绝密` `机密` `秘密`, alone or with a term after `★`
/// (`机密★1年`, `秘密★6个月`, `绝密★长期`), spaced out or not.
pub(crate) fn is_classification(t: &str) -> bool {
    let t: String = t.chars().filter(|c| !is_space(*c)).collect();
    let Some(rest) = ["绝密", "机密", "秘密"]
        .iter()
        .find_map(|l| t.strip_prefix(l))
    else {
        return false;
    };
    rest.is_empty() || (rest.starts_with(['★', '☆', '*']) && char_len(rest) <= 8)
}

/// 紧急程度: `特急`, `加急` (`特提`, `平急` of telegrams too), spaced out or not.
pub(crate) fn is_urgency(t: &str) -> bool {
    let t: String = t.chars().filter(|c| !is_space(*c)).collect();
    matches!(t.as_str(), "特急" | "加急" | "特提" | "平急")
}

/// 发文机关标志 by its words: `XX市人民政府文件` (an organ's name before
/// `文件`: `采购文件` is no mark), an organ's name (`XX省教育厅`, a 函's mark),
/// a 纪要's mark (`XX市人民政府常务会议纪要`).
pub(crate) fn is_issuer_mark_line(t: &str) -> bool {
    let named = match t.strip_suffix("文件") {
        Some(organ) => is_issuer_mark(organ),
        None => is_issuer_mark(t),
    };
    (named || (t.ends_with("纪要") && !t.contains("关于"))) && !is_copy_number(t)
}

/// A centred line of a .docx that may be a 发文机关标志 its words do not
/// show (`某某联合工作组`): short, no sentence, no genre, no date, no 目录.
/// The reader also asks that a 发文字号 or the title follow it.
pub(crate) fn may_be_centred_mark(t: &str) -> bool {
    (2..=40).contains(&char_len(t))
        && !t.contains(['。', '，', '：', ':', '；', '《'])
        && !t.contains("关于")
        && !t.contains("印发")
        && !ends_with_genre(t)
        && super::date::date_at(t).is_none()
        && !(t.contains('年') && t.ends_with(['月', '日']))
        && !crate::furniture::is_toc_header(t)
        && !is_copy_number(t)
}

/// A 发文字号 found in a line: 机关代字, bracketed year, 序号, `号`, each as
/// written, with byte offsets into the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DocNumber {
    /// Start of the number (the 机关代字).
    pub start: usize,
    /// The opening bracket of the year.
    pub open: (usize, char),
    /// The year's digits.
    pub year: (usize, usize),
    /// The closing bracket of the year.
    pub close: (usize, char),
    /// `第` before the 序号, if written.
    pub ordinal: Option<usize>,
    /// The 序号's digits.
    pub serial: (usize, usize),
    /// One past `号`.
    pub end: usize,
}

fn is_digit(c: char) -> bool {
    super::date::digit(c).is_some()
}

const OPENERS: &[char] = &['〔', '[', '【', '（', '(', '［', '﹝', '〈'];
const CLOSERS: &[char] = &['〕', ']', '】', '）', ')', '］', '﹞', '〉'];

/// Reads a 发文字号 anywhere in `t`: `X政办发〔2026〕12号`, also in the wrong
/// brackets (`[2026]`, `【2026】`, `（2026）`), with a short year, a padded
/// number (`012号`) or `第`, so the checks can say what is wrong.
pub(crate) fn doc_number(t: &str) -> Option<DocNumber> {
    for (open_at, open) in t.char_indices().filter(|(_, c)| OPENERS.contains(c)) {
        let after = open_at + open.len_utf8();
        let year_end = t[after..]
            .char_indices()
            .find(|&(_, c)| !is_digit(c))
            .map_or(t.len(), |(i, _)| after + i);
        let digits = t[after..year_end].chars().count();
        if digits != 2 && digits != 4 {
            continue;
        }
        let Some(close) = t[year_end..].chars().next().filter(|c| CLOSERS.contains(c)) else {
            continue;
        };
        let mut at = year_end + close.len_utf8();
        let ordinal = t[at..].starts_with('第').then_some(at);
        if ordinal.is_some() {
            at += '第'.len_utf8();
        }
        let serial_end = t[at..]
            .char_indices()
            .find(|&(_, c)| !is_digit(c))
            .map_or(t.len(), |(i, _)| at + i);
        if serial_end == at || !t[serial_end..].starts_with(['号', '號']) {
            continue;
        }
        // The 机关代字: the run of letters before the bracket (at most 20
        // characters are looked at, so a long line is read in linear time).
        let run: Vec<(usize, char)> = t[..open_at]
            .char_indices()
            .rev()
            .take(21)
            .take_while(|&(_, c)| !is_space(c) && !"（(《“，。：:、；".contains(c))
            .collect();
        let start = match run.last() {
            Some(&(i, _)) if run.len() <= 20 => i,
            _ => continue,
        };
        return Some(DocNumber {
            start,
            open: (open_at, open),
            year: (after, year_end),
            close: (year_end, close),
            ordinal,
            serial: (at, serial_end),
            end: serial_end + '号'.len_utf8(),
        });
    }
    None
}

/// The names after `签发人：` in `t` (byte range), when the line has them.
pub(crate) fn signer(t: &str) -> Option<(usize, usize)> {
    let at = t.find("签发人")?;
    let rest = &t[at + "签发人".len()..];
    let colon = rest.strip_prefix(['：', ':'])?;
    let from = t.len() - colon.trim_start_matches(is_space).len();
    let end = t.trim_end_matches(is_space).len();
    (end > from).then_some((from, end))
}

/// A line of the 版头 that holds a 发文字号 and nothing else but, for a
/// 上行文, its 签发人 (`X政〔2026〕5号　　签发人：张三`), or brackets around
/// it (`（新质监办发〔2012〕24号）`, as web copies print it).
pub(crate) fn doc_number_line(t: &str) -> Option<DocNumber> {
    let n = doc_number(t)?;
    let before = t[..n.start].trim_matches(is_space);
    let after = match t.find("签发人") {
        Some(s) if s >= n.end => &t[n.end..s],
        _ => &t[n.end..],
    };
    let after = after.trim_matches(is_space);
    let bare = before.is_empty() && after.is_empty();
    let bracketed = matches!(before, "（" | "(") && matches!(after, "）" | ")");
    (bare || bracketed).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_head_lines() {
        assert!(is_copy_number("000123"));
        assert!(!is_copy_number("2026"));
        assert!(is_classification("机密★1年"));
        assert!(is_classification("秘　密"));
        assert!(!is_classification("机密文件管理办法"));
        assert!(is_urgency("特　急"));
        assert!(is_issuer_mark_line("XX市人民政府办公室文件"));
        assert!(is_issuer_mark_line("XX市人民政府常务会议纪要"));
        assert!(is_issuer_mark_line("XX省教育厅"));
        assert!(!is_issuer_mark_line("竞争性磋商采购文件"));
        assert!(!is_issuer_mark_line("关于开展检查的通知"));
        assert!(may_be_centred_mark("某某联合工作组"));
        assert!(!may_be_centred_mark("关于开展检查的通知"));
        assert!(!may_be_centred_mark("二○二六年五月"));
        assert!(!may_be_centred_mark("目 录"));
    }

    #[test]
    fn reads_document_numbers_and_signers() {
        let t = "X政〔2026〕5号　　签发人：张三";
        let n = doc_number_line(t).unwrap();
        assert_eq!(&t[n.start..n.end], "X政〔2026〕5号");
        let (a, b) = signer(t).unwrap();
        assert_eq!(&t[a..b], "张三");
        let t = "（新质监办发〔2012〕24号）";
        let n = doc_number_line(t).unwrap();
        assert_eq!(&t[n.start..n.end], "新质监办发〔2012〕24号");
        let t = "X政发[26]第012号";
        let n = doc_number_line(t).unwrap();
        assert_eq!(
            (n.open.1, &t[n.year.0..n.year.1], n.ordinal.is_some()),
            ('[', "26", true)
        );
        assert_eq!(&t[n.serial.0..n.serial.1], "012");
        assert!(doc_number_line("按照《通知》（新政办发〔2010〕79号）规定").is_none());
    }
}
