//! The output formats by name, for command lines.

use crate::{chunks, html, json, markdown, outline, ExportError};
use gongwen_model::{Document, Element};
use std::io::Write;
use std::str::FromStr;

/// An output format.
///
/// ```
/// use gongwen_export::Format;
/// assert_eq!("md".parse::<Format>().unwrap(), Format::Markdown);
/// assert_eq!(Format::Docx.extension(), "docx");
/// assert!("pdf".parse::<Format>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// The whole model as pretty JSON ([`json`]).
    Json,
    /// CommonMark ([`markdown`]).
    Markdown,
    /// A standalone HTML page ([`html`]).
    Html,
    /// A GB/T 9704 Word document (the `docx` module, feature `docx`); binary.
    Docx,
    /// JSON Lines chunk records ([`chunks`]).
    Chunks,
    /// The indented outline tree ([`outline`]).
    Outline,
}

/// A format name that is not one of [`Format::NAMES`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown format {0:?} (expected one of json, markdown, html, docx, chunks, outline)")]
pub struct UnknownFormat(pub String);

impl Format {
    /// Every format, in the order of [`Format::NAMES`].
    pub const ALL: [Format; 6] = [
        Format::Json,
        Format::Markdown,
        Format::Html,
        Format::Docx,
        Format::Chunks,
        Format::Outline,
    ];

    /// The canonical names, as accepted by `FromStr`.
    pub const NAMES: [&'static str; 6] = ["json", "markdown", "html", "docx", "chunks", "outline"];

    /// The canonical name.
    ///
    /// ```
    /// assert_eq!(gongwen_export::Format::Chunks.name(), "chunks");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Chunks => "chunks",
            Format::Outline => "outline",
        }
    }

    /// The usual file-name extension.
    ///
    /// ```
    /// assert_eq!(gongwen_export::Format::Chunks.extension(), "jsonl");
    /// ```
    pub const fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Chunks => "jsonl",
            Format::Outline => "txt",
        }
    }

    /// True for formats that are not text (DOCX).
    ///
    /// ```
    /// assert!(gongwen_export::Format::Docx.is_binary());
    /// ```
    pub const fn is_binary(self) -> bool {
        matches!(self, Format::Docx)
    }

    /// Writes `doc` in this format with default options.
    ///
    /// ```
    /// let doc = gongwen_parse::parse("一、总则\n");
    /// let mut out = Vec::new();
    /// gongwen_export::Format::Outline.write(&doc, &mut out).unwrap();
    /// assert_eq!(out, "  一、总则\n".as_bytes());
    /// ```
    pub fn write<W: Write>(self, doc: &Document<'_>, out: W) -> Result<(), ExportError> {
        self.write_with_elements(doc, &[], out)
    }

    /// [`Format::write`], with the document's GB/T 9704 elements (found by
    /// `gongwen_parse::elements::recognise`) placed as the standard does in
    /// the formats that lay a page out (HTML and DOCX); the others ignore them.
    ///
    /// ```
    /// let doc = gongwen_parse::parse("关于开展检查的通知\n各有关单位:\n");
    /// let found = gongwen_parse::elements::recognise(&doc);
    /// let mut out = Vec::new();
    /// gongwen_export::Format::Html.write_with_elements(&doc, &found, &mut out).unwrap();
    /// assert!(String::from_utf8(out).unwrap().contains("<p class=\"gbt-addressee\">"));
    /// ```
    pub fn write_with_elements<W: Write>(
        self,
        doc: &Document<'_>,
        elements: &[Element<'_>],
        mut out: W,
    ) -> Result<(), ExportError> {
        match self {
            Format::Json => json::write(doc, out, &json::Options { pretty: true }),
            Format::Markdown => Ok(markdown::write(doc, out, &markdown::Options::default())?),
            Format::Html => Ok(html::write_with_elements(
                doc,
                elements,
                out,
                &html::Options::default(),
            )?),
            #[cfg(feature = "docx")]
            Format::Docx => {
                let options = crate::docx::Options::default();
                let bytes = crate::docx::to_vec_with_elements(doc, elements, &options)?;
                Ok(out.write_all(&bytes)?)
            }
            #[cfg(not(feature = "docx"))]
            Format::Docx => Err(ExportError::NotBuilt("docx")),
            Format::Chunks => chunks::write(doc, out, &chunks::Options::default()),
            Format::Outline => {
                let tree = outline::to_tree(doc);
                Ok(out.write_all(tree.as_bytes())?)
            }
        }
    }

    /// `doc` in this format with default options, as bytes.
    ///
    /// ```
    /// let doc = gongwen_parse::parse("一、总则\n");
    /// let zip = gongwen_export::Format::Docx.to_vec(&doc).unwrap();
    /// assert!(zip.starts_with(b"PK"));
    /// ```
    pub fn to_vec(self, doc: &Document<'_>) -> Result<Vec<u8>, ExportError> {
        let mut out = Vec::with_capacity(doc.source.len() * 2);
        self.write(doc, &mut out)?;
        Ok(out)
    }
}

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "json" => Format::Json,
            "markdown" | "md" => Format::Markdown,
            "html" | "htm" => Format::Html,
            "docx" => Format::Docx,
            "chunks" | "jsonl" => Format::Chunks,
            "outline" | "tree" => Format::Outline,
            _ => return Err(UnknownFormat(s.to_string())),
        })
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that fails once `0` bytes are used up.
    struct Full(usize);

    impl Write for Full {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            if b.len() > self.0 {
                return Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "full"));
            }
            self.0 -= b.len();
            Ok(b.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn write_errors_are_returned_not_lost() {
        let text = "一、总则\n为了规范管理，制定本办法。\n".repeat(2000);
        let doc = gongwen_parse::parse(&text);
        for f in Format::ALL {
            let mut ok = Vec::new();
            f.write(&doc, &mut ok).unwrap();
            assert!(ok.len() > 100);
            for room in [0, 10, ok.len() / 2, ok.len() - 1] {
                let e = f
                    .write(&doc, Full(room))
                    .expect_err(&format!("{f} with room for {room} bytes"));
                assert!(e.to_string().contains("full"), "{f}: {e}");
            }
        }
    }

    #[test]
    fn names_parse_back() {
        for (f, n) in Format::ALL.iter().zip(Format::NAMES) {
            assert_eq!(n.parse::<Format>().unwrap(), *f);
            assert_eq!(f.name(), n);
            assert_eq!(f.to_string(), n);
        }
        assert_eq!("JSONL".parse::<Format>().unwrap(), Format::Chunks);
        let e = "pdf".parse::<Format>().unwrap_err();
        assert!(e.to_string().contains("\"pdf\""), "{e}");
    }
}
