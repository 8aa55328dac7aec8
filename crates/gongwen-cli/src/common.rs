//! What the subcommands share: reading inputs through `gongwen::input`,
//! reporting errors on standard error, and the exit status.

use gongwen::model::Document;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// How a subcommand ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Everything went well (exit 0).
    Ok,
    /// The command worked and found something (exit 1).
    Findings,
    /// Bad usage or an input/output error (exit 2).
    Error,
}

impl Status {
    /// The process exit code.
    pub fn code(self) -> ExitCode {
        ExitCode::from(match self {
            Status::Ok => 0,
            Status::Findings => 1,
            Status::Error => 2,
        })
    }
}

/// Prints `gongwen: message` on standard error and returns [`Status::Error`].
pub fn fail(message: impl std::fmt::Display) -> Status {
    say(message);
    Status::Error
}

/// Prints `gongwen: message` on standard error. A closed or full standard
/// error is not an error (there is nowhere left to say so).
pub fn say(message: impl std::fmt::Display) {
    let _ = writeln!(std::io::stderr().lock(), "gongwen: {message}");
}

/// Refuses an output that is the input `input` (`-o` naming the file read).
pub fn not_the_input(input: &Path, out: Option<&Path>) -> Result<(), Status> {
    match out {
        Some(o) if input != Path::new("-") && gongwen::io::same_file(input, o) => {
            Err(fail(format_args!(
                "the output {} is the input; refusing to overwrite it",
                gongwen::io::shown(o)
            )))
        }
        _ => Ok(()),
    }
}

/// Reads the bytes of `path` (`-` for stdin).
pub fn read(path: &Path) -> Result<Vec<u8>, Status> {
    gongwen::io::read_input(path).map_err(fail)
}

/// Parses the bytes read from `path` (.txt or .docx). UTF-8 text is
/// borrowed, not copied: the document points into `bytes`.
pub fn parse<'a>(path: &Path, bytes: &'a [u8]) -> Result<Document<'a>, Status> {
    gongwen::input::parse_input(&path.to_string_lossy(), bytes).map_err(fail)
}

/// Streams what `fill` writes to `out` (atomically, [`gongwen::io::write_atomic`]),
/// or to standard output when `out` is `None` or `-` (a closed pipe is not
/// an error), so no output is held whole in memory.
pub fn write_with<F>(out: Option<&Path>, fill: F) -> Result<(), Status>
where
    F: FnOnce(&mut dyn Write) -> std::io::Result<()>,
{
    match out {
        Some(p) if p != Path::new("-") => gongwen::io::write_atomic(p, fill).map_err(fail),
        _ => {
            let mut w = std::io::BufWriter::new(std::io::stdout().lock());
            match fill(&mut w).and_then(|()| w.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(fail(format_args!("cannot write to standard output: {e}")))
                }
                _ => Ok(()),
            }
        }
    }
}

/// Writes `bytes` to `out` atomically, or to standard output when `out` is
/// `None` or `-`.
pub fn write(out: Option<&Path>, bytes: &[u8]) -> Result<(), Status> {
    match out {
        Some(p) if p != Path::new("-") => {
            gongwen::io::write_atomic(p, |w| w.write_all(bytes)).map_err(fail)
        }
        _ => gongwen::io::write_stdout(bytes)
            .map_err(|e| fail(format_args!("cannot write to standard output: {e}"))),
    }
}
