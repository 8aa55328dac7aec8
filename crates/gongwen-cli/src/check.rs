//! `gongwen check FILE…`: numbering diagnostics.

use crate::common::{fail, write, Status};
use gongwen::jobs::{check_files, CheckFormat};

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// rustc-style text with the source line and a caret, on standard error.
    #[default]
    Human,
    /// One JSON object per finding and line, on standard output.
    Json,
}

/// Arguments of `gongwen check`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  gongwen check 通知.txt                        # rustc-style findings and a summary, on stderr
  gongwen check 报告.docx 汇编.txt               # several files, .txt or .docx
  gongwen check --format json 报告.txt > findings.jsonl
  gongwen check - < 报告.txt

Codes: numbering-gap, numbering-duplicate, numbering-order, numbering-start, mixed-marker-style,
level-skip, nonstandard-marker, toc-mismatch, declared-count-mismatch, empty-heading.
Exit status: 0 no error-severity finding, 1 findings at error severity, 2 unreadable input.")]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Documents (.txt or .docx); '-' reads standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<std::path::PathBuf>,
}

/// Runs `gongwen check`.
pub fn run(args: &Args) -> Status {
    let format = match args.format {
        Format::Human => CheckFormat::Human,
        Format::Json => CheckFormat::Json,
    };
    let report = check_files(&args.files, format);
    for failure in &report.failures {
        let _ = fail(failure);
    }
    match args.format {
        Format::Json => {
            if let Err(s) = write(None, report.rendered.as_bytes()) {
                return s;
            }
        }
        Format::Human => {
            let _ = std::io::Write::write_all(
                &mut std::io::stderr().lock(),
                report.rendered.as_bytes(),
            );
        }
    }
    match report.exit_code() {
        0 => Status::Ok,
        1 => Status::Findings,
        _ => Status::Error,
    }
}
