//! `gongwen batch DIR --to FORMAT -o OUT`: a directory to JSON Lines, in parallel.

use crate::common::{fail, Status};
use gongwen::batch::{run_with, BatchFormat, TerminalProgress};
use gongwen::export::chunks::Options;
use std::path::PathBuf;

/// The formats `batch` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One line per document: {"path", "bytes", "document"}.
    Jsonl,
    /// One line per RAG chunk, with the file's "path" first.
    Chunks,
    /// One Parquet file of RAG chunks, one row each (a build with the
    /// `parquet` feature).
    Parquet,
}

/// Arguments of `gongwen batch`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  gongwen batch 公文库/ --to jsonl -o 公文库.jsonl       # one line per document
  gongwen batch 公文库/ --to chunks -o chunks.jsonl     # one line per RAG chunk
  gongwen batch 公文库/ --to chunks --max 800 --min 0 -o chunks.jsonl   # chunk options as in `chunk`
  gongwen batch 公文库/ --to chunks -o - | jq -r .text   # '-' writes standard output
  gongwen batch 公文库/ --to parquet -o chunks.parquet  # chunks as Parquet (built with --features parquet)
  RAYON_NUM_THREADS=1 gongwen batch 公文库/ --to jsonl -o out.jsonl
  duckdb -c \"SELECT path, bytes FROM read_json('公文库.jsonl')\"

Every .txt and .docx under DIR is parsed in parallel and written in file-name order; a progress bar is drawn when stderr is a
terminal; a file that cannot be read or parsed is reported and skipped; OUT is written
atomically. Schema: docs/batch.md. Exit status: 0 all converted, 1 some files failed, 2 usage
or output error.")]
pub struct Args {
    /// The directory; every .txt and .docx file under it is converted.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// What each document becomes.
    #[arg(long, short = 't', value_enum, value_name = "FORMAT")]
    pub to: Format,
    /// The JSON Lines (or Parquet) file to write (atomically); '-' writes standard output.
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: PathBuf,
    /// With --to chunks or parquet: the largest chunk, in characters (overlap included).
    #[arg(long, value_name = "N", default_value_t = Options::default().max_chars as u64,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub max: u64,
    /// With --to chunks or parquet: how many characters of the previous piece a split chunk repeats.
    #[arg(long, value_name = "N", default_value_t = Options::default().overlap_chars)]
    pub overlap: usize,
    /// With --to chunks or parquet: text shorter than this many characters merges with its
    /// neighbours under the same parent section (0: never).
    #[arg(long, value_name = "N", default_value_t = Options::default().min_chars)]
    pub min: usize,
}

/// Runs `gongwen batch`.
pub fn run(args: &Args) -> Status {
    let to = match args.to {
        Format::Jsonl => BatchFormat::Jsonl,
        Format::Chunks => BatchFormat::Chunks,
        Format::Parquet => BatchFormat::Parquet,
    };
    let mut chunk_options = Options::default();
    chunk_options.max_chars = usize::try_from(args.max).unwrap_or(usize::MAX);
    chunk_options.overlap_chars = args.overlap;
    chunk_options.min_chars = args.min;
    match run_with(
        &args.dir,
        &args.output,
        to,
        &chunk_options,
        &TerminalProgress::new("gongwen"),
    ) {
        Ok(summary) => {
            crate::common::say(summary.line(&args.output));
            if summary.exit_code() == 0 {
                Status::Ok
            } else {
                Status::Findings
            }
        }
        Err(e) => fail(e),
    }
}
