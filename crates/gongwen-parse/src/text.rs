//! Text rules shared by the assembler: the heading title rule (first
//! sentence end outside quotes and brackets), phrase ends, and trimming.
//!
//! ```
//! use gongwen_parse::text::sentence_end;
//! let s = "创建“过程党建。”同心好伙伴。为最大限度";
//! assert_eq!(&s[..sentence_end(s).unwrap()], "创建“过程党建。”同心好伙伴");
//! assert_eq!(sentence_end("没有句末标点"), None);
//! ```

use crate::marker::is_space;

/// Byte offset of the first `。！？；` that stands outside quotes and
/// brackets (“” ‘’ 《》 （） 【】 () 「」 『』 〈〉). An unclosed bracket hides
/// the rest of the text, so the scan never leaves `s`.
pub fn sentence_end(s: &str) -> Option<usize> {
    TitleScan::default().feed(s)
}

/// The title rule as a scanner that can be fed a logical line piece by
/// piece (the physical lines of a hard-wrapped heading), carrying the
/// bracket depth across pieces.
///
/// ```
/// let mut scan = gongwen_parse::text::TitleScan::default();
/// assert_eq!(scan.feed("接受“党的"), None);
/// assert_eq!(scan.feed("教育。”意识；后文"), Some("教育。”意识".len()));
/// ```
#[derive(Debug, Default, Clone, Copy)]
pub struct TitleScan {
    depth: u32,
    ascii_quote: bool,
    /// How many `“` are open: an ASCII `"` closes the innermost one (exports
    /// that write `“五小"` for `“五小”`).
    curly: u32,
}

impl TitleScan {
    /// True when a quotation or bracket opened in the text fed so far is
    /// still open.
    ///
    /// ```
    /// let mut scan = gongwen_parse::text::TitleScan::default();
    /// assert_eq!(scan.feed("成果找市场“双向"), None);
    /// assert!(scan.is_open());
    /// scan.feed("揭榜”的简称");
    /// assert!(!scan.is_open());
    /// ```
    pub fn is_open(&self) -> bool {
        self.depth > 0 || self.ascii_quote
    }

    /// Byte offset in `piece` of the first sentence end outside brackets.
    pub fn feed(&mut self, piece: &str) -> Option<usize> {
        for (i, c) in piece.char_indices() {
            match c {
                '“' => {
                    self.depth = self.depth.saturating_add(1);
                    self.curly = self.curly.saturating_add(1);
                }
                '‘' | '《' | '（' | '【' | '(' | '「' | '『' | '〈' | '〔' | '[' => {
                    self.depth = self.depth.saturating_add(1)
                }
                '”' => {
                    self.depth = self.depth.saturating_sub(1);
                    if self.curly == 0 && self.ascii_quote {
                        // `“是"或"否”`: the ASCII quotes were inside it.
                        self.ascii_quote = false;
                    }
                    self.curly = self.curly.saturating_sub(1);
                }
                '’' | '》' | '）' | '】' | ')' | '」' | '』' | '〉' | '〕' | ']' => {
                    self.depth = self.depth.saturating_sub(1)
                }
                // `“五小"`: an ASCII quote after an open `“` closes it.
                '"' if self.curly > 0 && !self.ascii_quote => {
                    self.depth = self.depth.saturating_sub(1);
                    self.curly -= 1;
                }
                '"' => self.ascii_quote = !self.ascii_quote,
                '。' | '！' | '？' | '；' if self.depth == 0 && !self.ascii_quote => {
                    return Some(i)
                }
                _ => {}
            }
        }
        None
    }
}

/// Words ending in a character that usually cannot end a phrase (`的` `和`
/// `及`) that are whole words themselves.
const COMPLETE_WORDS: &[&str] = &[
    "目的", "标的", "有的", "别的", "似的", "是的", "总和", "缓和", "温和", "平和", "调和", "共和",
    "饱和", "普及",
];

/// Characters after which a sentence (or a heading) cannot be complete: a
/// line ending in one of them continues on the next line.
///
/// A question closed by 的 (`党内资产阶级是怎样形成的`) is complete, and so
/// is a word that ends in such a character (`目的`, `合同标的`).
///
/// ```
/// use gongwen_parse::text::cannot_end_phrase;
/// assert!(cannot_end_phrase("接受党的思想理论和"));
/// assert!(!cannot_end_phrase("党内资产阶级是怎样形成的"));
/// assert!(!cannot_end_phrase("目的"), "a word ending in 的");
/// ```
pub fn cannot_end_phrase(s: &str) -> bool {
    let s = s.trim_end_matches(is_space);
    let Some(last) = s.chars().next_back() else {
        return false;
    };
    if last == '的'
        && ["怎样", "如何", "为什么", "怎么", "是谁"]
            .iter()
            .any(|q| s.contains(q))
    {
        return false;
    }
    // Words that end in one of those characters and end a phrase well
    // (`1 目的`, `合同标的`, `普及`): a section heading is often
    // just such a word.
    if COMPLETE_WORDS.iter().any(|w| s.ends_with(w)) {
        return false;
    }
    matches!(
        last,
        '和' | '与'
            | '及'
            | '或'
            | '的'
            | '、'
            | '，'
            | ','
            | '“'
            | '‘'
            | '《'
            | '（'
            | '('
            | '【'
            | '—'
            | '-'
    )
}

