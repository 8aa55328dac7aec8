//! Rendering of diagnostics (feature `render`): rustc-style text with the
//! source line and a caret under the marker (by codespan-reporting, which
//! counts Chinese characters as two columns wide), JSON lines, and the
//! summary line. Shared by the example binaries and the command line.
//!
//! ```
//! use gongwen_parse::check::{check, render};
//! let src = "一、总体要求\n三、保障措施\n";
//! let found = check(&gongwen_parse::parse(src));
//! let text = render::human("doc.txt", src, &found);
//! assert!(text.contains("error[numbering-gap]"));
//! assert!(text.contains("doc.txt:2:1"));
//! assert!(text.contains("^^^^"));
//! let json = render::json_line("doc.txt", &found[0]);
//! let v: serde_json::Value = serde_json::from_str(&json).unwrap();
//! assert_eq!((v["line"].as_u64(), v["column"].as_u64()), (Some(2), Some(1)));
//! assert_eq!(render::summary(&found), "1 error, 0 warnings");
//! ```

use super::{counts, Diagnostic, Fixable, Severity};
use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::{Error as FilesError, Files, Location, SimpleFile};
use codespan_reporting::term::{self, Config};
use serde::Serialize;
use std::borrow::Cow;
use std::ops::Range;

/// One diagnostic as rustc-style text. Falls back to a one-line form
/// (`path:line:column: severity[code]: message`) if the span does not fit
/// the source.
///
/// Lines end at LF, CRLF or a lone CR, as the parser counts them:
///
/// ```
/// use gongwen_parse::check::{check, render};
/// let src = "一、总体要求\r三、保障措施\r";
/// let found = check(&gongwen_parse::parse(src));
/// assert!(render::human_one("mac.txt", src, &found[0]).contains("mac.txt:2:1"));
/// ```
pub fn human_one(path: &str, source: &str, d: &Diagnostic) -> String {
    let source = lone_cr_as_lf(source);
    human_in(&Whole::new(path, &source), d)
}

/// `source` with every lone CR (a line break of old Mac files) written as
/// LF, which the renderer counts: same length, so every span still fits.
fn lone_cr_as_lf(source: &str) -> Cow<'_, str> {
    if !source
        .split('\r')
        .skip(1)
        .any(|after| !after.starts_with('\n'))
    {
        return Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(if c == '\r' && chars.peek() != Some(&'\n') {
            '\n'
        } else {
            c
        });
    }
    Cow::Owned(out)
}

/// One diagnostic rendered against `whole`, whose line index is built once
/// per file (building it per diagnostic made a report quadratic).
fn human_in(whole: &Whole<'_>, d: &Diagnostic) -> String {
    let path = whole.name;
    let mut ranges = vec![d.span.range()];
    ranges.extend(d.related.iter().map(|r| r.span.range()));
    let file = Shortened::new(whole, &ranges);
    let report = match d.severity {
        Severity::Error => Report::error(),
        Severity::Warning => Report::warning(),
        Severity::Note => Report::note(),
    };
    let mut labels =
        vec![Label::primary((), file.range(d.span.range())).with_message(&d.message_en)];
    labels.extend(
        d.related
            .iter()
            .map(|r| Label::secondary((), file.range(r.span.range())).with_message(&r.label)),
    );
    let mut notes = Vec::new();
    match d.fixable {
        Fixable::Default => notes.push("fmt fixes this / fmt 可自动修正".to_string()),
        Fixable::Standard => {
            notes.push("fmt --standard fixes this / fmt --standard 可自动修正".to_string())
        }
        Fixable::No => {}
    }
    let report = report
        .with_code(d.code.as_str())
        .with_message(&d.message_zh)
        .with_labels(labels)
        .with_notes(notes);
    term::emit_into_string(&Config::default(), &file, &report).unwrap_or_else(|_| {
        format!(
            "{path}:{}:{}: {}[{}]: {}\n",
            d.span.line,
            d.span.column,
            d.severity.as_str(),
            d.code,
            d.message_zh
        )
    })
}

