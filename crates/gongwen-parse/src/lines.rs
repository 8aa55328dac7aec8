//! Physical lines: LF, CRLF and CR each end a line; indentation, leading
//! in-band markers and trailing white space are measured once here.

use crate::marker::{is_space, marker_at, LineMarker};

/// One physical line of the source. All offsets are absolute byte offsets.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    /// First byte of the line.
    pub start: usize,
    /// First byte after the indentation.
    pub ind: usize,
    /// First byte after the indentation and any leading in-band markers
    /// and block markup (`## `, `> `, `**`, `<p>`): where markers are read.
    pub cstart: usize,
    /// First byte after the indentation and any leading in-band markers,
    /// markup kept: where a paragraph's text starts (body text is text).
    pub pstart: usize,
    /// One past the last non-space byte.
    pub cend: usize,
    /// First byte after the line break (the next line's start).
    pub next: usize,
    /// 1-based line number.
    pub number: u32,
    /// Character column (1-based) of `ind`.
    pub column: u32,
    /// The numbering marker at the start of the line, with absolute offsets.
    pub mk: Option<LineMarker>,
}

impl Line {
    /// True when the line holds only white space.
    pub fn is_blank(&self) -> bool {
        self.ind >= self.cend && self.cstart >= self.cend
    }

    /// True when the line holds only in-band markers (and white space).
    pub fn is_marker_only(&self) -> bool {
        self.cstart >= self.cend && self.ind < self.cend
    }
}

/// How many records [`split_with`] keeps for `bytes`, counted on the line
/// breaks before it splits, so that its vector is sized once and never
/// copied while it grows: a record per line, except that a run of blank
/// lines keeps two where `markup` (a text source) is set. CRLF is one
/// break; a line of spaces counts as blank only when short (a longer one
/// is counted as a line, which only over-sizes the vector).
fn records(bytes: &[u8], markup: bool) -> usize {
    let mut count = 1; // the last line, which may end without a break
    let mut blanks = 0usize; // blank lines in the current run
    let mut from = 0usize; // where the current line starts
    for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if at > 0 && bytes[at] == b'\n' && bytes[at - 1] == b'\r' {
            from = at + 1; // the LF of a CRLF: the break was counted at CR
            continue;
        }
        let line = &bytes[from..at];
        let blank = line.len() <= 16 && line.iter().all(|&b| matches!(b, b' ' | b'\t'));
        blanks = if blank { blanks + 1 } else { 0 };
        if !markup || blanks <= 2 {
            count += 1;
        }
        from = at + 1;
    }
    count
}

/// Splits `src` into lines (an empty final line after a trailing break is
/// not a line). Runs the marker grammars only on lines whose first
/// character can start a marker.
pub(crate) fn split(src: &str) -> Vec<Line> {
    split_with(src, true)
}

/// [`split`]; `markup` false for a source that holds no Markdown (a Word
/// document's paragraphs, where a leading `**` or `#` is text): only item
/// flags (`★`) then stand between the indentation and a marker.
/// A marker set in a bold run of its own (`**1** **范围**`, `**3.1**` over
/// its term, a converter bolding each run of a Word line): read with the
/// emphasis marks set aside (outline spec convention 9); the marker is the
/// same characters in the source, its end where they end.
fn split_bold_marker(text: &str, cstart: usize) -> Option<LineMarker> {
    let content = text.get(cstart..)?;
    if !content.contains("**") {
        return None;
    }
    // (The opening `**` is behind `cstart` already: its closing one stands
    // alone, so every `**` goes, not only pairs.)
    let plain = content.replace("**", "");
    let m = marker_at(&plain, 0)?;
    let written = plain[m.start..m.end].trim_end_matches(is_space);
    (!written.is_empty()
        && content.starts_with(written)
        && content[written.len()..].starts_with("**"))
    .then(|| LineMarker {
        start: cstart,
        end: cstart + written.len(),
        ..m
    })
}

