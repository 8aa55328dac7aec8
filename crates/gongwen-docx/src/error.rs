//! Why a .docx could not be read.

/// Reading a .docx failed. Every variant names the package part (and, for
/// XML, the byte offset inside it) so the fault can be found.
///
/// ```
/// let e = gongwen_docx::read(b"plain text, not a zip").unwrap_err();
/// assert!(matches!(e, gongwen_docx::DocxError::NotZip { .. }));
/// assert!(e.to_string().contains("not a .docx"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DocxError {
    /// The bytes are not a zip archive (a .docx is one).
    #[error("not a .docx file (not a zip archive): {source}")]
    NotZip {
        /// The zip reader's error.
        #[source]
        source: zip::result::ZipError,
    },
    /// The archive holds two entries of one name; readers disagree on which
    /// is the part, so the file is refused.
    #[error("not a valid .docx file: the archive holds two entries of one name, and other readers may read the other one; refused")]
    DuplicateEntries,
    /// The archive has no `word/document.xml`.
    #[error("not a .docx file: the archive has no word/document.xml")]
    MissingDocument,
    /// A part of the archive could not be read (damaged or unsupported compression).
    #[error("{part}: cannot read the part: {message}")]
    Part {
        /// The part's name in the archive (`word/numbering.xml`).
        part: String,
        /// What went wrong.
        message: String,
    },
    /// A part is larger than [`MAX_PART_SIZE`](crate::MAX_PART_SIZE) once unpacked.
    #[error("{part}: larger than {limit} bytes unpacked")]
    TooLarge {
        /// The part's name.
        part: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// Reading the part would expand it past a documented limit (see
    /// [`MAX_PARAGRAPHS`](crate::MAX_PARAGRAPHS),
    /// [`MAX_EXPANSION`](crate::MAX_EXPANSION),
    /// [`MAX_NUMBER_LEN`](crate::MAX_NUMBER_LEN)).
    #[error("{part}: {what} exceeds the limit of {limit}; the file is refused as a likely decompression or expansion bomb")]
    Limit {
        /// The part's name.
        part: String,
        /// What grew too large.
        what: String,
        /// The limit.
        limit: u64,
    },
    /// A part is not well-formed XML (or not UTF-8).
    #[error("{part}: malformed XML at byte {offset}: {message}")]
    Xml {
        /// The part's name.
        part: String,
        /// Byte offset of the fault inside the part.
        offset: u64,
        /// The XML reader's message.
        message: String,
    },
}
