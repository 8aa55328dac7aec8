//! `gongwen convert FILE --to FORMAT [-o OUT]`.

use crate::common::{fail, read, write, Status};
use std::path::PathBuf;

/// The formats `convert` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The document model as JSON (nodes with spans, gaps, markers).
    Json,
    /// The outline contract rows (line, kind, depth, marker, title).
    Tsv,
    /// The outline as an indented tree.
    Tree,
    /// The document's text (for a .docx: one line per paragraph, automatic
    /// numbers included).
    Text,
}

/// Arguments of `gongwen convert`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  gongwen convert 报告.docx --to text -o 报告.txt     # .docx to text, automatic numbers included
  gongwen convert 报告.txt --to json -o 报告.json
  gongwen convert - --to tsv < 报告.txt

Without -o (or with -o -) the result goes to standard output.")]
pub struct Args {
    /// The document (.txt or .docx); '-' reads standard input.
    #[arg(value_name = "FILE")]
    pub file: String,
    /// The output format.
    #[arg(long, short = 't', value_enum, value_name = "FORMAT")]
    pub to: Format,
    /// Where to write (atomically); standard output when absent or '-'.
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
}

/// Runs `gongwen convert`.
pub fn run(args: &Args) -> Status {
    let doc = match read(&args.file) {
        Ok(d) => d,
        Err(s) => return s,
    };
    let out = match args.to {
        Format::Json => match serde_json::to_string_pretty(&doc) {
            Ok(mut s) => {
                s.push('\n');
                s
            }
            Err(e) => return fail(format_args!("{}: cannot write JSON: {e}", args.file)),
        },
        Format::Tsv => gongwen::export::outline::to_tsv(&doc),
        Format::Tree => gongwen::export::outline::to_tree(&doc),
        Format::Text => doc.source.to_string(),
    };
    match write(args.output.as_deref(), out.as_bytes()) {
        Ok(()) => Status::Ok,
        Err(s) => s,
    }
}
