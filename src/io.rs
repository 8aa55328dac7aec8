//! File input and output shared by the example binaries and the command line:
//! reading a path (or `-` for stdin) with errors that name the path and the
//! cause, and writing an output file atomically, so a failed write never
//! leaves a half-written file behind, and a replaced file keeps its owner,
//! mode, links and extended attributes (see [`write_atomic`]).
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
#[error("cannot read {}: {}", shown(.path), cause(.source))]
pub struct ReadError {
    /// The path as given (`-` for stdin).
    pub path: PathBuf,
    /// The underlying error.
    #[source]
    pub source: io::Error,
}

/// Writing an output failed. No partial file is left at `path`.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {}: {}", shown(.path), cause(.source))]
pub struct WriteError {
    /// The destination path.
    pub path: PathBuf,
    /// The underlying error.
    #[source]
    pub source: io::Error,
}

/// `path` made safe to print (see [`crate::input::shown`]).
pub use crate::input::shown;

/// A short, plain description of an I/O error (without the "os error N" tail
/// where the kind says it better).
fn cause(e: &io::Error) -> impl fmt::Display + '_ {
    struct Cause<'a>(&'a io::Error);
    impl fmt::Display for Cause<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            if self.0.get_ref().is_some() {
                // Our own message says more than the kind.
                return write!(f, "{}", self.0);
            }
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

/// Reads the whole input named by `path` (a `&str`, or a `Path` or
/// `OsStr` that need not be UTF-8); `-` reads standard input.
///
/// A directory is an error (`is a directory`), as are a missing file and a
/// file without read permission; the error names the path.
pub fn read_input<P: AsRef<Path> + ?Sized>(path: &P) -> Result<Vec<u8>, ReadError> {
    let path = path.as_ref();
    if path == Path::new("-") {
        let mut buf = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .map_err(|source| ReadError {
                path: path.to_path_buf(),
                source,
            })?;
        return Ok(buf);
    }
    read_path(path)
}

/// Reads the whole file at `path`, a name that need not be UTF-8; the error
/// names the path. A directory is an error.
pub fn read_path(path: &Path) -> Result<Vec<u8>, ReadError> {
    let err = |source| ReadError {
        path: path.to_path_buf(),
        source,
    };
    if path.is_dir() {
        return Err(err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a directory",
        )));
    }
    std::fs::read(path).map_err(err)
}

/// Writes an output file without losing anything that was there.
///
/// * A regular file (new, or replaced) is written atomically: `write` fills
///   a temporary file in the same directory, which is flushed, synced and
///   renamed over `path` only when everything succeeded, and the directory
///   is synced after the rename. On any error the temporary file is
///   removed and `path` is left as it was. A replaced file keeps its mode,
///   owner, group and extended attributes (ACLs included); when they cannot
///   be kept (another user's file, written by someone who is not root), the
///   write is refused. A new file gets mode 0644.
/// * A symbolic link is followed: its target is rewritten, the link stays.
/// * Anything that is not a regular file — `/dev/null`, `/dev/stdout`, a
///   terminal, a FIFO — is opened and written directly, never replaced.
/// * A file with other hard links is refused (replacing it would split
///   them, the other names keeping the old text), as is a read-only file
///   (no write permission bit at all) and a dangling symbolic link.
///
/// While the temporary file exists it is registered for removal by
/// [`remove_temporary_files_on_signals`].
pub fn write_atomic<F>(path: &Path, write: F) -> Result<(), WriteError>
where
    F: FnOnce(&mut dyn Write) -> io::Result<()>,
{
    let err = |source| WriteError {
        path: path.to_path_buf(),
        source,
    };
    let existing = match std::fs::metadata(path) {
        Ok(m) => Some(m),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            if std::fs::symlink_metadata(path).is_ok() {
                return Err(err(io::Error::new(
                    io::ErrorKind::NotFound,
                    "a symbolic link to a file that does not exist",
                )));
            }
            None
        }
        Err(e) => return Err(err(e)),
    };
    if let Some(m) = &existing {
        if m.is_dir() {
            return Err(err(io::Error::new(
                io::ErrorKind::IsADirectory,
                "is a directory",
            )));
        }
        if !m.is_file() || is_stream_alias(path) {
            return write_directly(path, write).map_err(err);
        }
        refuse_to_replace(m).map_err(err)?;
    }
    // Write through a symbolic link to its target.
    let target = match &existing {
        Some(_) => std::fs::canonicalize(path).map_err(err)?,
        None => path.to_path_buf(),
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".gongwen-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    let registered = Registered::new(tmp.path());
    let mut tmp = tmp;
    {
        let mut buf = io::BufWriter::new(tmp.as_file_mut());
        write(&mut buf).map_err(err)?;
        buf.flush().map_err(err)?;
    }
    match &existing {
        Some(m) => keep_attributes(m, &target, tmp.as_file(), tmp.path()).map_err(err)?,
        None => {
            let permissions = new_file_permissions(tmp.as_file()).map_err(err)?;
            tmp.as_file().set_permissions(permissions).map_err(err)?;
        }
    }
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(&target).map_err(|e| err(e.error))?;
    drop(registered);
    sync_dir(dir).map_err(err)
}

/// Writes to an existing file that is not a regular file (a device, a
/// FIFO, a terminal) by opening it, never by replacing it.
fn write_directly<F>(path: &Path, write: F) -> io::Result<()>
where
    F: FnOnce(&mut dyn Write) -> io::Result<()>,
{
    let file = std::fs::OpenOptions::new().write(true).open(path)?;
    let mut buf = io::BufWriter::new(file);
    write(&mut buf)?;
    buf.flush()
}

