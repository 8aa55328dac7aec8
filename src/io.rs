//! File input and output shared by the example binaries and the command line:
//! reading a path (or `-` for stdin) with errors that name the path and the
//! cause, and writing an output file atomically, so a failed write never
//! leaves a half-written file behind.
//!
//! ```
//! let dir = std::env::temp_dir().join(format!("gongwen-io-doc-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! let out = dir.join("out.txt");
//! gongwen::io::write_atomic(&out, |w| w.write_all("一、总体要求\n".as_bytes())).unwrap();
//! assert_eq!(gongwen::io::read_input(out.to_str().unwrap()).unwrap(), "一、总体要求\n".as_bytes());
//! let err = gongwen::io::read_input(dir.join("missing.txt").to_str().unwrap()).unwrap_err();
//! assert!(err.to_string().contains("missing.txt"));
//! std::fs::remove_dir_all(&dir).unwrap();
//! ```

use std::fmt;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// Reading an input failed. The message names the path and the cause.
#[derive(Debug, thiserror::Error)]
#[error("cannot read {}: {}", .path.display(), cause(.source))]
pub struct ReadError {
    /// The path as given (`-` for stdin).
    pub path: PathBuf,
    /// The underlying error.
    #[source]
    pub source: io::Error,
}

/// Writing an output failed. No partial file is left at `path`.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {}: {}", .path.display(), cause(.source))]
pub struct WriteError {
    /// The destination path.
    pub path: PathBuf,
    /// The underlying error.
    #[source]
    pub source: io::Error,
}

/// A short, plain description of an I/O error (without the "os error N" tail
/// where the kind says it better).
fn cause(e: &io::Error) -> impl fmt::Display + '_ {
    struct Cause<'a>(&'a io::Error);
    impl fmt::Display for Cause<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.0.kind() {
                io::ErrorKind::NotFound => f.write_str("no such file or directory"),
                io::ErrorKind::PermissionDenied => f.write_str("permission denied"),
                io::ErrorKind::IsADirectory => f.write_str("is a directory"),
                _ => write!(f, "{}", self.0),
            }
        }
    }
    Cause(e)
}

/// Reads the whole input named by `path`; `-` reads standard input.
///
/// A directory is an error (`is a directory`), as are a missing file and a
/// file without read permission; the error names the path.
pub fn read_input(path: &str) -> Result<Vec<u8>, ReadError> {
    let err = |source| ReadError {
        path: PathBuf::from(path),
        source,
    };
    if path == "-" {
        let mut buf = Vec::new();
        io::stdin().lock().read_to_end(&mut buf).map_err(err)?;
        return Ok(buf);
    }
    let p = Path::new(path);
    if p.is_dir() {
        return Err(err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a directory",
        )));
    }
    std::fs::read(p).map_err(err)
}

/// Writes a file atomically: `write` fills a temporary file in the same
/// directory, which is flushed, synced and renamed over `path` only when
/// everything succeeded. On any error the temporary file is removed and
/// `path` is left as it was.
pub fn write_atomic<F>(path: &Path, write: F) -> Result<(), WriteError>
where
    F: FnOnce(&mut dyn Write) -> io::Result<()>,
{
    let err = |source| WriteError {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".gongwen-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    {
        let mut buf = io::BufWriter::new(tmp.as_file_mut());
        write(&mut buf).map_err(err)?;
        buf.flush().map_err(err)?;
    }
    tmp.as_file().sync_all().map_err(err)?;
    // The temporary file is private (0600); the output gets the permissions
    // of the file it replaces, or the usual ones for a new file.
    let permissions = match std::fs::metadata(path) {
        Ok(m) => m.permissions(),
        Err(_) => new_file_permissions(tmp.as_file()).map_err(err)?,
    };
    tmp.as_file().set_permissions(permissions).map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

#[cfg(unix)]
fn new_file_permissions(_: &std::fs::File) -> io::Result<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Ok(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn new_file_permissions(f: &std::fs::File) -> io::Result<std::fs::Permissions> {
    Ok(f.metadata()?.permissions())
}

/// Writes `bytes` to standard output. A closed pipe (`… | head`) is not an
/// error.
pub fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        r => r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_write_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.json");
        let r = write_atomic(&out, |w| {
            w.write_all(b"partial")?;
            Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"))
        });
        let e = r.unwrap_err();
        assert!(e.to_string().contains("out.json"), "{e}");
        assert!(!out.exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn output_is_readable_by_others_or_keeps_the_old_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("new.txt");
        write_atomic(&out, |w| w.write_all(b"x")).unwrap();
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644);
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&out, |w| w.write_all(b"y")).unwrap();
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[test]
    fn failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.txt");
        std::fs::write(&out, "old").unwrap();
        let _ = write_atomic(&out, |_| Err(io::Error::other("boom")));
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "old");
    }

    #[test]
    fn unwritable_directory_is_an_error_naming_the_path() {
        let e = write_atomic(Path::new("/nonexistent-dir/x/out.txt"), |w| {
            w.write_all(b"x")
        })
        .unwrap_err();
        assert!(e.to_string().contains("/nonexistent-dir/x/out.txt"), "{e}");
    }

    #[test]
    fn directory_and_missing_inputs_name_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().to_str().unwrap();
        let e = read_input(d).unwrap_err();
        assert!(e.to_string().contains("is a directory"), "{e}");
        let m = dir.path().join("nope.txt");
        let e = read_input(m.to_str().unwrap()).unwrap_err();
        assert!(e.to_string().contains("nope.txt"), "{e}");
        assert!(e.to_string().contains("no such file"), "{e}");
    }
}
