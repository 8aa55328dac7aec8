//! `gongwen fmt FILE…`: fix the numbering faults the formatter can fix.

use crate::common::{fail, write, Status};
use gongwen::fix::Options;
use std::path::{Path, PathBuf};

/// Arguments of `gongwen fmt`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  gongwen fmt 通知.txt                  # the formatted text on stdout
  gongwen fmt --check *.txt             # exit 1 if any file would change (nothing is written)
  gongwen fmt --in-place 通知.txt 报告.txt
  gongwen fmt --standard 通知.txt        # also 1、 → 1.,  一. → 一、, ⑴ → （1）
  gongwen fmt - < 通知.txt

Renumbers gaps, duplicates and order among siblings, puts the 目录 in the articles' order and
writes half-width parentheses full-width; every other byte stays as it was, in the input's
encoding. In a .docx the runs holding typed markers are rewritten and every other entry of the
package stays as it was; a number Word adds itself (automatic numbering) is fixed through its
list's start override when the document then reads exactly as the fixed text, else reported.")]
pub struct Args {
    /// Report the files that would change and exit 1; write nothing.
    #[arg(long, conflicts_with = "in_place")]
    pub check: bool,
    /// Rewrite each file atomically (temporary file and rename), keeping its
    /// owner, mode and extended attributes; a hard-linked or read-only file is
    /// refused, a symbolic link is written through.
    #[arg(long, short = 'i')]
    pub in_place: bool,
    /// Also rewrite nonstandard forms to GB/T 9704-2012.
    #[arg(long)]
    pub standard: bool,
    /// Documents (.txt or .docx); '-' reads standard input (not with --in-place).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// Runs `gongwen fmt`.
pub fn run(args: &Args) -> Status {
    if args.in_place && args.files.iter().any(|f| f.as_os_str() == "-") {
        return fail("fmt --in-place needs files, not standard input");
    }
    if !args.check && !args.in_place && args.files.len() > 1 {
        return fail(
            "fmt prints one file to standard output; use --in-place or --check for several",
        );
    }
    let options = if args.standard {
        Options::standard()
    } else {
        Options::default()
    };
    let mut status = Status::Ok;
    for path in &args.files {
        status = status.max(one(args, path, &options));
    }
    status
}

fn one(args: &Args, file: &Path, options: &Options) -> Status {
    let bytes = match gongwen::io::read_input(file) {
        Ok(b) => b,
        Err(e) => return fail(e),
    };
    let name = file.to_string_lossy();
    let path: &str = &name;
    let formatted = match gongwen::jobs::format_input(path, &bytes, options) {
        Ok(f) => f,
        Err(e) => return fail(e),
    };
    for u in &formatted.unfixable {
        crate::common::say(format_args!("warning: {u}"));
    }
    if args.check {
        if formatted.changed {
            crate::common::say(format_args!("{} would change", gongwen::io::shown(file)));
            return Status::Findings;
        }
        return Status::Ok;
    }
    let changed = formatted.changed;
    let out = match formatted.writable(path) {
        Ok(o) => o,
        Err(e) => return fail(e),
    };
    let result = if args.in_place {
        if !changed {
            return Status::Ok;
        }
        write(Some(file), &out)
    } else {
        write(None, &out)
    };
    match result {
        Ok(()) => Status::Ok,
        Err(s) => s,
    }
}
