//! Parsing an input file of any supported kind: text (UTF-8, UTF-16 with
//! BOM, GB18030) or .docx (recognised by its `.docx` extension or by the zip
//! signature at its start). Shared by the example binaries and the command
//! line.
//!
//! ```
//! let doc = gongwen::input::parse_input("notice.txt", "一、总体要求\n".as_bytes()).unwrap();
//! assert_eq!(doc.outline().next().map(|r| r.title), Some("总体要求"));
//! let docx = gongwen::docx::testing::docx(&[("总体要求", Some((1, 0)))]);
//! let doc = gongwen::input::parse_input("-", &docx).unwrap();
//! assert_eq!(doc.outline().next().map(|r| r.marker), Some("一、"));
//! ```

use gongwen_model::Document;
use std::path::Path;

/// The kind of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// Plain text in any supported encoding.
    Text,
    /// A Word .docx package.
    Docx,
}

/// An input could not be parsed; the message names the path.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The text could not be decoded.
    #[error("{}: {source}", crate::io::shown(Path::new(.path)))]
    Decode {
        /// The path as given (`-` for stdin).
        path: String,
        /// The decoding error (with its byte offset).
        #[source]
        source: gongwen_parse::DecodeError,
    },
    /// The .docx could not be read.
    #[error("{}: {source}", crate::io::shown(Path::new(.path)))]
    Docx {
        /// The path as given (`-` for stdin).
        path: String,
        /// The .docx error (naming the part and offset).
        #[source]
        source: gongwen_docx::DocxError,
    },
}

/// The kind of the input at `path` with content `bytes`: .docx by the
/// extension or the zip signature, text otherwise.
///
/// ```
/// use gongwen::input::{input_kind, InputKind};
/// assert_eq!(input_kind("a.DOCX", b""), InputKind::Docx);
/// assert_eq!(input_kind("-", b"PK\x03\x04..."), InputKind::Docx);
/// assert_eq!(input_kind("a.txt", "一、".as_bytes()), InputKind::Text);
/// ```
pub fn input_kind(path: &str, bytes: &[u8]) -> InputKind {
    let ext_docx = Path::new(path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"));
    if ext_docx || gongwen_docx::is_zip(bytes) {
        InputKind::Docx
    } else {
        InputKind::Text
    }
}

/// Parses the content of the input at `path` ([`input_kind`] decides how).
/// For a .docx, line N of the document is paragraph N (see [`gongwen_docx`]).
pub fn parse_input<'a>(path: &str, bytes: &'a [u8]) -> Result<Document<'a>, InputError> {
    match input_kind(path, bytes) {
        InputKind::Docx => gongwen_docx::parse(bytes).map_err(|source| InputError::Docx {
            path: path.to_string(),
            source,
        }),
        InputKind::Text => gongwen_parse::parse_bytes(bytes).map_err(|source| InputError::Decode {
            path: path.to_string(),
            source,
        }),
    }
}

/// Reads `path` (`-` for stdin; a name that need not be UTF-8) and parses
/// it: [`crate::io::read_input`] then [`parse_input`]. The document owns
/// its text.
///
/// ```
/// let e = gongwen::input::read_document("/no/such/file.txt").unwrap_err();
/// assert!(e.to_string().contains("/no/such/file.txt"));
/// ```
pub fn read_document<P: AsRef<Path> + ?Sized>(
    path: &P,
) -> Result<Document<'static>, ReadDocumentError> {
    let path = path.as_ref();
    let bytes = crate::io::read_input(path)?;
    Ok(parse_input(&path.to_string_lossy(), &bytes)?.into_owned())
}

/// [`read_document`] failed: the file could not be read, or not parsed.
#[derive(Debug, thiserror::Error)]
pub enum ReadDocumentError {
    /// Reading failed.
    #[error(transparent)]
    Read(#[from] crate::io::ReadError),
    /// Parsing failed.
    #[error(transparent)]
    Parse(#[from] InputError),
}
