//! Scores the parser's outlines against gold outlines, as
//! `../shared/tools/outline-score --corpus` does, for every document
//! `DIR/NAME.txt` or `DIR/NAME.docx` with a `DIR/NAME.outline.tsv` beside it.
//!
//! ```text
//! cargo run --release --example score -- tests/corpus                # the project's own corpus
//! cargo run --release --example score -- ../shared/corpus/public     # the shared corpus, if you have it
//! cargo run --release --example score -- --min-f1 0.9 DIR…           # exit 0 from F1 0.9 up
//! ```
//!
//! A row is keyed by (line, kind); a predicted row is exact when a gold row
//! has the same key and the same depth, marker and title. Precision = exact
//! / predicted rows, recall = exact / gold rows. Each document that is not
//! exact is listed with its differences; the last line is the summary.
//! Exit status: 0 when F1 over all rows reaches `--min-f1` (default 1.0: all
//! exact), 1 when it does not, 2 for unreadable input or bad arguments.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: score [--min-f1 X] DIR…\n  DIR   documents NAME.txt or NAME.docx, each with its gold NAME.outline.tsv";

type Rows = BTreeMap<(u32, String), (String, String, String)>;

/// The outline contract rows of a TSV text, keyed by (line, kind).
fn rows(tsv: &str) -> Result<Rows, String> {
    let mut out = Rows::new();
    for (n, raw) in tsv.lines().enumerate() {
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = raw.split('\t').collect();
        let [line, kind, depth, marker, title] = cols[..] else {
            return Err(format!("line {}: expected 5 columns: {raw:?}", n + 1));
        };
        let line: u32 = line
            .parse()
            .map_err(|_| format!("line {}: bad line number {line:?}", n + 1))?;
        out.insert(
            (line, kind.to_string()),
            (
                depth.to_string(),
                marker.to_string(),
                title.trim().to_string(),
            ),
        );
    }
    Ok(out)
}

/// The documents of `dir` that have a gold file, sorted.
fn documents(dir: &Path) -> Result<Vec<(PathBuf, PathBuf)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let p = entry.path();
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "txt" | "md" | "docx") {
            continue;
        }
        let gold = p.with_extension("outline.tsv");
        if gold.is_file() {
            out.push((p, gold));
        }
    }
    out.sort();
    Ok(out)
}

fn main() -> ExitCode {
    let mut min_f1 = 1.0f64;
    let mut dirs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--min-f1" => match args.next().and_then(|v| v.parse().ok()) {
                Some(v) => min_f1 = v,
                None => {
                    eprintln!("score: --min-f1 needs a number\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => dirs.push(PathBuf::from(a)),
        }
    }
    if dirs.is_empty() {
        eprintln!("score: no DIR\n{USAGE}");
        return ExitCode::from(2);
    }
    let (mut docs, mut exact_docs, mut exact, mut predicted, mut gold_rows) = (0, 0, 0, 0, 0);
    for dir in &dirs {
        let list = match documents(dir) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("score: {e}");
                return ExitCode::from(2);
            }
        };
        for (doc_path, gold_path) in list {
            let shown = doc_path.display().to_string();
            let scored = std::fs::read(&doc_path)
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    let doc =
                        gongwen::input::parse_input(&shown, &bytes).map_err(|e| e.to_string())?;
                    let pred = rows(&gongwen::export::outline::to_tsv(&doc))?;
                    let gold = std::fs::read_to_string(&gold_path).map_err(|e| e.to_string())?;
                    Ok((pred, rows(&gold)?))
                });
            let (pred, gold) = match scored {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("score: {shown}: {e}");
                    return ExitCode::from(2);
                }
            };
            let mut problems = Vec::new();
            let mut same = 0;
            for (key, g) in &gold {
                match pred.get(key) {
                    Some(p) if p == g => same += 1,
                    Some(p) => problems.push(format!(
                        "  differs  line {} {}: want {g:?} got {p:?}",
                        key.0, key.1
                    )),
                    None => problems.push(format!("  missing  line {} {}: {g:?}", key.0, key.1)),
                }
            }
            for (key, p) in &pred {
                if !gold.contains_key(key) {
                    problems.push(format!("  extra    line {} {}: {p:?}", key.0, key.1));
                }
            }
            docs += 1;
            exact += same;
            predicted += pred.len();
            gold_rows += gold.len();
            if problems.is_empty() {
                exact_docs += 1;
            } else {
                println!("{shown}: {same}/{} rows exact", gold.len());
                for p in problems {
                    println!("{p}");
                }
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(exact, predicted), ratio(exact, gold_rows));
    let f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    println!("documents {exact_docs}/{docs} exact; rows precision {p:.3} recall {r:.3} F1 {f1:.3}");
    if f1 + 1e-12 >= min_f1 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
