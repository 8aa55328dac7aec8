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
    let mut files: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--format" | "--format=json" | "--format=human" => {
                let value = match arg.split_once('=') {
                    Some((_, v)) => Some(v.to_string()),
                    None => args.next(),
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
            a if a.starts_with("--") => {
                eprintln!("check: unknown option {a}\n{USAGE}");
                return ExitCode::from(2);
            }
            a => files.push(a.to_string()),
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
