//! The jobs the binaries do, shared by the example binaries (`check`, `fmt`)
//! and the `gongwen` command: checking files into a rendered report, and
//! formatting one input into bytes in its own encoding.
//!
//! ```
//! use gongwen::jobs::{format_input, Formatted};
//! let out = format_input("a.txt", "一、甲\n三、乙\n".as_bytes(), &Default::default()).unwrap();
//! assert!(out.changed);
//! assert_eq!(out.writable("a.txt").unwrap(), "一、甲\n二、乙\n".as_bytes());
//! ```

use crate::check::{check, counts, render};
use crate::fix::{fix, Options};
use crate::input::{input_kind, parse_input, InputError, InputKind};

/// How [`check_files`] renders its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CheckFormat {
    /// rustc-style text with the source line and a caret, then the summary line.
    #[default]
    Human,
    /// One JSON object per finding and line ([`render::json_line`]).
    Json,
}

/// What [`check_files`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// The rendered findings of every readable file (and, for
    /// [`CheckFormat::Human`], the summary line).
    pub rendered: String,
    /// Findings at error severity.
    pub errors: usize,
    /// Findings at warning severity.
    pub warnings: usize,
    /// Findings at note severity.
    pub notes: usize,
    /// One message per input that could not be read or parsed (naming its path).
    pub failures: Vec<String>,
}

impl CheckReport {
    /// The exit status: 2 when an input could not be read, 1 when a finding
    /// is at error severity, 0 otherwise.
    ///
    /// ```
    /// let r = gongwen::jobs::check_files(&["/no/such.txt"], Default::default());
    /// assert_eq!(r.exit_code(), 2);
    /// assert!(r.failures[0].contains("/no/such.txt"));
    /// ```
    pub fn exit_code(&self) -> u8 {
        if !self.failures.is_empty() {
            2
        } else if self.errors > 0 {
            1
        } else {
            0
        }
    }
}

/// Reads (`-` is stdin; .txt or .docx), parses and checks every path (a
/// name need not be UTF-8), and renders the findings.
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// let p = dir.path().join("a.txt");
/// std::fs::write(&p, "一、甲\n三、乙\n").unwrap();
/// let r = gongwen::jobs::check_files(&[p.to_str().unwrap()], Default::default());
/// assert_eq!((r.errors, r.exit_code()), (1, 1));
/// assert!(r.rendered.contains("error[numbering-gap]"));
/// assert!(r.rendered.ends_with("1 error, 0 warnings\n"));
/// ```
pub fn check_files<S: AsRef<std::path::Path>>(paths: &[S], format: CheckFormat) -> CheckReport {
    let mut report = CheckReport::default();
    for file in paths {
        let file = file.as_ref();
        let name = file.to_string_lossy();
        let path: &str = &name;
        let bytes = match crate::io::read_input(file) {
            Ok(b) => b,
            Err(e) => {
                report.failures.push(e.to_string());
                continue;
            }
        };
        let doc = match parse_input(path, &bytes) {
            Ok(d) => d,
            Err(e) => {
                report.failures.push(e.to_string());
                continue;
            }
        };
        let mut found = check(&doc);
        if input_kind(path, &bytes) == InputKind::Docx {
            // In a .docx `fmt` fixes typed markers in plain runs, not the
            // numbers Word adds itself: a finding is announced as one fmt
            // fixes only on a line where it can.
            let plan = gongwen_docx::format_plan(&bytes, &Options::default()).ok();
            let standard = gongwen_docx::format_plan(&bytes, &Options::standard()).ok();
            for d in &mut found {
                let plan = match d.fixable {
                    crate::check::Fixable::Default => plan.as_ref(),
                    crate::check::Fixable::Standard => standard.as_ref(),
                    crate::check::Fixable::No => None,
                };
                let can = plan.is_some_and(|(lines, unfixable)| {
                    lines.contains(&d.span.line) && !unfixable.iter().any(|u| u.line == d.span.line)
                });
                if !can {
                    d.fixable = crate::check::Fixable::No;
                }
            }
        }
        let (e, w, n) = counts(&found);
        report.errors += e;
        report.warnings += w;
        report.notes += n;
        match format {
            CheckFormat::Json => report.rendered.push_str(&render::json_lines(path, &found)),
            CheckFormat::Human => report.rendered.push_str(&render::human(
                &crate::io::shown(file),
                &doc.source,
                &found,
            )),
        }
    }
    if format == CheckFormat::Human {
        report.rendered.push_str(&render::summary_of(
            report.errors,
            report.warnings,
            report.notes,
        ));
        report.rendered.push('\n');
    }
    report
}

