//! Checks the numbering of documents and prints rustc-style diagnostics.
//!
//! ```text
//! cargo run --release --example check -- FILE…                 # rendered diagnostics and a summary
//! cargo run --release --example check -- --format json FILE…   # one JSON object per line
//! ```
//!
//! Exit status: 0 when no finding is at error severity, 1 when one is, 2
//! when a file cannot be read or decoded, or the arguments are wrong.

use std::process::ExitCode;

const USAGE: &str = "usage: check [--format human|json] FILE...\n  --format json   one JSON object per line (path, code, severity, line, column, message, ...)\n  FILE            a .txt document (UTF-8, UTF-16 with BOM, or GB18030) or a .docx; '-' reads stdin\nexit status: 0 clean, 1 findings at error severity, 2 unreadable input";

fn main() -> ExitCode {
    let mut json = false;
    let mut files: Vec<std::ffi::OsString> = Vec::new();
    // File names need not be UTF-8.
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Some(a @ ("--format" | "--format=json" | "--format=human")) => {
                let value = match a.split_once('=') {
                    Some((_, v)) => Some(v.to_string()),
                    None => args.next().map(|v| v.to_string_lossy().into_owned()),
                };
                match value.as_deref() {
                    Some("json") => json = true,
                    Some("human") => json = false,
                    other => {
                        eprintln!("check: --format wants human or json, got {other:?}\n{USAGE}");
                        return ExitCode::from(2);
                    }
                }
            }
            Some(a) if a.starts_with("--") => {
                eprintln!("check: unknown option {a}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        eprintln!("check: no FILE given\n{USAGE}");
        return ExitCode::from(2);
    }
    let format = if json {
        gongwen::jobs::CheckFormat::Json
    } else {
        gongwen::jobs::CheckFormat::Human
    };
    let report = gongwen::jobs::check_files(&files, format);
    for failure in &report.failures {
        eprintln!("check: {failure}");
    }
    if let Err(e) = gongwen::io::write_stdout(report.rendered.as_bytes()) {
        eprintln!("check: cannot write the output: {e}");
        return ExitCode::from(2);
    }
    ExitCode::from(report.exit_code())
}
