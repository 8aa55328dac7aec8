//! Parses every document under a directory in parallel and streams the
//! results to one JSON Lines file.
//!
//! ```text
//! cargo run --release --example batch -- DIR --to jsonl -o OUT.jsonl
//! cargo run --release --example batch -- DIR --to chunks -o CHUNKS.jsonl
//! RAYON_NUM_THREADS=1 cargo run --release --example batch -- DIR -o OUT.jsonl   # one thread
//! ```
//!
//! Every `.txt` (UTF-8, UTF-16 with BOM, GB18030) and `.docx` file under DIR
//! is parsed on rayon's thread pool (`RAYON_NUM_THREADS` sets its size; with
//! 1, everything runs in turn on the main thread, with more, one more
//! thread writes OUT while the pool parses). Each
//! document becomes one line of OUT: `{"path": …, "bytes": …, "document":
//! {…}}`, the document in the model's serde form (see docs/batch.md for the
//! schema and a DuckDB query); with `--to chunks`, each RAG chunk
//! (`gongwen::export::chunks`) becomes one line, with the file's `path` first.
//! Lines come in completion order. OUT is written atomically: it appears only
//! when the run finishes. With `--per-file`, OUT is a directory and each input
//! gets its own `OUT/PATH.jsonl`, written by the worker that parsed it.
//!
//! A progress bar is drawn when standard error is a terminal. A file that
//! cannot be read or parsed is reported on standard error and skipped; the
//! run goes on. At the end a summary line gives the counts and the
//! throughput.
//!
//! Exit status: 0 when every file was converted, 1 when some failed, 2 for a
//! usage error or when OUT cannot be written.

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;

const USAGE: &str = "usage: batch DIR [--to jsonl|chunks] [--per-file] -o OUT\n  DIR         a directory; every .txt and .docx file under it is parsed\n  --to jsonl  one JSON object per document and line: {\"path\", \"bytes\", \"document\"} (the default)\n  --to chunks one JSON object per RAG chunk and line, with the file's \"path\" first\n  -o OUT      the JSON Lines file to write (atomically)\n  --per-file  OUT is a directory: one JSON Lines file per input (OUT/PATH.jsonl), written by the workers\nRAYON_NUM_THREADS sets the number of threads.\nexit status: 0 all converted, 1 some files failed, 2 usage or output error";

/// What one file became: a JSON line, or a message naming the file.
type Outcome = Result<(Vec<u8>, usize), String>;

struct Args {
    dir: PathBuf,
    out: PathBuf,
    to: To,
    per_file: bool,
}

fn args() -> Result<Option<Args>, String> {
    let mut dir = None;
    let mut out = None;
    let mut to = To::Jsonl;
    let mut per_file = false;
    // Directory and file names need not be UTF-8.
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("-h" | "--help") => return Ok(None),
            Some("--to") => match args.next().as_ref().and_then(|v| v.to_str()) {
                Some("jsonl") => to = To::Jsonl,
                Some("chunks") => to = To::Chunks,
                other => return Err(format!("--to wants jsonl or chunks, got {other:?}")),
            },
            Some("--per-file") => per_file = true,
            Some("-o" | "--output") => match args.next() {
                Some(o) => out = Some(PathBuf::from(o)),
                None => return Err("-o wants a file".into()),
            },
            Some(a) if a.starts_with('-') => return Err(format!("unknown option {a}")),
            _ => {
                if dir.replace(PathBuf::from(arg)).is_some() {
                    return Err("more than one DIR".into());
                }
            }
        }
    }
    match (dir, out) {
        (Some(dir), Some(out)) => Ok(Some(Args {
            dir,
            out,
            to,
            per_file,
        })),
        (None, _) => Err("no DIR given".into()),
        (_, None) => Err("no -o OUT given".into()),
    }
}

/// The .txt and .docx files under `dir`, sorted; unreadable entries are
/// reported and skipped.
fn documents(dir: &Path, failures: &mut Vec<String>) -> Vec<PathBuf> {
    let (files, failed) = gongwen::batch::documents(dir);
    failures.extend(failed);
    files
}

/// What each document becomes ([`gongwen::batch::BatchFormat`]).
type To = gongwen::batch::BatchFormat;

/// Reads and parses one file into its JSON lines.
fn convert(path: &Path, dir: &Path, to: To) -> Outcome {
    gongwen::batch::convert_file(path, dir, to)
}