/// The whole source, with the start of every [`STRIDE`]th line: where a
/// line is, is found from the nearest of those by counting line breaks.
/// (codespan's `SimpleFile` keeps every line's start, eight bytes a line:
/// 128 MB for 16 MB of blank lines.)
struct Whole<'s> {
    name: &'s str,
    source: &'s str,
    /// The start of lines 0, STRIDE, 2 × STRIDE, …
    marks: Vec<usize>,
}

/// Lines between two kept line starts of [`Whole`].
const STRIDE: usize = 64;

impl<'s> Whole<'s> {
    fn new(name: &'s str, source: &'s str) -> Self {
        let marks = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', source.as_bytes()).map(|i| i + 1))
            .step_by(STRIDE)
            .collect();
        Whole {
            name,
            source,
            marks,
        }
    }

    /// The start of line `line` (0-based), if the source has it.
    fn line_start(&self, line: usize) -> Option<usize> {
        let mut at = *self.marks.get(line / STRIDE)?;
        for _ in 0..line % STRIDE {
            at += memchr::memchr(b'\n', self.source.as_bytes().get(at..)?)? + 1;
        }
        Some(at)
    }
}

impl<'a> Files<'a> for Whole<'_> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(self.source)
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, FilesError> {
        let k = self
            .marks
            .partition_point(|&m| m <= byte_index)
            .saturating_sub(1);
        let from = self.marks.get(k).copied().unwrap_or(0);
        let to = byte_index.min(self.source.len()).max(from);
        Ok(k * STRIDE + memchr::memchr_iter(b'\n', &self.source.as_bytes()[from..to]).count())
    }

    fn line_range(&'a self, (): (), line_index: usize) -> Result<Range<usize>, FilesError> {
        let start = self
            .line_start(line_index)
            .ok_or(FilesError::LineTooLarge {
                given: line_index,
                max: self.marks.len() * STRIDE,
            })?;
        let end = memchr::memchr(b'\n', &self.source.as_bytes()[start..])
            .map_or(self.source.len(), |i| start + i + 1);
        Ok(start..end)
    }
}

/// A source line longer than this many characters is shown cut around the
/// places it points at.
const LONG_LINE: usize = 100;
/// Characters kept on each side of those places on a cut line.
const CONTEXT: usize = 30;
/// What stands for the text cut from a long line.
const ELLIPSIS: &str = "…";

/// The source as shown in one diagnostic: only the lines its labels are
/// on (so a report stays linear in the file), the long ones cut to the
/// labels and [`CONTEXT`] characters either side, with `…` for what was
/// cut. Line numbers and the reported column are those of the whole source.
struct Shortened<'s> {
    original: &'s Whole<'s>,
    short: SimpleFile<&'s str, String>,
    /// The kept parts: (start in the source, end in the source, start in
    /// the shortened text), in order.
    kept: Vec<(usize, usize, usize)>,
    /// The line index, in the whole source, of the window's first line.
    base_line: usize,
}