/// An input formatted by [`format_input`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formatted {
    /// True when formatting changes the document.
    pub changed: bool,
    /// The formatted document in the input's encoding (the input bytes
    /// themselves when nothing changed).
    pub output: Vec<u8>,
    /// True when the document changed and the input held undecodable bytes,
    /// which writing it back would lose.
    pub lossy: bool,
    /// The fixes found that could not be made (in a .docx: a number Word
    /// adds itself, a marker that is not plain text), one message each.
    pub unfixable: Vec<String>,
}

impl Formatted {
    /// The bytes to write, or [`FormatError::Lossy`] when writing would lose
    /// undecodable input bytes.
    pub fn writable(self, path: &str) -> Result<Vec<u8>, FormatError> {
        if self.lossy {
            Err(FormatError::Lossy {
                path: path.to_string(),
            })
        } else {
            Ok(self.output)
        }
    }
}

/// [`format_input`] could not format an input.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    /// A .docx that could not be read or rewritten.
    #[error("{}: {message}", crate::io::shown(std::path::Path::new(.path)))]
    Docx {
        /// The path as given.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// The text could not be decoded.
    #[error(transparent)]
    Input(#[from] InputError),
    /// The input has undecodable bytes that a rewrite would lose.
    #[error("{}: the input has undecodable bytes; writing it back would lose them", crate::io::shown(std::path::Path::new(.path)))]
    Lossy {
        /// The path as given.
        path: String,
    },
}

/// Formats the input `bytes` read from `path` with [`fix`]: the numbering
/// faults it can fix fixed, every other byte as it was, written back in the
/// input's encoding. A .docx is fixed in the runs holding its typed markers
/// and, where safe, its lists' start overrides ([`gongwen_docx::format`]),
/// every other entry of the package unchanged; what cannot be fixed there
/// is listed in [`Formatted::unfixable`].
///
/// ```
/// let docx = gongwen::docx::testing::docx(&[("一、甲", None), ("三、乙", None)]);
/// let out = gongwen::jobs::format_input("a.docx", &docx, &Default::default()).unwrap();
/// assert!(out.changed && out.unfixable.is_empty());
/// assert_eq!(gongwen::docx::read(&out.output).unwrap().text(), "一、甲\n二、乙\n");
/// let same = gongwen::jobs::format_input("-", "一、甲\n".as_bytes(), &Default::default()).unwrap();
/// assert!(!same.changed);
/// ```
pub fn format_input(path: &str, bytes: &[u8], options: &Options) -> Result<Formatted, FormatError> {
    if crate::input::unsupported(path, bytes).is_none()
        && input_kind(path, bytes) == InputKind::Docx
    {
        let f = gongwen_docx::format(bytes, options).map_err(|e| FormatError::Docx {
            path: path.to_string(),
            message: e.to_string(),
        })?;
        let shown = crate::io::shown(std::path::Path::new(path));
        return Ok(Formatted {
            changed: f.changed,
            output: f.output,
            lossy: false,
            unfixable: f
                .unfixable
                .iter()
                .map(|u| {
                    format!(
                        "{shown}:{}: {} → {} not fixed: {}",
                        u.line, u.from, u.to, u.reason
                    )
                })
                .collect(),
        });
    }
    let doc = parse_input(path, bytes)?;
    let formatted = fix(&doc, options);
    let changed = formatted != doc.source;
    if !changed {
        return Ok(Formatted {
            changed,
            output: bytes.to_vec(),
            lossy: false,
            unfixable: Vec::new(),
        });
    }
    let output = crate::parser::decode::reencode(bytes, &doc.source, &formatted, &doc.decoding);
    // A file too short for its encoding to be told apart can turn into
    // another one when a mark is rewritten (five GB18030 bytes whose `:`
    // becomes `：` are valid UTF-8): what is written must read back as
    // the formatted text, or nothing is written.
    let lossy = doc.decoding.replaced > 0 || doc.decoding.truncated;
    let reads_back = matches!(
        crate::parser::decode::decode(&output),
        Ok((back, _)) if back == formatted
    );
    if !lossy && !reads_back {
        return Ok(Formatted {
            changed: false,
            output: bytes.to_vec(),
            lossy: false,
            unfixable: vec![format!(
                "{}: not formatted: written back in its encoding the result would read as \
                 other text / 未修改：按原编码写回后会被读成另一种编码的文字",
                crate::io::shown(std::path::Path::new(path))
            )],
        });
    }
    Ok(Formatted {
        changed,
        output,
        lossy,
        unfixable: Vec::new(),
    })
}
