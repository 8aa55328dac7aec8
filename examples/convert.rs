//! Converts a document to another format.
//!
//! ```text
//! cargo run --release --example convert -- --to json FILE          # the model as JSON
//! cargo run --release --example convert -- --to markdown FILE      # Markdown
//! cargo run --release --example convert -- --to html -o out.html FILE
//! cargo run --release --example convert -- --to docx -o out.docx FILE
//! cargo run --release --example convert -- --to chunks FILE        # RAG chunks, JSON Lines
//! cargo run --release --example convert -- --to outline FILE       # the indented outline
//! ```
//!
//! Text formats go to standard output unless `-o OUT` is given; DOCX needs
//! `-o`. `-o` writes atomically (a temporary file renamed into place).
//! FILE is text (UTF-8, UTF-16 with BOM, GB18030) or .docx. Without FILE
//! the built-in sample is converted; `-` reads standard input.
//!
//! Exit status: 0 on success, 1 when the export itself fails, 2 for wrong
//! arguments, an input that cannot be read or decoded, or an output that
//! cannot be written (no partial file is left behind).

use gongwen::export::Format;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: convert --to FORMAT [-o OUT] [FILE]
  --to FORMAT  json | markdown | html | docx | chunks | outline
  -o OUT       write to OUT (atomically) instead of standard output; required for docx
  FILE         a .txt (UTF-8, UTF-16 with BOM, or GB18030) or .docx document; '-' reads stdin;
               without FILE the built-in sample is used";

struct Args {
    to: Format,
    out: Option<PathBuf>,
    file: Option<std::ffi::OsString>,
}

enum Parsed {
    Run(Args),
    Help,
}

/// Parses the arguments; file names need not be UTF-8.
fn parse_args(args: impl Iterator<Item = std::ffi::OsString>) -> Result<Parsed, String> {
    let mut to = None;
    let mut out = None;
    let mut file: Option<std::ffi::OsString> = None;
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("-h" | "--help") => return Ok(Parsed::Help),
            Some("--to" | "-t") => {
                let v = args.next().ok_or("--to needs a format")?;
                to = Some(
                    v.to_string_lossy()
                        .parse::<Format>()
                        .map_err(|e| e.to_string())?,
                );
            }
            Some("-o" | "--output") => {
                let v = args.next().ok_or("-o needs a path")?;
                out = Some(PathBuf::from(v));
            }
            Some(a) if a.starts_with("--to=") => {
                to = Some(
                    a["--to=".len()..]
                        .parse::<Format>()
                        .map_err(|e| e.to_string())?,
                );
            }
            Some(a) if a.starts_with('-') && a != "-" => return Err(format!("unknown option {a}")),
            _ => {
                if file.replace(arg).is_some() {
                    return Err("more than one FILE".into());
                }
            }
        }
    }
    let to = to.ok_or("--to FORMAT is required")?;
    if to == Format::Docx && out.is_none() {
        return Err("docx is binary: give -o OUT".into());
    }
    Ok(Parsed::Run(Args { to, out, file }))
}

fn main() -> ExitCode {
    // An interrupted write leaves no temporary file behind.
    let _ = gongwen::io::remove_temporary_files_on_signals();
    let args = match parse_args(std::env::args_os().skip(1)) {
        Ok(Parsed::Run(a)) => a,
        Ok(Parsed::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("convert: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let bytes = match &args.file {
        None => gongwen::SAMPLE.as_bytes().to_vec(),
        Some(path) => match gongwen::io::read_input(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("convert: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let name = args.file.as_ref().map(|f| f.to_string_lossy());
    let name = name.as_deref().unwrap_or("<sample>");
    // The GB/T 9704 elements are placed in the HTML and DOCX layouts.
    let (doc, elements) = match gongwen::input::parse_with_elements(name, &bytes) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("convert: {e}");
            return ExitCode::from(2);
        }
    };
    let mut rendered = Vec::with_capacity(doc.source.len() * 2);
    let rendered = match args.to.write_with_elements(&doc, &elements, &mut rendered) {
        Ok(()) => rendered,
        Err(e) => {
            eprintln!("convert: {e}");
            return ExitCode::from(1);
        }
    };
    let written = match &args.out {
        Some(path) => {
            gongwen::io::write_atomic(path, |w| w.write_all(&rendered)).map_err(|e| e.to_string())
        }
        None => gongwen::io::write_stdout(&rendered)
            .map_err(|e| format!("cannot write the output: {e}")),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // An output that cannot be written is an I/O error: exit 2, as for
        // an unreadable input.
        Err(e) => {
            eprintln!("convert: {e}");
            ExitCode::from(2)
        }
    }
}