impl<'s> Shortened<'s> {
    fn new(original: &'s Whole<'s>, ranges: &[Range<usize>]) -> Self {
        let path: &'s str = original.name;
        let source: &'s str = original.source;
        let lo = ranges.iter().map(|r| r.start).min().unwrap_or(0);
        let hi = ranges.iter().map(|r| r.end).max().unwrap_or(0);
        let mut short = String::new();
        let mut kept = Vec::new();
        // The window: from the first label's line to the end of the last's.
        let window = if lo <= hi && hi <= source.len() && source.is_char_boundary(lo) {
            let first = source[..lo].rfind('\n').map_or(0, |i| i + 1);
            let last = source[hi..].find('\n').map_or(source.len(), |i| hi + i + 1);
            first..last
        } else {
            0..source.len()
        };
        let mut copied = window.start; // source bytes up to here are copied or cut
        let mut keep = |short: &mut String, from: usize, to: usize| {
            if from < to {
                kept.push((from, to, short.len()));
                short.push_str(&source[from..to]);
            }
        };
        if lo <= hi && hi <= source.len() && source.is_char_boundary(lo) {
            let first = source[..lo].rfind('\n').map_or(0, |i| i + 1);
            let mut line = first;
            while line <= hi && line < source.len() {
                let next = source[line..]
                    .find('\n')
                    .map_or(source.len(), |i| line + i + 1);
                let text = source[line..next].trim_end_matches(['\n', '\r']);
                let end = line + text.len();
                if text.chars().nth(LONG_LINE).is_some() {
                    let inside = ranges
                        .iter()
                        .filter(|r| r.start < next && r.end >= line)
                        .map(|r| (r.start.max(line), r.end.clamp(line, end)));
                    let (a, b) = inside.fold((end, line), |(a, b), (s, e)| (a.min(s), b.max(e)));
                    let (a, b) = if a > b { (line, line) } else { (a, b) };
                    let from = source[line..a]
                        .char_indices()
                        .rev()
                        .nth(CONTEXT - 1)
                        .map_or(line, |(i, _)| line + i);
                    let to = source[b..end]
                        .char_indices()
                        .nth(CONTEXT)
                        .map_or(end, |(i, _)| b + i);
                    keep(&mut short, copied, line);
                    if from > line {
                        short.push_str(ELLIPSIS);
                    }
                    keep(&mut short, from, to);
                    if to < end {
                        short.push_str(ELLIPSIS);
                    }
                    copied = end;
                }
                line = next;
            }
        }
        keep(&mut short, copied, window.end.max(copied));
        let base_line = original.line_index((), window.start).unwrap_or(0);
        Shortened {
            original,
            short: SimpleFile::new(path, short),
            kept,
            base_line,
        }
    }

    /// A byte range of the source as a range of the shortened text.
    fn range(&self, r: Range<usize>) -> Range<usize> {
        self.to_short(r.start)..self.to_short(r.end)
    }

    fn to_short(&self, at: usize) -> usize {
        match self.kept.iter().find(|&&(s, e, _)| s <= at && at <= e) {
            Some(&(s, _, k)) => k + (at - s),
            // In a cut part: the start of the next kept part.
            None => self
                .kept
                .iter()
                .find(|&&(s, _, _)| s > at)
                .map_or(self.short.source().len(), |&(_, _, k)| k),
        }
    }

    fn to_original(&self, at: usize) -> usize {
        match self
            .kept
            .iter()
            .find(|&&(s, e, k)| k <= at && at <= k + (e - s))
        {
            Some(&(s, _, k)) => s + (at - k),
            None => self
                .kept
                .iter()
                .find(|&&(_, _, k)| k > at)
                .map_or(self.original.source.len(), |&(s, _, _)| s),
        }
    }
}

impl<'a> Files<'a> for Shortened<'_> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(self.short.name())
    }

    fn source(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(self.short.source())
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, FilesError> {
        self.short.line_index((), byte_index)
    }

    fn line_range(&'a self, (): (), line_index: usize) -> Result<Range<usize>, FilesError> {
        self.short.line_range((), line_index)
    }

    /// The number shown in the gutter: the line's number in the whole source.
    fn line_number(&'a self, (): (), line_index: usize) -> Result<usize, FilesError> {
        Ok(self.base_line + line_index + 1)
    }

    /// Where a label starts, as line and column of the whole source.
    fn location(&'a self, (): (), byte_index: usize) -> Result<Location, FilesError> {
        self.original.location((), self.to_original(byte_index))
    }
}

/// All diagnostics of one file as rustc-style text, one after another.
pub fn human(path: &str, source: &str, diagnostics: &[Diagnostic]) -> String {
    let source = lone_cr_as_lf(source);
    let file = Whole::new(path, &source);
    diagnostics.iter().map(|d| human_in(&file, d)).collect()
}

#[derive(Serialize)]
struct JsonLine<'a> {
    path: &'a str,
    code: &'a str,
    severity: &'a str,
    line: u32,
    column: u32,
    message: &'a str,
    message_en: &'a str,
    start: usize,
    end: usize,
    fixable: Fixable,
}

