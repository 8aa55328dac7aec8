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
//! assert_eq!(render::summary(&found), "1 errors, 0 warnings");
//! ```

use super::{counts, Diagnostic, Fixable, Severity};
use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};
use serde::Serialize;
use std::borrow::Cow;

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
    human_in(&SimpleFile::new(path, &source), d)
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

/// One diagnostic rendered against `file`, whose line index is built once
/// per file (building it per diagnostic made a report quadratic).
fn human_in(file: &SimpleFile<&str, &str>, d: &Diagnostic) -> String {
    let path = *file.name();
    let report = match d.severity {
        Severity::Error => Report::error(),
        Severity::Warning => Report::warning(),
        Severity::Note => Report::note(),
    };
    let mut labels = vec![Label::primary((), d.span.range()).with_message(&d.message_en)];
    labels.extend(
        d.related
            .iter()
            .map(|r| Label::secondary((), r.span.range()).with_message(&r.label)),
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
    term::emit_into_string(&Config::default(), file, &report).unwrap_or_else(|_| {
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

/// All diagnostics of one file as rustc-style text, one after another.
pub fn human(path: &str, source: &str, diagnostics: &[Diagnostic]) -> String {
    let source = lone_cr_as_lf(source);
    let file = SimpleFile::new(path, &*source);
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
        start: d.span.start,
        end: d.span.end,
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

/// The summary line: `N errors, M warnings` (and `, K notes` when there are notes).
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    let (e, w, n) = counts(diagnostics);
    summary_of(e, w, n)
}

/// The summary line from counts (for several files).
///
/// ```
/// assert_eq!(gongwen_parse::check::render::summary_of(2, 1, 0), "2 errors, 1 warnings");
/// ```
pub fn summary_of(errors: usize, warnings: usize, notes: usize) -> String {
    if notes > 0 {
        format!("{errors} errors, {warnings} warnings, {notes} notes")
    } else {
        format!("{errors} errors, {warnings} warnings")
    }
}
