//! Byte spans with the line and column where they start.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the decoded source text, with the
/// 1-based line and 1-based *character* column of `start`.
///
/// Offsets are UTF-8 byte offsets into [`Document::source`](crate::Document::source)
/// and always fall on character boundaries. They are stored in 32 bits (a
/// span is 16 bytes): the parser refuses sources of [`MAX_SOURCE_LEN`] bytes
/// or more with an error. The column counts Unicode scalar
/// values (characters), not bytes: in `一、好` the character `好` is at column 3.
///
/// ```
/// use gongwen_model::Span;
/// let text = "一、好";
/// let span = Span::new(6, 9, 1, 3);
/// assert_eq!(&text[span.range()], "好");
/// assert_eq!(span.len(), 3);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: u32,
    /// One past the last byte of the range.
    pub end: u32,
    /// 1-based line number of `start` (LF, CRLF and CR each end a line).
    pub line: u32,
    /// 1-based character column of `start` within its line.
    pub column: u32,
}

impl Span {
    /// Creates a span from its parts. Offsets at or past
    /// [`MAX_SOURCE_LEN`] (which no parsed source reaches) are clamped to it.
    ///
    /// ```
    /// let s = gongwen_model::Span::new(0, 3, 1, 1);
    /// assert_eq!(s.start, 0);
    /// ```
    pub const fn new(start: usize, end: usize, line: u32, column: u32) -> Self {
        Span {
            start: clamp(start),
            end: clamp(end),
            line,
            column,
        }
    }

    /// First byte of the range, as an index.
    ///
    /// ```
    /// assert_eq!(gongwen_model::Span::new(3, 9, 1, 2).start(), 3);
    /// ```
    pub const fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last byte of the range, as an index.
    ///
    /// ```
    /// assert_eq!(gongwen_model::Span::new(3, 9, 1, 2).end(), 9);
    /// ```
    pub const fn end(&self) -> usize {
        self.end as usize
    }

    /// The byte range, for slicing the source.
    ///
    /// ```
    /// let s = gongwen_model::Span::new(1, 2, 1, 2);
    /// assert_eq!(&"abc"[s.range()], "b");
    /// ```
    pub const fn range(&self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(gongwen_model::Span::new(3, 9, 1, 2).len(), 6);
    /// ```
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start) as usize
    }

    /// True when the span covers no byte.
    ///
    /// ```
    /// assert!(gongwen_model::Span::new(3, 3, 1, 2).is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies inside `self` (bounds included).
    ///
    /// ```
    /// use gongwen_model::Span;
    /// assert!(Span::new(0, 10, 1, 1).contains(&Span::new(2, 5, 1, 3)));
    /// ```
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The length in bytes from which a source is too long for [`Span`]'s
/// 32-bit offsets (4 GiB); parsers refuse such sources.
///
/// ```
/// assert_eq!(gongwen_model::MAX_SOURCE_LEN, u32::MAX as usize);
/// ```
pub const MAX_SOURCE_LEN: usize = u32::MAX as usize;

/// `offset` as a 32-bit offset, clamped to [`MAX_SOURCE_LEN`].
const fn clamp(offset: usize) -> u32 {
    if offset >= MAX_SOURCE_LEN {
        u32::MAX
    } else {
        offset as u32
    }
}
