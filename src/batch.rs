//! Batch conversion of a directory to one JSON Lines file, shared by
//! `examples/batch.rs` and `gongwen batch` (schema: `docs/batch.md`).
//!
//! Every `.txt` and `.docx` file under the directory is read and parsed on
//! rayon's thread pool (`RAYON_NUM_THREADS` sets its size), 64 files at a
//! time; one thread writes the lines into an output written atomically, in
//! the files' order (sorted by name, as [`documents`] lists them), while the
//! next 64 are converted. The output is the same from run to run. A file
//! that cannot be read or parsed is reported to the [`Progress`] and
//! skipped; the run goes on.
//!
//! ```
//! use gongwen::batch::{run, BatchFormat, Quiet};
//! let dir = tempfile::tempdir().unwrap();
//! std::fs::write(dir.path().join("a.txt"), "一、总体要求\n").unwrap();
//! std::fs::write(dir.path().join("b.docx"), b"PK\x03\x04 broken").unwrap();
//! let out = dir.path().join("out.jsonl");
//! let summary = run(dir.path(), &out, BatchFormat::Jsonl, &Quiet).unwrap();
//! assert_eq!((summary.converted, summary.failed), (1, 1));
//! assert_eq!(summary.exit_code(), 1);
//! let line = std::fs::read_to_string(&out).unwrap();
//! assert!(line.starts_with("{\"path\":\"a.txt\",\"bytes\":19,\"document\":{"));
//! ```

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What each document becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BatchFormat {
    /// One line per document: `{"path", "bytes", "document"}`.
    #[default]
    Jsonl,
    /// One line per RAG chunk (`gongwen::export::chunks`), each with the
    /// file's `path` relative to the directory.
    Chunks,
    /// One Parquet file of chunk records, one row per chunk, with the
    /// schema of `chunk.spark.json` (feature `parquet`; without it, [`run`]
    /// returns [`BatchError::NotBuilt`]).
    Parquet,
}

/// A batch format name other than `jsonl` or `chunks`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown batch format {0:?} (expected jsonl, chunks or parquet)")]
pub struct UnknownBatchFormat(pub String);

impl FromStr for BatchFormat {
    type Err = UnknownBatchFormat;

    /// ```
    /// use gongwen::batch::BatchFormat;
    /// assert_eq!("chunks".parse::<BatchFormat>().unwrap(), BatchFormat::Chunks);
    /// assert!("pdf".parse::<BatchFormat>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "jsonl" | "json" => Ok(BatchFormat::Jsonl),
            "chunks" => Ok(BatchFormat::Chunks),
            "parquet" => Ok(BatchFormat::Parquet),
            _ => Err(UnknownBatchFormat(s.to_string())),
        }
    }
}

/// Told what happens during a run. Every call comes from the thread that
/// called [`run`].
pub trait Progress {
    /// The run found `total` documents.
    fn start(&self, total: usize);
    /// One document was converted and written.
    fn converted(&self);
    /// An entry could not be listed, read or parsed; `message` names it.
    fn failed(&self, message: &str);
    /// The run ended (the output is written or failed).
    fn finish(&self);
}

/// A [`Progress`] that says nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Quiet;

impl Progress for Quiet {
    fn start(&self, _: usize) {}
    fn converted(&self) {}
    fn failed(&self, _: &str) {}
    fn finish(&self) {}
}

/// A [`Progress`] for command lines: a progress bar on standard error when
/// it is a terminal, and each failure printed there as `PREFIX: message`.
#[derive(Debug)]
pub struct TerminalProgress {
    prefix: String,
    bar: ProgressBar,
}

impl TerminalProgress {
    /// Messages start with `prefix` (the program's name).
    pub fn new(prefix: &str) -> Self {
        let bar = if std::io::stderr().is_terminal() {
            let bar = ProgressBar::new(0);
            if let Ok(style) = ProgressStyle::with_template(
                "{bar:40} {pos}/{len} files  {elapsed_precise}  eta {eta}  {msg}",
            ) {
                bar.set_style(style);
            }
            bar
        } else {
            ProgressBar::hidden()
        };
        TerminalProgress {
            prefix: prefix.to_string(),
            bar,
        }
    }
}

