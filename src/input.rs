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
    #[error("{}: {source}", shown(Path::new(.path)))]
    Decode {
        /// The path as given (`-` for stdin).
        path: String,
        /// The decoding error (with its byte offset).
        #[source]
        source: gongwen_parse::DecodeError,
    },
    /// The input is a kind of document the parser does not read (.doc,
    /// .pdf, .odt, .rtf), recognised by its extension or its first bytes.
    #[error("{path}: {kind} files cannot be read; save it as .docx or .txt / 不支持 {kind} 文件，请另存为 .docx 或 .txt")]
    Unsupported {
        /// The path as given (`-` for stdin).
        path: String,
        /// The kind, as its usual extension (`.doc`, `.pdf`, `.odt`, `.rtf`).
        kind: &'static str,
    },
    /// The .docx could not be read.
    #[error("{}: {source}", shown(Path::new(.path)))]
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

/// The document kinds people have that the parser does not read, by
/// extension and by signature: Word 97–2003 (an OLE compound file), PDF,
/// OpenDocument text (a zip whose `mimetype` names it) and RTF.
const UNSUPPORTED: [(&str, &[u8]); 4] = [
    (".doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"),
    (".pdf", b"%PDF-"),
    (".odt", b"PK\x03\x04"),
    (".rtf", b"{\\rtf"),
];

/// The kind of a document the parser does not read (`.doc`, `.pdf`, `.odt`,
/// `.rtf`), by the extension of `path` or the first bytes; `None` for
/// anything else.
///
/// ```
/// use gongwen::input::unsupported;
/// assert_eq!(unsupported("报告.PDF", b""), Some(".pdf"));
/// assert_eq!(unsupported("-", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0"), Some(".doc"));
/// assert_eq!(unsupported("-", b"{\\rtf1\\ansi"), Some(".rtf"));
/// assert_eq!(unsupported("a.docx", b"PK\x03\x04"), None);
/// let odt = b"PK\x03\x04\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x08\0\0\0mimetypeapplication/vnd.oasis.opendocument.text";
/// assert_eq!(unsupported("-", odt), Some(".odt"));
/// assert_eq!(unsupported("a.txt", "一、总体要求".as_bytes()), None);
/// ```
pub fn unsupported(path: &str, bytes: &[u8]) -> Option<&'static str> {
    let ext = Path::new(path).extension().and_then(|e| e.to_str());
    for (kind, signature) in UNSUPPORTED {
        if ext.is_some_and(|e| e.eq_ignore_ascii_case(&kind[1..])) {
            return Some(kind);
        }
        const ODF: &[u8] = b"application/vnd.oasis.opendocument";
        let opendocument = bytes
            .get(..100)
            .unwrap_or(bytes)
            .windows(ODF.len())
            .any(|w| w == ODF);
        if bytes.starts_with(signature) && (kind != ".odt" || opendocument) {
            return Some(kind);
        }
    }
    None
}

/// Parses the content of the input at `path` ([`input_kind`] decides how).
/// For a .docx, line N of the document is paragraph N (see [`gongwen_docx`]).
/// A .doc, .pdf, .odt or .rtf file ([`unsupported`]) is an
/// [`InputError::Unsupported`] that says to save it as .docx or .txt.
///
/// ```
/// let e = gongwen::input::parse_input("通知.doc", b"\xD0\xCF\x11\xE0").unwrap_err();
/// assert!(e.to_string().contains("save it as .docx or .txt"));
/// ```
pub fn parse_input<'a>(path: &str, bytes: &'a [u8]) -> Result<Document<'a>, InputError> {
    if let Some(kind) = unsupported(path, bytes) {
        return Err(InputError::Unsupported {
            path: path.to_string(),
            kind,
        });
    }
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

