//! `gongwen convert FILE --to FORMAT [-o OUT]`.

use crate::common::{fail, not_the_input, read, write_with, Status};
use clap::builder::TypedValueParser;
use gongwen::export::Format;
use std::io::IsTerminal;
use std::path::PathBuf;

/// The formats `convert` writes: every exporter of `gongwen::export`, the
/// outline contract rows, and the document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// An exporter ([`Format`]: json, markdown, html, docx, chunks, outline).
    Export(Format),
    /// The outline contract rows (line, kind, depth, marker, title).
    Tsv,
    /// The document's text (for a .docx: one line per paragraph, automatic
    /// numbers included).
    Text,
}

/// The names `--to` accepts (aliases: md, htm, jsonl, tree, txt).
const NAMES: [&str; 8] = [
    "json", "markdown", "html", "docx", "chunks", "outline", "tsv", "text",
];

/// The `--to` values with their aliases, for help and completions.
fn possible_values() -> Vec<clap::builder::PossibleValue> {
    use clap::builder::PossibleValue as V;
    NAMES
        .iter()
        .map(|&n| match n {
            "markdown" => V::new(n).alias("md"),
            "html" => V::new(n).alias("htm"),
            "chunks" => V::new(n).alias("jsonl"),
            "outline" => V::new(n).alias("tree"),
            "text" => V::new(n).alias("txt"),
            _ => V::new(n),
        })
        .collect()
}

fn parse_target(s: &str) -> Result<Target, String> {
    match s.to_ascii_lowercase().as_str() {
        "tsv" => Ok(Target::Tsv),
        "text" | "txt" => Ok(Target::Text),
        other => other
            .parse::<Format>()
            .map(Target::Export)
            .map_err(|_| format!("expected one of {}", NAMES.join(", "))),
    }
}

/// Arguments of `gongwen convert`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  gongwen convert 报告.txt --to docx -o 报告.docx      # GB/T 9704 layout
  gongwen convert 报告.docx --to markdown -o 报告.md
  gongwen convert 报告.txt --to html -o 报告.html      # a standalone page with a table of contents
  gongwen convert 报告.txt --to json > 报告.json       # the document model
  gongwen convert 报告.docx --to text -o 报告.txt      # .docx to text, automatic numbers included
  gongwen convert - --to tsv < 报告.txt                # the outline contract rows

Formats: json, markdown (md), html, docx, chunks (jsonl, RAG chunks), outline (tree), tsv, text.
Without -o (or with -o -) the result goes to standard output; docx there only when it is not a
terminal.")]
pub struct Args {
    /// The document (.txt or .docx); '-' reads standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The output format.
    #[arg(
        long,
        short = 't',
        value_name = "FORMAT",
        value_parser = clap::builder::PossibleValuesParser::new(possible_values())
            .try_map(|s| parse_target(&s)),
        ignore_case = true
    )]
    pub to: Target,
    /// Where to write (atomically); standard output when absent or '-'.
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
}

/// Runs `gongwen convert`.
pub fn run(args: &Args) -> Status {
    let to_stdout = args.output.as_deref().is_none_or(|p| p.as_os_str() == "-");
    if args.to == Target::Export(Format::Docx) && to_stdout && std::io::stdout().is_terminal() {
        return fail("docx is binary: give -o OUT (or redirect standard output)");
    }
    if let Err(s) = not_the_input(&args.file, args.output.as_deref()) {
        return s;
    }
    let bytes = match read(&args.file) {
        Ok(b) => b,
        Err(s) => return s,
    };
    // The GB/T 9704 elements are placed in the HTML and DOCX layouts.
    let (doc, elements) =
        match gongwen::input::parse_with_elements(&args.file.to_string_lossy(), &bytes) {
            Ok(d) => d,
            Err(e) => return fail(e),
        };
    // Streamed to the output: the result is never held whole in memory.
    let shown = gongwen::io::shown(&args.file);
    let written = write_with(args.output.as_deref(), |w| match args.to {
        // Chunk records carry the file's path.
        Target::Export(Format::Chunks) => {
            let mut options = gongwen::export::chunks::Options::default();
            options.path =
                (args.file.as_os_str() != "-").then(|| args.file.to_string_lossy().into_owned());
            gongwen::export::chunks::write(&doc, w, &options)
                .map_err(|e| std::io::Error::other(format!("{shown}: {e}")))
        }
        Target::Export(f) => f
            .write_with_elements(&doc, &elements, w)
            .map_err(|e| std::io::Error::other(format!("{shown}: {e}"))),
        Target::Tsv => w.write_all(gongwen::export::outline::to_tsv(&doc).as_bytes()),
        Target::Text => w.write_all(doc.source.as_bytes()),
    });
    match written {
        Ok(()) => Status::Ok,
        Err(s) => s,
    }
}
