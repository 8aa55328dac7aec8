//! `gongwen outline FILE…`: the structure of documents as a tree or as the
//! outline contract rows.

use crate::common::{fail, parse, read, write, Status};

/// Arguments of `gongwen outline`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  gongwen outline 通知.docx                 # a tree, one line per heading
  gongwen outline --tsv 报告.txt            # line, kind, depth, marker, title
  gongwen outline --tsv a.txt b.docx        # several files: each row starts with the file
  gongwen outline --explain 报告.txt        # every line with its role and the rule that decided it
  pbpaste | gongwen outline -               # standard input

For a .docx the line number is the paragraph number (1-based).")]
pub struct Args {
    /// Print the outline contract rows (line, kind, depth, marker, title,
    /// tab-separated) instead of the tree.
    #[arg(long)]
    pub tsv: bool,
    /// Print every non-blank line with its role (title, heading, toc,
    /// article, byline, annex, furniture, text, …) and the id of the parser
    /// rule that decided it (line, role, rule, text, tab-separated).
    #[arg(long, conflicts_with = "tsv")]
    pub explain: bool,
    /// Documents (.txt or .docx); '-' reads standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<std::path::PathBuf>,
}

/// Runs `gongwen outline`.
pub fn run(args: &Args) -> Status {
    let many = args.files.len() > 1;
    let mut status = Status::Ok;
    for (i, path) in args.files.iter().enumerate() {
        if args.explain {
            match explain(path) {
                Ok(out) => {
                    let out = if many {
                        let name = gongwen::io::shown(path);
                        out.lines().map(|r| format!("{name}\t{r}\n")).collect()
                    } else {
                        out
                    };
                    if let Err(s) = write(None, out.as_bytes()) {
                        return s.max(status);
                    }
                }
                Err(s) => status = status.max(s),
            }
            continue;
        }
        let shown = gongwen::io::shown(path);
        let bytes = match read(path) {
            Ok(b) => b,
            Err(s) => {
                status = status.max(s);
                continue;
            }
        };
        let doc = match parse(path, &bytes) {
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

/// The `--explain` rows of one file: line, role, rule, the line's text.
fn explain(path: &std::path::Path) -> Result<String, Status> {
    let bytes = gongwen::io::read_input(path).map_err(crate::common::fail)?;
    let (text, why) = gongwen::input::explain_input(&path.to_string_lossy(), &bytes)
        .map_err(crate::common::fail)?;
    let mut out = String::new();
    for e in why {
        let t = text.get(e.start..e.end).unwrap_or("").replace('\t', " ");
        out.push_str(&format!("{}\t{}\t{}\t{}\n", e.line, e.role, e.rule, t));
    }
    Ok(out)
}