impl Progress for TerminalProgress {
    fn start(&self, total: usize) {
        self.bar.set_length(total as u64);
    }
    fn converted(&self) {
        self.bar.inc(1);
    }
    fn failed(&self, message: &str) {
        // A closed standard error is no reason to stop converting.
        self.bar.suspend(|| {
            let _ = writeln!(std::io::stderr().lock(), "{}: {message}", self.prefix);
        });
        self.bar.inc(1);
    }
    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// How a run went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Documents converted.
    pub converted: usize,
    /// Entries that could not be listed, read or parsed.
    pub failed: usize,
    /// Input bytes of the converted documents.
    pub bytes_in: usize,
    /// Threads in rayon's pool.
    pub threads: usize,
    /// Time to list, read, parse and serialise (up to the last line handed
    /// to the writer).
    pub converting: Duration,
    /// Time to flush and sync the output after that.
    pub syncing: Duration,
}

impl Summary {
    /// The exit status: 0 when every file was converted, 1 when some failed.
    pub fn exit_code(&self) -> u8 {
        u8::from(self.failed > 0)
    }

    /// The closing report: counts and throughput.
    ///
    /// ```
    /// use std::time::Duration;
    /// let s = gongwen::batch::Summary { converted: 2, failed: 0, bytes_in: 3_000_000,
    ///     threads: 2, converting: Duration::from_secs(1), syncing: Duration::ZERO };
    /// assert!(s.line(std::path::Path::new("o.jsonl")).starts_with("2 documents converted, 0 failed; 3.0 MB in 1.00 s (3.0 MB/s, 2 threads)"));
    /// ```
    pub fn line(&self, out: &Path) -> String {
        let secs = self.converting.as_secs_f64().max(1e-9);
        let written = if out == Path::new("-") {
            "standard output written".to_string()
        } else {
            format!("{} written and synced", crate::io::shown(out))
        };
        format!(
            "{} document{} converted, {} failed; {:.1} MB in {secs:.2} s ({:.1} MB/s, {} thread{}); {written} in {:.2} s more",
            self.converted,
            if self.converted == 1 { "" } else { "s" },
            self.failed,
            self.bytes_in as f64 / 1e6,
            self.bytes_in as f64 / 1e6 / secs,
            self.threads,
            if self.threads == 1 { "" } else { "s" },
            self.syncing.as_secs_f64()
        )
    }
}

/// A run could not happen or its output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    /// The input is not a directory.
    #[error("{} is not a directory", crate::io::shown(.0))]
    NotADirectory(PathBuf),
    /// The output is one of the documents to convert.
    #[error("the output {} is one of the inputs; refusing to overwrite it", crate::io::shown(.0))]
    OutputIsInput(PathBuf),
    /// The output could not be written (no partial file is left).
    #[error(transparent)]
    Write(#[from] crate::io::WriteError),
    /// The format needs a cargo feature this build does not have.
    #[error("this build cannot write {0}: build gongwen with the `{0}` feature (cargo install --features {0})")]
    NotBuilt(&'static str),
}

/// True when `path` ends in `.txt` or `.docx` (any case).
fn is_document_name(path: &Path) -> bool {
    let ext = path.extension().and_then(|x| x.to_str());
    ext.is_some_and(|x| x.eq_ignore_ascii_case("txt") || x.eq_ignore_ascii_case("docx"))
}

/// The .txt and .docx files under `dir`, sorted by name, and a message for
/// each entry that could not be listed. A symbolic link to a document is
/// followed; a dangling one, and a link to a directory (not followed, so
/// no loop is walked), are reported.
pub fn documents(dir: &Path) -> (Vec<PathBuf>, Vec<String>) {
    let mut files = Vec::new();
    let mut failures = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                if is_document_name(e.path()) {
                    files.push(e.into_path());
                }
            }
            Ok(e) if e.path_is_symlink() && e.depth() > 0 => match std::fs::metadata(e.path()) {
                Ok(m) if m.is_file() => {
                    if is_document_name(e.path()) {
                        files.push(e.into_path());
                    }
                }
                Ok(m) if m.is_dir() => failures.push(format!(
                    "{}: a symbolic link to a directory, not followed",
                    crate::io::shown(e.path())
                )),
                Ok(_) => {
                    if is_document_name(e.path()) {
                        failures.push(format!(
                            "{}: a symbolic link to something that is not a regular file, skipped",
                            crate::io::shown(e.path())
                        ));
                    }
                }
                Err(err) => {
                    if is_document_name(e.path()) {
                        failures.push(format!(
                            "{}: a symbolic link to a file that cannot be read ({})",
                            crate::io::shown(e.path()),
                            if err.kind() == std::io::ErrorKind::NotFound {
                                "it does not exist".to_string()
                            } else {
                                err.to_string()
                            }
                        ));
                    }
                }
            },
            Ok(e) if !e.file_type().is_dir() && is_document_name(e.path()) => {
                failures.push(format!(
                    "{}: not a regular file (a FIFO, socket or device), skipped",
                    crate::io::shown(e.path())
                ));
            }
            Ok(_) => {}
            Err(e) => failures.push(match e.path() {
                Some(p) => format!(
                    "{}: {}",
                    crate::io::shown(p),
                    e.io_error()
                        .map_or_else(|| e.to_string(), |io| io.to_string())
                ),
                None => e.to_string(),
            }),
        }
    }
    (files, failures)
}

