//! `gongwen elements FILE…`: the GB/T 9704 elements of documents (版头,
//! 主体, 版记), as a list or as the contract rows of `docs/elements.md`.

use crate::common::{fail, read, write, Status};

/// Arguments of `gongwen elements`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  gongwen elements 通知.txt                 # line, element and text, aligned
  gongwen elements --tsv 通知.docx          # the contract rows: line<TAB>element<TAB>text
  gongwen elements --tsv a.txt b.txt        # several files: each row starts with the file

Elements: copy_number classification urgency issuer_mark doc_number signer title addressee
attachment_note issuer_signature date remark annex cc printer. For a .docx the line number is
the paragraph number (1-based).")]
pub struct Args {
    /// Print the contract rows (line, element, text, tab-separated).
    #[arg(long)]
    pub tsv: bool,
    /// Documents (.txt or .docx); '-' reads standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<std::path::PathBuf>,
}

/// Runs `gongwen elements`.
pub fn run(args: &Args) -> Status {
    let many = args.files.len() > 1;
    let mut status = Status::Ok;
    for path in &args.files {
        let bytes = match read(path) {
            Ok(b) => b,
            Err(s) => {
                status = status.max(s);
                continue;
            }
        };
        let found = match gongwen::input::parse_with_elements(&path.to_string_lossy(), &bytes) {
            Ok((_, found)) => found,
            Err(e) => {
                status = status.max(fail(e));
                continue;
            }
        };
        let rows = gongwen::parser::elements::to_tsv(&found);
        let out: String = if args.tsv {
            rows
        } else {
            found
                .iter()
                .map(|e| format!("{:>5}  {:<16}  {}\n", e.span.line, e.kind.as_str(), e.text))
                .collect()
        };
        let out = if many {
            let shown = gongwen::io::shown(path);
            out.lines().map(|r| format!("{shown}\t{r}\n")).collect()
        } else {
            out
        };
        if let Err(s) = write(None, out.as_bytes()) {
            return s.max(status);
        }
    }
    status
}
