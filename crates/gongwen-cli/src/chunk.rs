//! `gongwen chunk FILE [--max N]`: RAG chunks as JSON Lines.

use crate::common::{not_the_input, parse, read, write_with, Status};
use gongwen::export::chunks::{self, Options};
use std::path::PathBuf;

/// Arguments of `gongwen chunk`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  gongwen chunk 报告.txt                        # one JSON record per chunk, at most 500 characters
  gongwen chunk 汇编.docx --max 800 --overlap 80 -o 汇编.jsonl
  gongwen chunk 条例.txt --min 0                # one chunk per article, however short
  gongwen chunk - < 报告.txt | jq -r '.heading_path | join(\" > \")'

Chunks follow sections; a heading with nothing but subsections goes with the first of them; text
shorter than --min merges with its neighbours under the same parent while it fits --max; a
section longer than --max splits at sentence ends (。！？；), never inside a grapheme. Sizes and
overlaps are in characters. Each record has the file's path, the document's title, a stable id,
the article, the heading path, the text, its byte span and its size in characters and graphemes.")]
pub struct Args {
    /// The document (.txt or .docx); '-' reads standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The largest chunk, in characters (overlap included).
    #[arg(long, value_name = "N", default_value_t = Options::default().max_chars as u64,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub max: u64,
    /// How many characters of the previous piece a split chunk repeats.
    #[arg(long, value_name = "N", default_value_t = Options::default().overlap_chars)]
    pub overlap: usize,
    /// Text shorter than this many characters merges with its neighbours
    /// under the same parent section (0: never).
    #[arg(long, value_name = "N", default_value_t = Options::default().min_chars)]
    pub min: usize,
    /// Where to write (atomically); standard output when absent or '-'.
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
}

/// Runs `gongwen chunk`.
pub fn run(args: &Args) -> Status {
    if let Err(s) = not_the_input(&args.file, args.output.as_deref()) {
        return s;
    }
    let bytes = match read(&args.file) {
        Ok(b) => b,
        Err(s) => return s,
    };
    let doc = match parse(&args.file, &bytes) {
        Ok(d) => d,
        Err(s) => return s,
    };
    let mut options = Options::default();
    options.max_chars = usize::try_from(args.max).unwrap_or(usize::MAX);
    options.overlap_chars = args.overlap;
    options.min_chars = args.min;
    options.path = (args.file.as_os_str() != "-").then(|| args.file.to_string_lossy().into_owned());
    // Streamed to the output: the chunks are never held whole in memory.
    let shown = gongwen::io::shown(&args.file);
    let written = write_with(args.output.as_deref(), |w| {
        chunks::write(&doc, w, &options).map_err(|e| std::io::Error::other(format!("{shown}: {e}")))
    });
    match written {
        Ok(()) => Status::Ok,
        Err(s) => s,
    }
}