/// Reads and parses one file into its JSON lines and its size in bytes; the
/// error message names the file.
///
/// A panic while converting (a bug) is caught and reported as this file's
/// failure: the run goes on.
pub fn convert_file(path: &Path, dir: &Path, to: BatchFormat) -> Result<(Vec<u8>, usize), String> {
    convert_file_with(path, dir, to, &Default::default())
}

/// [`convert_file`] with chunk options (for [`BatchFormat::Chunks`]; their
/// `path` is replaced by the file's path relative to `dir`).
pub fn convert_file_with(
    path: &Path,
    dir: &Path,
    to: BatchFormat,
    chunk_options: &crate::export::chunks::Options,
) -> Result<(Vec<u8>, usize), String> {
    std::panic::catch_unwind(|| convert(path, dir, to, chunk_options)).unwrap_or_else(|_| {
        Err(format!(
            "{}: internal error while converting (please report it); skipped",
            crate::io::shown(path)
        ))
    })
}

fn convert(
    path: &Path,
    dir: &Path,
    to: BatchFormat,
    chunk_options: &crate::export::chunks::Options,
) -> Result<(Vec<u8>, usize), String> {
    let shown = crate::io::shown(path);
    let bytes = crate::io::read_path(path).map_err(|e| e.to_string())?;
    let name = path.to_string_lossy();
    let doc = crate::input::parse_input(&name, &bytes).map_err(|e| match e {
        crate::input::InputError::Decode { source, .. } => format!("{shown}: {source}"),
        crate::input::InputError::Docx { source, .. } => format!("{shown}: {source}"),
        other => {
            let text = other.to_string();
            let rest = text.split_once(": ").map_or(text.as_str(), |(_, r)| r);
            format!("{shown}: {rest}")
        }
    })?;
    let rel = path.strip_prefix(dir).unwrap_or(path).display().to_string();
    let export_err = |e: crate::export::ExportError| format!("{shown}: {e}");
    let quoted = serde_json::to_string(&rel).map_err(|e| format!("{shown}: {e}"))?;
    let mut out = Vec::with_capacity(bytes.len() * 4 + 64);
    match to {
        BatchFormat::Jsonl => {
            // {"path":…,"bytes":…,"document":…}: the exporter's compact JSON
            // (serde_json's bytes, written directly), its line break moved
            // after the closing brace.
            out.extend_from_slice(
                format!(
                    "{{\"path\":{quoted},\"bytes\":{},\"document\":",
                    bytes.len()
                )
                .as_bytes(),
            );
            crate::export::json::write(&doc, &mut out, &Default::default()).map_err(export_err)?;
            if out.last() == Some(&b'\n') {
                out.pop();
            }
            out.extend_from_slice(b"}\n");
        }
        BatchFormat::Chunks | BatchFormat::Parquet => {
            // Every record carries the path relative to DIR.
            let mut options = chunk_options.clone();
            options.path = Some(rel);
            crate::export::chunks::write(&doc, &mut out, &options).map_err(export_err)?;
        }
    }
    Ok((out, bytes.len()))
}

/// Writes `out` atomically, or standard output when `out` is `-` (where a
/// closed pipe, as in `… | head`, is not an error).
fn write_output<F>(out: &Path, write: F) -> Result<(), crate::io::WriteError>
where
    F: FnOnce(&mut dyn Write) -> std::io::Result<()>,
{
    if out != Path::new("-") {
        return crate::io::write_atomic(out, write);
    }
    let mut w = std::io::BufWriter::new(std::io::stdout().lock());
    match write(&mut w).and_then(|()| w.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(crate::io::WriteError {
            path: out.to_path_buf(),
            source: e,
        }),
        _ => Ok(()),
    }
}

/// Files converted at a time: each window is converted in parallel, then
/// written in order while the next one is converted.
const WINDOW: usize = 64;

/// What one file became: its output and its size in bytes, or a message.
type Outcome<T> = Result<(T, usize), String>;

