//! In-band markers such as `##paidbegin##` / `##paidend##`: any `##word##`.
//!
//! ```
//! use gongwen_parse::inband::{marker_len, strip};
//! assert_eq!(marker_len("##paidbegin##正文"), Some(13));
//! assert_eq!(marker_len("## 标题"), None);
//! assert_eq!(strip("##paidbegin##材料"), "材料");
//! ```

use std::borrow::Cow;

/// Length in bytes of the in-band marker at the start of `s`, if any.
pub fn marker_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if !b.starts_with(b"##") {
        return None;
    }
    let word = b[2..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_' || **c == b'-')
        .count();
    (word > 0 && b[2 + word..].starts_with(b"##")).then_some(word + 4)
}

/// Every in-band marker in `s`: (byte offset, length).
///
/// ```
/// assert_eq!(gongwen_parse::inband::find_all("a##x##b##y##"), vec![(1, 5), (7, 5)]);
/// ```
pub fn find_all(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = memchr::memchr(b'#', &s.as_bytes()[at..]) {
        let pos = at + i;
        match marker_len(&s[pos..]) {
            Some(n) => {
                out.push((pos, n));
                at = pos + n;
            }
            None => at = pos + 1,
        }
    }
    out
}

/// `s` with every in-band marker removed (borrowed when there is none).
pub fn strip(s: &str) -> Cow<'_, str> {
    if memchr::memchr(b'#', s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    let found = find_all(s);
    if found.is_empty() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut at = 0;
    for (pos, n) in found {
        out.push_str(&s[at..pos]);
        at = pos + n;
    }
    out.push_str(&s[at..]);
    Cow::Owned(out)
}
