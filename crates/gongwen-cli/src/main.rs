//! `gongwen`: outline, check, format, convert and chunk Chinese official
//! documents (公文) given as .txt (UTF-8, UTF-16 with BOM, GB18030) or .docx
//! (Word automatic numbering included).
//!
//! ```text
//! gongwen outline 通知.docx              # the document's structure as a tree
//! gongwen outline --tsv 报告.txt          # the outline contract rows
//! gongwen check 通知.txt                  # numbering diagnostics
//! gongwen fmt --in-place 通知.txt         # fix what can be fixed
//! gongwen elements --tsv 通知.txt         # the GB/T 9704 elements, one row each
//! gongwen convert 报告.txt --to docx -o 报告.docx   # GB/T 9704 layout
//! gongwen chunk 报告.docx --max 800                 # RAG chunks, JSON Lines
//! gongwen batch 公文库/ --to jsonl -o 公文库.jsonl    # a directory, in parallel
//! gongwen sample > 示例.txt             # the built-in sample document
//! gongwen completions bash > /etc/bash_completion.d/gongwen
//! ```
//!
//! `-` reads standard input. Results go to standard output, diagnostics and
//! progress to standard error. Exit status: 0 success, 1 findings (`check`
//! found problems, `fmt --check` found files to format), 2 usage or I/O error.

mod batch;
mod check;
mod chunk;
mod common;
mod completions;
mod convert;
mod elements;
mod fmt;
mod outline;
mod sample;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Outline, check, format, convert and chunk Chinese official documents (公文).
#[derive(Debug, Parser)]
#[command(
    name = "gongwen",
    version,
    about,
    long_about = "Outline, check, format, convert and chunk Chinese official documents (公文): \
speeches and compilations (汇编), work reports, notices, regulations. Input is .txt \
(UTF-8, UTF-16 with BOM, GB18030) or .docx (Word automatic numbering included); '-' reads \
standard input.",
    after_help = "Examples:
  gongwen sample > 示例.txt                 # a document to try things on
  gongwen outline 通知.docx
  gongwen outline --tsv 报告.txt
  gongwen check 通知.docx
  gongwen fmt --in-place 通知.txt
  gongwen convert 报告.txt --to docx -o 报告.docx
  gongwen convert 报告.docx --to markdown -o 报告.md
  gongwen chunk 报告.docx --max 800 > chunks.jsonl
  gongwen batch 公文库/ --to jsonl -o 公文库.jsonl
  cat 报告.txt | gongwen outline -

Exit status: 0 success, 1 findings, 2 usage or I/O error."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the structure of documents: title, 目录, articles, annexes, headings.
    Outline(outline::Args),
    /// Check the numbering: gaps, duplicates, order, mixed forms, skipped levels, 目录.
    Check(check::Args),
    /// Fix the numbering faults that can be fixed, changing nothing else.
    Fmt(fmt::Args),
    /// List the GB/T 9704 elements: 版头, 主体 (title, 主送, 附件说明, 署名, 日期…), 版记.
    Elements(elements::Args),
    /// Convert a document to another format.
    Convert(convert::Args),
    /// Split a document into RAG chunks (JSON Lines) that follow its sections.
    Chunk(chunk::Args),
    /// Convert every .txt and .docx under a directory to one JSON Lines file, in parallel.
    Batch(batch::Args),
    /// Print the built-in sample document (to try the other commands on).
    Sample(sample::Args),
    /// Print a shell completion script.
    Completions(completions::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // An interrupted write leaves no temporary file behind.
    if let Err(e) = gongwen::io::remove_temporary_files_on_signals() {
        common::say(format_args!("cannot install the signal handlers: {e}"));
    }
    let status = match cli.command {
        Command::Outline(a) => outline::run(&a),
        Command::Check(a) => check::run(&a),
        Command::Fmt(a) => fmt::run(&a),
        Command::Elements(a) => elements::run(&a),
        Command::Convert(a) => convert::run(&a),
        Command::Chunk(a) => chunk::run(&a),
        Command::Batch(a) => batch::run(&a),
        Command::Sample(a) => sample::run(&a),
        Command::Completions(a) => completions::run(&a),
    };
    status.code()
}