/// Converts `files` in windows of [`WINDOW`] on rayon's pool and hands each
/// outcome to `write` on this thread, in the order of `files`. Stops at the
/// first error `write` returns.
fn pipeline<T: Send>(
    files: &[PathBuf],
    convert: &(dyn Fn(&Path) -> Outcome<T> + Sync),
    mut write: impl FnMut(Outcome<T>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        // One window waits while another is written: memory stays bounded.
        let (tx, rx) = mpsc::sync_channel::<Vec<Outcome<T>>>(1);
        let stop = &stop;
        scope.spawn(move || {
            for window in files.chunks(WINDOW) {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let done: Vec<Outcome<T>> = window.par_iter().map(|p| convert(p)).collect();
                // A closed channel means the writer stopped.
                if tx.send(done).is_err() {
                    break;
                }
            }
        });
        for window in rx {
            for outcome in window {
                if let Err(e) = write(outcome) {
                    stop.store(true, Ordering::Relaxed);
                    return Err(e);
                }
            }
        }
        Ok(())
    })
}

/// Converts every document under `dir` into the JSON Lines file `out`
/// (standard output when `out` is `-`).
pub fn run(
    dir: &Path,
    out: &Path,
    to: BatchFormat,
    progress: &dyn Progress,
) -> Result<Summary, BatchError> {
    run_with(dir, out, to, &Default::default(), progress)
}

/// [`run`] with chunk options for [`BatchFormat::Chunks`] (sizes, overlap,
/// merging; each record's `path` is the file's path relative to `dir`).
///
/// ```
/// use gongwen::batch::{run_with, BatchFormat, Quiet};
/// use gongwen::export::chunks::Options;
/// let dir = tempfile::tempdir().unwrap();
/// std::fs::write(dir.path().join("a.txt"), "一、甲\n甲的内容。\n二、乙\n乙的内容。\n").unwrap();
/// let out = dir.path().join("chunks.jsonl");
/// let each = Options::default().with_min_chars(0);
/// run_with(dir.path(), &out, BatchFormat::Chunks, &each, &Quiet).unwrap();
/// assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 2);
/// run_with(dir.path(), &out, BatchFormat::Chunks, &Options::default(), &Quiet).unwrap();
/// assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 1);
/// ```
pub fn run_with(
    dir: &Path,
    out: &Path,
    to: BatchFormat,
    chunk_options: &crate::export::chunks::Options,
    progress: &dyn Progress,
) -> Result<Summary, BatchError> {
    #[cfg(not(feature = "parquet"))]
    if to == BatchFormat::Parquet {
        return Err(BatchError::NotBuilt("parquet"));
    }
    if !dir.is_dir() {
        return Err(BatchError::NotADirectory(dir.to_path_buf()));
    }
    let started = Instant::now();
    let (files, failures) = documents(dir);
    if let Some(f) = files.iter().find(|f| crate::io::same_file(f, out)) {
        return Err(BatchError::OutputIsInput(f.clone()));
    }
    progress.start(files.len() + failures.len());
    for f in &failures {
        progress.failed(f);
    }
    let (mut converted, mut failed, mut bytes_in) = (0usize, failures.len(), 0usize);
    let mut converted_at = started;
    let mut tally = |outcome: Result<usize, String>| match outcome {
        Ok(n) => {
            converted += 1;
            bytes_in += n;
            progress.converted();
        }
        Err(message) => {
            failed += 1;
            progress.failed(&message);
        }
    };
    let written = match to {
        #[cfg(feature = "parquet")]
        BatchFormat::Parquet => {
            let convert = |p: &Path| crate::parquet::chunks_of(p, dir, chunk_options);
            write_output(out, |w: &mut dyn Write| {
                let mut table = crate::parquet::ChunkWriter::new()?;
                pipeline(&files, &convert, |outcome| {
                    match outcome {
                        Ok((chunks, n)) => {
                            table.push(&chunks, w)?;
                            tally(Ok(n));
                        }
                        Err(m) => tally(Err(m)),
                    }
                    Ok(())
                })?;
                converted_at = Instant::now();
                table.finish(w)
            })
        }
        // (Parquet without the feature was refused above.)
        _ => {
            let convert = |p: &Path| convert_file_with(p, dir, to, chunk_options);
            write_output(out, |w: &mut dyn Write| {
                let result = pipeline(&files, &convert, |outcome| {
                    match outcome {
                        Ok((lines, n)) => {
                            w.write_all(&lines)?;
                            tally(Ok(n));
                        }
                        Err(m) => tally(Err(m)),
                    }
                    Ok(())
                });
                converted_at = Instant::now();
                result
            })
        }
    };
    progress.finish();
    written?;
    Ok(Summary {
        converted,
        failed,
        bytes_in,
        threads: rayon::current_num_threads(),
        converting: converted_at - started,
        syncing: converted_at.elapsed(),
    })
}