/// True when `s` ends like a finished sentence or clause.
pub fn ends_sentence(s: &str) -> bool {
    matches!(
        s.trim_end_matches(is_space).chars().next_back(),
        Some('。' | '！' | '？' | '；' | '!' | '?' | ';' | '…' | '：' | ':')
    )
}

/// True when `s` ends with closing punctuation that usually ends a paragraph.
pub fn ends_closed(s: &str) -> bool {
    ends_sentence(s)
        || matches!(
            s.trim_end_matches(is_space).chars().next_back(),
            Some('”' | '’' | '）' | ')' | '》' | '】' | '」' | '』')
        )
}

/// True when `s` starts with punctuation that continues a sentence.
pub fn starts_continuation(s: &str) -> bool {
    matches!(
        s.chars().next(),
        Some('，' | '、' | '。' | '；' | '：' | '）' | '》' | '”' | '’' | ',' | ')' | '！' | '？')
    )
}

/// True when `s` (a line) opens with a mark that ends or splits a sentence
/// (`。会议…`, `，是…`): the line above it is part of that sentence.
///
/// ```
/// use gongwen_parse::text::starts_sentence_end;
/// assert!(starts_sentence_end("。会议充分肯定"));
/// assert!(starts_sentence_end("　，是全党的任务。"));
/// assert!(!starts_sentence_end("》的通知"));
/// assert!(!starts_sentence_end("一、总体要求"));
/// ```
pub fn starts_sentence_end(s: &str) -> bool {
    trim(s).starts_with(['。', '！', '？', '；', '，', ',', ';', '!', '?'])
}