/// `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N` name an
/// open file of this process: write to it, even when it is a regular file
/// (the shell's `>` redirection), rather than replace it.
fn is_stream_alias(path: &Path) -> bool {
    let s = path.as_os_str().as_encoded_bytes();
    s == b"/dev/stdout"
        || s == b"/dev/stderr"
        || s.starts_with(b"/dev/fd/")
        || s.starts_with(b"/proc/self/fd/")
}

/// Refuses to replace a regular file whose replacement would lose
/// something: other hard links, or a read-only mode.
#[cfg(unix)]
fn refuse_to_replace(m: &std::fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    if m.nlink() > 1 {
        return Err(io::Error::other(format!(
            "it has {} hard links; replacing it would split them (the other names would keep the old content), so it is left as it was",
            m.nlink()
        )));
    }
    if m.permissions().readonly() {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "the file is read-only (no write permission); it is left as it was",
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
fn refuse_to_replace(m: &std::fs::Metadata) -> io::Result<()> {
    if m.permissions().readonly() {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "the file is read-only; it is left as it was",
        ));
    }
    Ok(())
}

/// Gives the temporary file `tmp` the owner, group, mode and extended
/// attributes of the file `old` (metadata `m`) it replaces.
#[cfg(unix)]
fn keep_attributes(
    m: &std::fs::Metadata,
    old: &Path,
    tmp: &std::fs::File,
    tmp_path: &Path,
) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let mine = tmp.metadata()?;
    if (mine.uid(), mine.gid()) != (m.uid(), m.gid()) {
        std::os::unix::fs::fchown(tmp, Some(m.uid()), Some(m.gid())).map_err(|e| {
            io::Error::new(
                e.kind(),
                format!(
                    "cannot keep its owner and group ({}:{}): {e}; it is left as it was",
                    m.uid(),
                    m.gid()
                ),
            )
        })?;
    }
    // After chown, which clears the set-user-ID and set-group-ID bits.
    tmp.set_permissions(m.permissions())?;
    let names = match xattr::list(old) {
        Ok(names) => names,
        Err(e) if e.kind() == io::ErrorKind::Unsupported => return Ok(()),
        Err(e) => return Err(e),
    };
    for name in names {
        if let Some(value) = xattr::get(old, &name)? {
            if let Err(e) = xattr::set(tmp_path, &name, &value) {
                // A label the system gave the new file already (an SELinux
                // context) need not be set again.
                if xattr::get(tmp_path, &name).ok().flatten().as_deref() == Some(&value[..]) {
                    continue;
                }
                return Err(io::Error::new(
                    e.kind(),
                    format!(
                        "cannot keep its extended attribute {}: {e}; it is left as it was",
                        name.to_string_lossy()
                    ),
                ));
            }
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn keep_attributes(
    m: &std::fs::Metadata,
    _: &Path,
    tmp: &std::fs::File,
    _: &Path,
) -> io::Result<()> {
    tmp.set_permissions(m.permissions())
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

/// Syncs a directory, so a rename in it survives a crash.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_: &Path) -> io::Result<()> {
    Ok(())
}

/// True when `a` and `b` name the same existing file (after following
/// symbolic links); false when either does not exist.
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// let a = dir.path().join("a.txt");
/// std::fs::write(&a, "x").unwrap();
/// assert!(gongwen::io::same_file(&a, &dir.path().join(".").join("a.txt")));
/// assert!(!gongwen::io::same_file(&a, &dir.path().join("b.txt")));
/// ```
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => same_metadata(&x, &y),
        _ => false,
    }
}

#[cfg(unix)]
fn same_metadata(x: &std::fs::Metadata, y: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (x.dev(), x.ino()) == (y.dev(), y.ino())
}

#[cfg(not(unix))]
fn same_metadata(_: &std::fs::Metadata, _: &std::fs::Metadata) -> bool {
    false
}

/// The temporary files [`write_atomic`] is writing, removed by the signal
/// handler of [`remove_temporary_files_on_signals`].
static TEMPORARY: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// A temporary file registered in [`TEMPORARY`] while it lives.
struct Registered(PathBuf);

impl Registered {
    fn new(path: &Path) -> Self {
        if let Ok(mut t) = TEMPORARY.lock() {
            t.push(path.to_path_buf());
        }
        Registered(path.to_path_buf())
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        if let Ok(mut t) = TEMPORARY.lock() {
            if let Some(i) = t.iter().position(|p| *p == self.0) {
                t.swap_remove(i);
            }
        }
    }
}

/// Installs handlers for SIGINT, SIGTERM, SIGHUP and SIGQUIT that remove
/// the temporary files of the writes under way ([`write_atomic`]) and then
/// end the process as the signal would have (exit status 128 + the signal
/// number). For binaries; a library should leave signals to its caller.
/// Calling it twice does nothing more.
pub fn remove_temporary_files_on_signals() -> io::Result<()> {
    static INSTALLED: std::sync::OnceLock<()> = std::sync::OnceLock::new();
    if INSTALLED.get().is_some() {
        return Ok(());
    }
    install_handlers()?;
    let _ = INSTALLED.set(());
    Ok(())
}

#[cfg(unix)]
fn install_handlers() -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT])?;
    std::thread::Builder::new()
        .name("gongwen-signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Held to the end: no write registers or renames meanwhile.
                let guard = TEMPORARY.lock();
                if let Ok(paths) = &guard {
                    for p in paths.iter() {
                        let _ = std::fs::remove_file(p);
                    }
                }
                // End as the signal would have ended the process.
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

#[cfg(not(unix))]
fn install_handlers() -> io::Result<()> {
    Ok(())
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
