//! Writes a document back with the numbering faults it can fix fixed
//! (renumbered gaps, duplicates and order among siblings, the 目录 in the
//! articles' order, full-width parentheses; GB/T 9704 forms with
//! `--standard`). Every other byte stays as it was.
//!
//! ```text
//! cargo run --release --example fmt -- FILE               # the formatted text on stdout
//! cargo run --release --example fmt -- --check FILE       # exit 1 if formatting would change FILE
//! cargo run --release --example fmt -- --in-place FILE    # rewrite FILE atomically
//! cargo run --release --example fmt -- --standard FILE    # also 1、 → 1.,  一. → 一、, ⑴ → （1）
//! ```
//!
//! The output keeps the input's encoding (UTF-8 with or without BOM,
//! UTF-16, GB18030). Exit status: 0 on success (and, with `--check`, when
//! nothing would change), 1 when `--check` finds changes, 2 when the file
//! cannot be read, decoded or written, or the arguments are wrong.

use gongwen::fix::Options;
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: fmt [--check | --in-place] [--standard] FILE\n  --check      exit 1 if formatting would change FILE (nothing is written)\n  --in-place   rewrite FILE atomically (temporary file and rename)\n  --standard   also rewrite nonstandard forms to GB/T 9704-2012 (1、 → 1., 一. → 一、, ⑴ → （1）)\n  FILE         a .txt or .docx document; '-' reads stdin (not with --in-place)";

fn main() -> ExitCode {
    // An interrupted write leaves no temporary file behind.
    let _ = gongwen::io::remove_temporary_files_on_signals();
    let (mut check, mut in_place) = (false, false);
    let mut options = Options::default();
    let mut file: Option<std::ffi::OsString> = None;
    // File names need not be UTF-8.
    for arg in std::env::args_os().skip(1) {
        match arg.to_str() {
            Some("--check") => check = true,
            Some("--in-place" | "-i") => in_place = true,
            Some("--standard") => options = Options::standard(),
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Some(a) if a.starts_with("--") => {
                eprintln!("fmt: unknown option {a}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => {
                if file.replace(arg).is_some() {
                    eprintln!("fmt: more than one FILE\n{USAGE}");
                    return ExitCode::from(2);
                }
            }
        }
    }
    let Some(path) = file else {
        eprintln!("fmt: no FILE given\n{USAGE}");
        return ExitCode::from(2);
    };
    if check && in_place {
        eprintln!("fmt: --check and --in-place exclude each other\n{USAGE}");
        return ExitCode::from(2);
    }
    if in_place && path == "-" {
        eprintln!("fmt: --in-place needs a FILE, not stdin\n{USAGE}");
        return ExitCode::from(2);
    }
    let bytes = match gongwen::io::read_input(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("fmt: {e}");
            return ExitCode::from(2);
        }
    };
    let name = path.to_string_lossy().into_owned();
    let formatted = match gongwen::jobs::format_input(&name, &bytes, &options) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("fmt: {e}");
            return ExitCode::from(2);
        }
    };
    for u in &formatted.unfixable {
        eprintln!("fmt: warning: {u}");
    }
    let changed = formatted.changed;
    if check {
        if changed {
            eprintln!("fmt: {} would change", gongwen::io::shown(Path::new(&path)));
            return ExitCode::from(1);
        }
        return ExitCode::SUCCESS;
    }
    let out = match formatted.writable(&name) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("fmt: {e}");
            return ExitCode::from(2);
        }
    };
    if in_place {
        if !changed {
            return ExitCode::SUCCESS;
        }
        return match gongwen::io::write_atomic(Path::new(&path), |w| w.write_all(&out)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("fmt: {e}");
                ExitCode::from(2)
            }
        };
    }
    match gongwen::io::write_stdout(&out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fmt: cannot write the output: {e}");
            ExitCode::from(2)
        }
    }
}