/// `s` without leading and trailing white space (U+3000 included).
pub fn trim(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// Number of characters in `s`.
pub fn char_len(s: &str) -> usize {
    // Count bytes that start a character: fast on long CJK text.
    s.as_bytes().iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// True when `s` opens with a short label and a colon (`理由：…`,
/// `结论：…`, `田俊：…`): a statement of its own, never the rest of the
/// line above.
///
/// ```
/// use gongwen_parse::text::opens_with_label;
/// assert!(opens_with_label("理由：原标准内容过于简单。"));
/// assert!(!opens_with_label("的种类和危害程度，为作业人员提供：防护用品"));
/// ```
pub fn opens_with_label(s: &str) -> bool {
    const MAX_LABEL: usize = 6;
    for (n, c) in s.chars().enumerate() {
        match c {
            '：' | ':' => return n > 0,
            _ if n >= MAX_LABEL => return false,
            '，' | '。' | '、' | '；' | '（' | '(' | '“' | '《' | ' ' | '\u{3000}' => {
                return false
            }
            _ => {}
        }
    }
    false
}

/// Length in bytes of the dash at the start of `s` that sets a heading's
/// title apart from its marker (`第一阶段——工作内容概述`, `第二部分---主要任务`):
/// one or more `—` `―`, or two or more `-` `－`, with the white space
/// around it, when text follows; 0 otherwise. Like white space there, the
/// dash is neither marker nor title.
///
/// ```
/// use gongwen_parse::text::dash_separator;
/// assert_eq!(dash_separator("——总体要求"), 6);
/// assert_eq!(dash_separator("--- 主要任务"), 4);
/// assert_eq!(dash_separator("-1"), 0);
/// assert_eq!(dash_separator("——"), 0);
/// assert_eq!(dash_separator("总体要求"), 0);
/// ```
pub fn dash_separator(s: &str) -> usize {
    let body = s.trim_start_matches(crate::marker::is_space);
    let dashes = body.trim_start_matches(['—', '―']);
    let dashes = if dashes.len() < body.len() {
        dashes
    } else {
        let ascii = body.trim_start_matches(['-', '－']);
        if body[..body.len() - ascii.len()].chars().count() < 2 {
            return 0;
        }
        ascii
    };
    let text = dashes.trim_start_matches(crate::marker::is_space);
    if text.is_empty() {
        0
    } else {
        s.len() - text.len()
    }
}

/// Columns `s` takes in a fixed-width layout: two for a character of three
/// or more UTF-8 bytes (ideographs, full-width forms and punctuation), one
/// for the rest. What a hard wrap at a fixed width measures.
///
/// ```
/// assert_eq!(gongwen_parse::text::display_width("第1条，"), 7);
/// assert_eq!(gongwen_parse::text::display_width("ab“c”é一二三四𫖯"), 18);
/// ```
pub fn display_width(s: &str) -> usize {
    // Counted on the bytes, branch-free: every byte that starts a
    // character takes one column, and a three- or four-byte lead (0xE0 and
    // above) one more.
    s.bytes()
        .map(|b| usize::from((b as i8) >= -0x40) + usize::from(b >= 0xE0))
        .sum()
}

/// True when `s` announces a list below it: it ends with a colon, or with
/// `如下` (`…主要内容如下。`, `具体要求如下`).
///
/// ```
/// use gongwen_parse::text::introduces_list;
/// assert!(introduces_list("现就有关事项通知如下："));
/// assert!(introduces_list("特分别指出它们的主要内容如下。"));
/// assert!(!introduces_list("会议认为，形势很好。"));
/// ```
pub fn introduces_list(s: &str) -> bool {
    let t = s.trim_end_matches(is_space);
    t.ends_with(['：', ':']) || t.trim_end_matches(['。', '.']).ends_with("如下")
}

/// True for a CJK unified ideograph of the basic block (U+4E00–U+9FFF):
/// what a Chinese name or title is written in.
///
/// ```
/// assert!(gongwen_parse::text::is_ideograph('国'));
/// assert!(!gongwen_parse::text::is_ideograph('，'));
/// ```
pub fn is_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// The line's characters without its white space, when there are at most
/// `max_chars` of them; `None` for anything longer, found without allocating.
///
/// The label and name recognisers compare a short line with spaces squeezed
/// out (`总　则`, `张　三`); this keeps them from copying every long prose
/// line to find out it is long.
pub(crate) fn squeezed(line: &str, max_chars: usize) -> Option<String> {
    let mut n = 0;
    for c in line.chars() {
        if !is_space(c) {
            n += 1;
            if n > max_chars {
                return None;
            }
        }
    }
    Some(line.chars().filter(|c| !is_space(*c)).collect())
}

/// `t` without a bracketed group that ends it (`…新贡献（深入学习…纵横谈）`
/// → `…新贡献`), where something stands before the group.
///
/// ```
/// use gongwen_parse::text::without_trailing_bracket;
/// assert_eq!(without_trailing_bracket("新形态与新贡献（纵横谈）"), "新形态与新贡献");
/// assert_eq!(without_trailing_bracket("（一）"), "（一）");
/// ```
pub fn without_trailing_bracket(t: &str) -> &str {
    let Some(body) = t.strip_suffix('）') else {
        return t;
    };
    match body.rfind('（') {
        Some(at) if at > 0 && !body[at..].contains('）') => &t[..at],
        _ => t,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn display_width_counts_two_columns_for_three_and_four_byte_characters() {
        let by_chars = |s: &str| -> usize {
            s.chars()
                .map(|c| if c.len_utf8() >= 3 { 2 } else { 1 })
                .sum()
        };
        let samples = "一、总体要求 abc “引号”é ü 𫖯䶮 ①②\t\u{3000}第1条，2026年";
        for (i, _) in samples.char_indices() {
            for (j, _) in samples[i..].char_indices() {
                let s = &samples[i..i + j];
                assert_eq!(super::display_width(s), by_chars(s), "{s:?}");
            }
        }
    }

    use super::*;

    #[test]
    fn title_rule_skips_marks_inside_quotes_and_brackets() {
        assert_eq!(
            sentence_end("《关于。的通知》要求；后文"),
            Some("《关于。的通知》要求".len())
        );
        assert_eq!(sentence_end("（含。）报送；"), Some("（含。）报送".len()));
    }

    #[test]
    fn unclosed_quote_stops_at_end_of_text() {
        assert_eq!(
            sentence_end("“未闭合的引号。后文"),
            None,
            "the rule must not scan past the text"
        );
    }

    #[test]
    fn ascii_quote_closes_an_open_curly_quote() {
        assert_eq!(
            sentence_end("“五小\"行业5个。后文"),
            Some("“五小\"行业5个".len()),
            "an export writing “…\" for “…” must not hide the sentence end"
        );
        assert_eq!(
            sentence_end("“是\"或\"否”。后文"),
            Some("“是\"或\"否”".len()),
            "ASCII quotes inside a curly quote leave it balanced"
        );
        assert_eq!(
            sentence_end("\"引。\"后文。"),
            Some("\"引。\"后文".len()),
            "ASCII quote pairs still hide their content"
        );
    }

    #[test]
    fn phrase_ends() {
        assert!(
            cannot_end_phrase("接受党的思想理论和"),
            "和 cannot end a phrase"
        );
        assert!(!cannot_end_phrase("工作开展情况"), "情况 can end a heading");
        assert!(
            !cannot_end_phrase("把牢正确方向"),
            "方向 ends with 向 and can end a heading"
        );
        assert!(!cannot_end_phrase("勇于作为"), "作为 can end a heading");
    }
}
