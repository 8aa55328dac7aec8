//! `gongwen sample`: the built-in sample document, to try the other
//! subcommands on without a file of one's own.

use crate::common::{write, Status};

/// Arguments of `gongwen sample`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  gongwen sample > 示例.txt          # a compilation of three speeches, UTF-8
  gongwen sample | gongwen outline -
  gongwen sample | gongwen check -

The sample is gongwen_parse::SAMPLE: a 汇编 of three speeches with a declared count, a 目录,
bylines, headings of up to four levels, run-in headings and a hard-wrapped line, and two
numbering warnings for `check` to find.")]
pub struct Args {}

/// Runs `gongwen sample`.
pub fn run(_: &Args) -> Status {
    match write(None, gongwen::SAMPLE.as_bytes()) {
        Ok(()) => Status::Ok,
        Err(s) => s,
    }
}