/// Parses the input as [`parse_input`] does and finds its GB/T 9704
/// elements (`gongwen_parse::elements`); for a .docx the paragraphs'
/// layout helps (see [`gongwen_docx::parse_with_elements`]).
///
/// ```
/// let (doc, found) = gongwen::input::parse_with_elements("a.txt", "关于开展检查的通知\n".as_bytes()).unwrap();
/// assert_eq!(found[0].kind.as_str(), "title");
/// assert_eq!(doc.title(), Some("关于开展检查的通知"));
/// ```
pub fn parse_with_elements<'a>(
    path: &str,
    bytes: &'a [u8],
) -> Result<(Document<'a>, Vec<gongwen_model::Element<'static>>), InputError> {
    if input_kind(path, bytes) == InputKind::Docx && unsupported(path, bytes).is_none() {
        return gongwen_docx::parse_with_elements(bytes).map_err(|source| InputError::Docx {
            path: path.to_string(),
            source,
        });
    }
    let doc = parse_input(path, bytes)?;
    let found = gongwen_parse::elements::recognise(&doc)
        .into_iter()
        .map(gongwen_model::Element::into_owned)
        .collect();
    Ok((doc, found))
}

/// The decoded text of a document and why each of its lines came out as it
/// did (the library side of `gongwen outline --explain`); for a .docx, line
/// N is paragraph N. Each explanation's byte range points into the text.
///
/// ```
/// let (text, why) = gongwen::input::explain_input("a.txt", "关于开展检查的通知\n一、检查范围\n".as_bytes()).unwrap();
/// assert_eq!((why[1].role, why[1].rule), ("heading", "marker"));
/// assert_eq!(&text[why[1].start..why[1].end], "一、检查范围");
/// ```
pub fn explain_input(
    path: &str,
    bytes: &[u8],
) -> Result<(String, Vec<gongwen_parse::Explanation>), InputError> {
    if let Some(kind) = unsupported(path, bytes) {
        return Err(InputError::Unsupported {
            path: path.to_string(),
            kind,
        });
    }
    match input_kind(path, bytes) {
        InputKind::Docx => gongwen_docx::explain(bytes).map_err(|source| InputError::Docx {
            path: path.to_string(),
            source,
        }),
        InputKind::Text => {
            let (text, _) =
                gongwen_parse::decode::decode(bytes).map_err(|source| InputError::Decode {
                    path: path.to_string(),
                    source,
                })?;
            let why = gongwen_parse::explain(&text);
            Ok((text.into_owned(), why))
        }
    }
}

/// Reads `path` (`-` for stdin; a name that need not be UTF-8) and parses
/// it: [`crate::io::read_input`] then [`parse_input`]. The document owns
/// its text (feature `cli`).
///
/// ```
/// let e = gongwen::input::read_document("/no/such/file.txt").unwrap_err();
/// assert!(e.to_string().contains("/no/such/file.txt"));
/// ```
#[cfg(feature = "cli")]
pub fn read_document<P: AsRef<Path> + ?Sized>(
    path: &P,
) -> Result<Document<'static>, ReadDocumentError> {
    let path = path.as_ref();
    let bytes = crate::io::read_input(path)?;
    Ok(parse_input(&path.to_string_lossy(), &bytes)?.into_owned())
}

/// [`read_document`] failed: the file could not be read, or not parsed.
#[cfg(feature = "cli")]
#[derive(Debug, thiserror::Error)]
pub enum ReadDocumentError {
    /// Reading failed.
    #[error(transparent)]
    Read(#[from] crate::io::ReadError),
    /// Parsing failed.
    #[error(transparent)]
    Parse(#[from] InputError),
}

/// `path` made safe to print: control characters (the escape sequences
/// that could drive a terminal), bidirectional overrides and backslashes
/// are escaped as in Rust strings, and bytes that are not UTF-8 are shown
/// as `\xNN`, so a file name can neither act on the terminal nor be
/// mistaken for another.
///
/// ```
/// use std::path::Path;
/// assert_eq!(gongwen::input::shown(Path::new("通知.txt")), "通知.txt");
/// assert_eq!(gongwen::input::shown(Path::new("a\u{1b}[2Jb.txt")), "a\\u{1b}[2Jb.txt");
/// ```
pub fn shown(path: &Path) -> String {
    let mut out = String::with_capacity(path.as_os_str().len());
    for chunk in path.as_os_str().as_encoded_bytes().utf8_chunks() {
        for c in chunk.valid().chars() {
            let unsafe_char = c.is_control()
                || c == '\\'
                || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
            if unsafe_char {
                out.extend(c.escape_default());
            } else {
                out.push(c);
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}
