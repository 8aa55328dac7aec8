//! Shows the structure of a document.
//!
//! ```text
//! cargo run --release --example outline                 # the built-in sample, as a tree
//! cargo run --release --example outline -- FILE         # a file, as a tree
//! cargo run --release --example outline -- --tsv FILE   # the outline contract (line, kind, depth, marker, title)
//! ```
//!
//! Exit status: 0 on success, 2 when the file cannot be read or decoded, or
//! the arguments are wrong.

use std::process::ExitCode;

const USAGE: &str = "usage: outline [--tsv] [FILE]\n  --tsv   print the outline contract rows (line, kind, depth, marker, title)\n  FILE    a .txt document (UTF-8, UTF-16 with BOM, or GB18030) or a .docx; '-' reads stdin;\n          without FILE the built-in sample is used";

fn main() -> ExitCode {
    let mut tsv = false;
    let mut file: Option<std::ffi::OsString> = None;
    // File names need not be UTF-8.
    for arg in std::env::args_os().skip(1) {
        match arg.to_str() {
            Some("--tsv") => tsv = true,
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Some(a) if a.starts_with("--") => {
                eprintln!("outline: unknown option {a}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => {
                if file.replace(arg).is_some() {
                    eprintln!("outline: more than one FILE\n{USAGE}");
                    return ExitCode::from(2);
                }
            }
        }
    }
    let bytes = match &file {
        None => gongwen::SAMPLE.as_bytes().to_vec(),
        Some(path) => match gongwen::io::read_input(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("outline: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let name = file.as_ref().map(|f| f.to_string_lossy());
    let doc = match gongwen::input::parse_input(name.as_deref().unwrap_or("<sample>"), &bytes) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("outline: {e}");
            return ExitCode::from(2);
        }
    };
    let out = if tsv {
        gongwen::export::outline::to_tsv(&doc)
    } else {
        gongwen::export::outline::to_tree(&doc)
    };
    match gongwen::io::write_stdout(out.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("outline: cannot write the output: {e}");
            ExitCode::from(2)
        }
    }
}
