//! 主体 (GB/T 9704 §7.3): 标题, 主送机关, 附件说明, 发文机关署名, 成文日期,
//! 附注. (附件, the annexes, are the parser's annex nodes: see `mod.rs`.)
//! Each function reads one trimmed line.

use crate::furniture::{ends_with_genre, is_addressee, is_bracketed_note};
use crate::marker::is_space;
use crate::text::char_len;

/// A line that reads as a document's title: it names a genre at its end
/// (`…的通知`, `…的请示`, `…的函`) and is no sentence.
pub(crate) fn is_title_line(t: &str) -> bool {
    // A stray mark at its end (`…的通知。`) is a fault of the title's form,
    // not a sign of a sentence.
    let inner = t.trim_end_matches(['。', '；', '，', '！', '？', '.', ';']);
    ends_with_genre(t) && char_len(t) <= 80 && !inner.contains(['。', '；']) && !is_addressee(t)
}

/// 主送机关: `各区县人民政府，市政府各部门：` (see
/// [`crate::furniture::is_addressee`]).
pub(crate) fn is_addressee_line(t: &str) -> bool {
    is_addressee(t)
}

/// The label of a 附件说明: `附件：` (or `附件:`), and the byte offset of
/// what follows it. `附件1：` (an annex's label) is not one.
pub(crate) fn attachment_label(t: &str) -> Option<usize> {
    let rest = t.strip_prefix("附件")?;
    let rest = rest.trim_start_matches(is_space);
    let after = rest.strip_prefix(['：', ':'])?;
    Some(t.len() - after.len())
}

/// The number opening a listed attachment (`1.` `1．` `1、` `（1）` `(1)`):
/// its value and byte length with its punctuation.
pub(crate) fn note_number(t: &str) -> Option<(u32, usize)> {
    let digit = |c: char| super::date::digit(c).is_some();
    let value = |s: &str| {
        s.chars()
            .filter_map(super::date::digit)
            .fold(0u32, |a, d| a.saturating_mul(10).saturating_add(d))
    };
    if let Some(inner) = t.strip_prefix(['（', '(']) {
        let end = inner.find(|c: char| !digit(c))?;
        let close = inner[end..]
            .chars()
            .next()
            .filter(|c| matches!(c, '）' | ')'))?;
        return (end > 0).then(|| {
            (
                value(&inner[..end]),
                t.len() - inner.len() + end + close.len_utf8(),
            )
        });
    }
    let end = t.find(|c: char| !digit(c))?;
    let dot = t[end..]
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | '．' | '、'))?;
    // `2.5亿元` is a number, not an item.
    let after = &t[end + dot.len_utf8()..];
    (end > 0 && !after.starts_with(digit)).then(|| (value(&t[..end]), end + dot.len_utf8()))
}

/// A 发文机关署名: a short line that is no sentence, above the date.
pub(crate) fn is_signature_line(t: &str) -> bool {
    (2..=40).contains(&char_len(t))
        && !t.contains(['。', '，', '；', '：', ':', '！', '？', '、'])
        && attachment_label(t).is_none()
        && note_number(t).is_none()
}

/// 附注: a line wholly in parentheses under the date (`（此件公开发布）`).
pub(crate) fn is_remark_line(t: &str) -> bool {
    is_bracketed_note(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_main_part() {
        assert!(is_title_line("XX县人民政府关于申请安排防汛救灾资金的请示"));
        assert!(!is_title_line("XX市人民政府办公室文件"));
        assert!(is_title_line("关于开展检查的通知。"));
        assert!(!is_title_line("现将有关事项通知如下。请遵照执行的通知"));
        assert_eq!(attachment_label("附件：1.检查表"), Some("附件：".len()));
        assert_eq!(attachment_label("附件1：检查表"), None);
        assert_eq!(note_number("2.资金测算表"), Some((2, 2)));
        assert_eq!(note_number("（3）值班表"), Some((3, "（3）".len())));
        assert_eq!(note_number("2.5亿元"), None);
        assert!(is_signature_line("XX县人民政府"));
        assert!(!is_signature_line("妥否，请批示。"));
        assert!(is_remark_line("（此件公开发布）"));
    }
}
