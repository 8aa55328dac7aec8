//! Byte spans with the line and column where they start.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the decoded source text, with the
/// 1-based line and 1-based *character* column of `start`.
///
/// Offsets are UTF-8 byte offsets into [`Document::source`](crate::Document::source)
/// and always fall on character boundaries. The column counts Unicode scalar
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
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
    /// 1-based line number of `start` (LF, CRLF and CR each end a line).
    pub line: u32,
    /// 1-based character column of `start` within its line.
    pub column: u32,
}

impl Span {
    /// Creates a span from its parts.
    ///
    /// ```
    /// let s = gongwen_model::Span::new(0, 3, 1, 1);
    /// assert_eq!(s.start, 0);
    /// ```
    pub const fn new(start: usize, end: usize, line: u32, column: u32) -> Self {
        Span {
            start,
            end,
            line,
            column,
        }
    }

    /// The byte range, for slicing the source.
    ///
    /// ```
    /// let s = gongwen_model::Span::new(1, 2, 1, 2);
    /// assert_eq!(&"abc"[s.range()], "b");
    /// ```
    pub const fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(gongwen_model::Span::new(3, 9, 1, 2).len(), 6);
    /// ```
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
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