/// One diagnostic as a JSON object on one line (no line break): `path`,
/// `code`, `severity`, `line`, `column`, `message` (Chinese), `message_en`,
/// the byte range `start`/`end`, and `fixable` (`no`, `default`,
/// `standard`).
pub fn json_line(path: &str, d: &Diagnostic) -> String {
    let line = JsonLine {
        path,
        code: d.code.as_str(),
        severity: d.severity.as_str(),
        line: d.span.line,
        column: d.span.column,
        message: &d.message_zh,
        message_en: &d.message_en,
        start: d.span.start(),
        end: d.span.end(),
        fixable: d.fixable,
    };
    serde_json::to_string(&line).unwrap_or_default()
}

/// All diagnostics as JSON lines, each ending in a line break.
pub fn json_lines(path: &str, diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| json_line(path, d) + "\n")
        .collect()
}

/// The summary line: `N errors, M warnings` (and `, K notes` when there are
/// notes), each word singular for one (`1 error, 1 warning`).
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    let (e, w, n) = counts(diagnostics);
    summary_of(e, w, n)
}

/// The summary line from counts (for several files).
///
/// ```
/// use gongwen_parse::check::render::summary_of;
/// assert_eq!(summary_of(2, 1, 0), "2 errors, 1 warning");
/// assert_eq!(summary_of(1, 0, 1), "1 error, 0 warnings, 1 note");
/// assert_eq!(summary_of(0, 2, 3), "0 errors, 2 warnings, 3 notes");
/// ```
pub fn summary_of(errors: usize, warnings: usize, notes: usize) -> String {
    let count = |n: usize, word: &str| {
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let mut line = format!("{}, {}", count(errors, "error"), count(warnings, "warning"));
    if notes > 0 {
        line.push_str(", ");
        line.push_str(&count(notes, "note"));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sparse line index answers as codespan's full one does, at every
    /// byte of a source of more lines than its stride, blank runs included.
    #[test]
    fn the_sparse_line_index_agrees_with_the_full_one() {
        let mut source = String::new();
        for k in 0..300 {
            source.push_str(&"甲".repeat(k % 7));
            source.push_str(if k % 5 == 0 { "\n\n\n" } else { "\n" });
        }
        source.push_str("末行");
        let full = SimpleFile::new("a.txt", source.as_str());
        let sparse = Whole::new("a.txt", source.as_str());
        for at in (0..=source.len()).filter(|&i| source.is_char_boundary(i)) {
            let line = full.line_index((), at).unwrap();
            assert_eq!(sparse.line_index((), at).unwrap(), line, "at {at}");
            assert_eq!(
                sparse.line_range((), line).unwrap(),
                full.line_range((), line).unwrap()
            );
            assert_eq!(
                sparse.location((), at).unwrap(),
                full.location((), at).unwrap()
            );
        }
    }

    #[test]
    fn long_lines_are_cut_around_the_labels_and_locations_stay_true() {
        let before = "前".repeat(300);
        let after = "后".repeat(300);
        let source = format!("第一行\n{before}（二）{after}\n末行\n");
        let at = source.find("（二）").unwrap();
        let range = at..at + "（二）".len();
        let whole = Whole::new("a.txt", source.as_str());
        let file = Shortened::new(&whole, std::slice::from_ref(&range));
        let short = file.short.source();
        // Only the label's line is shown, cut around the label.
        let line = short.lines().next().unwrap();
        assert_eq!(short.lines().count(), 1, "{short}");
        assert_eq!(line.chars().count(), 2 * CONTEXT + 3 + 2);
        assert!(line.starts_with('…') && line.ends_with('…'), "{line}");
        assert_eq!(
            file.line_number((), 0).unwrap(),
            2,
            "the gutter shows the source's line"
        );
        let r = file.range(range.clone());
        assert_eq!(&short[r.clone()], "（二）");
        let loc = file.location((), r.start).unwrap();
        assert_eq!((loc.line_number, loc.column_number), (2, 301));
        // Short lines are shown whole.
        let whole = Whole::new("a.txt", "一、甲\n三、乙\n");
        let file = Shortened::new(&whole, &[Range { start: 10, end: 16 }]);
        assert_eq!(file.short.source(), "三、乙\n");
        assert_eq!(file.line_number((), 0).unwrap(), 2);
    }
}