pub(crate) fn split_with(src: &str, markup: bool) -> Vec<Line> {
    let bytes = src.as_bytes();
    let breaks = records(bytes, markup);
    let mut out: Vec<Line> = Vec::with_capacity(breaks + 2);
    let mut start = 0usize;
    let mut number = 1u32;
    while start < bytes.len() {
        let (end, next) = match memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
            Some(i) => {
                let at = start + i;
                if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                    (at, at + 2)
                } else {
                    (at, at + 1)
                }
            }
            None => (bytes.len(), bytes.len()),
        };
        let text = &src[start..end];
        // First-byte check: most lines start with neither white space nor
        // an in-band marker, and need no indentation scan.
        let plain = text.as_bytes().first().is_none_or(|&b| {
            !matches!(
                b,
                b' ' | b'\t'
                    | 0x0B
                    | 0x0C
                    | b'#'
                    | b'>'
                    | b'-'
                    | b'*'
                    | b'+'
                    | b'_'
                    | b'<'
                    | b'&'
                    | 0xC2
                    | 0xE2
                    | 0xE3
                    | 0xEF
            )
        });
        let (ind, cstart_rel, pstart_rel, column) = if plain {
            (start, 0, 0, 1)
        } else {
            let trimmed_start = text.trim_start_matches(is_space);
            let ind = start + (text.len() - trimmed_start.len());
            let column = 1 + crate::text::char_len(&src[start..ind]) as u32;
            let pstart_rel = crate::marker::text_start(text);
            let cstart_rel = if markup {
                crate::marker::content_start(text)
            } else {
                pstart_rel + crate::markup::flags_len(&text[pstart_rel..])
            };
            (ind, cstart_rel, pstart_rel, column)
        };
        let cstart = start + cstart_rel;
        let mut body = text.trim_end_matches(is_space);
        // An ATX heading's closing `#`s (`# 发言稿 #`) are markup.
        if markup && cstart_rel > 0 && text[..cstart_rel].trim_start().starts_with('#') {
            let open = body.trim_end_matches('#');
            if open.len() < body.len() && open.len() > cstart_rel && open.ends_with([' ', '\t']) {
                body = open.trim_end_matches(is_space);
            }
        }
        // A heading bolded twice over (`****一、总体要求****`, a converter's
        // doubled runs): its closing marks are markup, as its opening ones.
        if markup && text[pstart_rel..].starts_with("****") && body.ends_with("****") {
            let open = body.trim_end_matches('*');
            if open.len() > cstart_rel && body.len() - open.len() == 4 {
                body = open.trim_end_matches(is_space);
            }
        }
        // A page marker glued to the end of the text (`…安全评价- 3 -`) is
        // page furniture (outline spec convention 16).
        if body.ends_with(crate::markup::PAGE_DASHES) {
            if let Some(n) = crate::markup::trailing_page_marker_len(body) {
                body = &body[..body.len() - n];
            }
        }
        let cend = start + body.len();
        let cend = cend.max(ind.min(end));
        let mk = marker_at(text, cstart_rel)
            .or_else(|| {
                if markup {
                    split_bold_marker(text, cstart_rel)
                } else {
                    None
                }
            })
            .map(|m| LineMarker {
                start: start + m.start,
                end: start + m.end,
                ..m
            });
        let line = Line {
            start,
            ind,
            cstart: cstart.min(cend.max(ind)).max(ind),
            pstart: (start + pstart_rel).min(cend.max(ind)).max(ind),
            cend: cend.max(ind),
            next,
            number,
            column,
            mk,
        };
        // A run of blank lines keeps two records, the second standing for
        // the rest of the run: what the rules ask of blank lines is whether
        // there are one or more between two lines, and a text of nothing
        // but line breaks then costs a few bytes, not a record per byte.
        // (Not in a Word document, whose paragraphs each carry a hint.)
        match out.as_mut_slice() {
            [.., a, b] if markup && line.is_blank() && a.is_blank() && b.is_blank() => {
                b.next = next;
            }
            _ => out.push(line),
        }
        number = number.saturating_add(1);
        start = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_line_breaks_number_each_line() {
        let src = "一\r\n二\r三\n四";
        let lines = split(src);
        let numbers: Vec<u32> = lines.iter().map(|l| l.number).collect();
        assert_eq!(
            numbers,
            vec![1, 2, 3, 4],
            "CRLF, CR and LF each end one line"
        );
        assert_eq!(&src[lines[1].ind..lines[1].cend], "二");
    }

    #[test]
    fn the_record_count_sizes_the_vector_without_waste() {
        for src in [
            "",
            "一",
            "一\n",
            "一\n\n二\n\n\n\n\n三",
            "一\r\n\r\n二\r\n  \r\n\t\r\n\r\n三\r\n",
            "一\r二\r\r\r三",
            "\n\n\n\n",
            "　\n　\n　\n一",
        ] {
            for markup in [true, false] {
                let kept = split_with(src, markup).len();
                let counted = records(src.as_bytes(), markup);
                assert!(
                    kept <= counted && counted <= kept + 2,
                    "{src:?} (markup {markup}): {kept} kept, {counted} counted"
                );
            }
        }
        // One blank line between paragraphs (a compilation): the old count,
        // which left blank lines out, sized the vector at half.
        let src = "一、总体要求\n\n正文。\n\n".repeat(100);
        assert_eq!(records(src.as_bytes(), true), split(&src).len() + 1);
    }

    #[test]
    fn blank_and_marker_only_lines() {
        let lines = split("  \n##paidend##\n");
        assert!(lines[0].is_blank());
        assert!(lines[1].is_marker_only());
        assert!(!lines[1].is_blank());
    }
}
