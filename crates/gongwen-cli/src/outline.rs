//! `gongwen outline FILE…`: the structure of documents as a tree or as the
//! outline contract rows.

use crate::common::{fail, read, write, Status};

/// Arguments of `gongwen outline`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  gongwen outline 通知.docx                 # a tree, one line per heading
  gongwen outline --tsv 报告.txt            # line, kind, depth, marker, title
  gongwen outline --tsv a.txt b.docx        # several files: each row starts with the file
  pbpaste | gongwen outline -               # standard input

For a .docx the line number is the paragraph number (1-based).")]
pub struct Args {
    /// Print the outline contract rows (line, kind, depth, marker, title,
    /// tab-separated) instead of the tree.
    #[arg(long)]
    pub tsv: bool,
    /// Documents (.txt or .docx); '-' reads standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<std::path::PathBuf>,
}

/// Runs `gongwen outline`.
pub fn run(args: &Args) -> Status {
    let many = args.files.len() > 1;
    let mut status = Status::Ok;
    for (i, path) in args.files.iter().enumerate() {
        let shown = gongwen::io::shown(path);
        let doc = match read(path) {
            Ok(d) => d,
            Err(s) => {
                status = status.max(s);
                continue;
            }
        };
        let out = if args.tsv {
            let rows = gongwen::export::outline::to_tsv(&doc);
            if many {
                rows.lines().map(|r| format!("{shown}\t{r}\n")).collect()
            } else {
                rows
            }
        } else {
            let tree = gongwen::export::outline::to_tree(&doc);
            if many {
                let sep = if i == 0 { "" } else { "\n" };
                format!("{sep}==> {shown} <==\n{tree}")
            } else {
                tree
            }
        };
        if let Err(s) = write(None, out.as_bytes()) {
            return s.max(status);
        }
    }
    if status == Status::Error && args.files.len() > 1 {
        let _ = fail("some files could not be read");
    }
    status
}