/// `--per-file`: every worker converts its file and writes it to
/// `OUT/PATH.jsonl` itself (atomically), so no stage is serial. Returns the
/// files converted, the files failed and the input bytes converted.
fn per_file(files: &[PathBuf], args: &Args, bar: &ProgressBar) -> (usize, usize, usize) {
    let (converted, failed, bytes) = (
        AtomicUsize::new(0),
        AtomicUsize::new(0),
        AtomicUsize::new(0),
    );
    files.par_iter().for_each(|path| {
        let rel = path.strip_prefix(&args.dir).unwrap_or(path);
        let mut name = rel.as_os_str().to_owned();
        name.push(".jsonl");
        let dest = args.out.join(name);
        let result = convert(path, &args.dir, args.to).and_then(|(lines, n)| {
            if let Some(parent) = dest.parent() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            gongwen::io::write_atomic(&dest, |w| w.write_all(&lines)).map_err(|e| e.to_string())?;
            Ok(n)
        });
        match result {
            Ok(n) => {
                converted.fetch_add(1, Ordering::Relaxed);
                bytes.fetch_add(n, Ordering::Relaxed);
            }
            Err(message) => {
                failed.fetch_add(1, Ordering::Relaxed);
                bar.suspend(|| eprintln!("batch: {message}"));
            }
        }
        bar.inc(1);
    });
    (
        converted.into_inner(),
        failed.into_inner(),
        bytes.into_inner(),
    )
}

fn main() -> ExitCode {
    // An interrupted write leaves no temporary file behind.
    let _ = gongwen::io::remove_temporary_files_on_signals();
    let args = match args() {
        Ok(Some(a)) => a,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("batch: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if !args.dir.is_dir() {
        eprintln!("batch: {} is not a directory", args.dir.display());
        return ExitCode::from(2);
    }
    let started = Instant::now();
    let mut failures = Vec::new();
    let files = documents(&args.dir, &mut failures);
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(files.len() as u64);
        if let Ok(style) = ProgressStyle::with_template(
            "{bar:40} {pos}/{len} files  {elapsed_precise}  eta {eta}  {msg}",
        ) {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    for f in &failures {
        bar.suspend(|| eprintln!("batch: {f}"));
    }
    let (mut converted, mut failed, mut bytes_in) = (0usize, failures.len(), 0usize);
    let stop = AtomicBool::new(false);
    let mut converted_at = started;
    let written = if args.per_file {
        let (c, f, b) = per_file(&files, &args, &bar);
        (converted, failed, bytes_in) = (c, failed + f, b);
        converted_at = Instant::now();
        Ok(())
    } else {
        gongwen::io::write_atomic(&args.out, |out: &mut dyn Write| {
            // Takes one outcome: writes its line, or reports the failure.
            let mut take = |outcome: Outcome| -> std::io::Result<()> {
                match outcome {
                    Ok((line, n)) => {
                        out.write_all(&line)?;
                        converted += 1;
                        bytes_in += n;
                    }
                    Err(message) => {
                        failed += 1;
                        bar.suspend(|| eprintln!("batch: {message}"));
                    }
                }
                bar.inc(1);
                Ok(())
            };
            let (dir, to) = (&args.dir, args.to);
            let result = if rayon::current_num_threads() == 1 {
                // One thread means one: read, parse, serialise and write in turn.
                files
                    .iter()
                    .try_for_each(|path| take(convert(path, dir, to)))
            } else {
                std::thread::scope(|scope| {
                    // Workers parse and serialise; this thread only writes lines,
                    // in the order they are finished. The channel bound caps memory.
                    let (tx, rx) = mpsc::sync_channel::<Outcome>(64);
                    let (files, stop) = (&files, &stop);
                    scope.spawn(move || {
                        files.par_iter().for_each_with(tx, |tx, path| {
                            if !stop.load(Ordering::Relaxed) {
                                // A closed channel means the writer stopped.
                                let _ = tx.send(convert(path, dir, to));
                            }
                        });
                    });
                    let result = rx.into_iter().try_for_each(&mut take);
                    if result.is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                    result
                })
            };
            converted_at = Instant::now();
            result
        })
    };
    bar.finish_and_clear();
    if let Err(e) = written {
        eprintln!("batch: {e}");
        return ExitCode::from(2);
    }
    // Throughput counts reading, parsing and serialising (up to the last
    // line handed to the writer); the final flush and fsync of OUT are
    // given apart, since they depend on the disk.
    let secs = (converted_at - started).as_secs_f64().max(1e-9);
    let sync = converted_at.elapsed().as_secs_f64();
    eprintln!(
        "batch: {converted} documents converted, {failed} failed; {:.1} MB in {secs:.2} s ({:.1} MB/s, {} threads); {} written and synced in {sync:.2} s more",
        bytes_in as f64 / 1e6,
        bytes_in as f64 / 1e6 / secs,
        rayon::current_num_threads(),
        args.out.display()
    );
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
