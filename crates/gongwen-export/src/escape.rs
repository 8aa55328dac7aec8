//! Text escaping for HTML and XML (DOCX), and for CommonMark.
//!
//! Each escaper scans bytes against a table and copies the runs between
//! special bytes in one `write_all`, so text without special characters is
//! written as a single slice.

use std::io::{self, Write};

/// What a byte needs in markup text.
const PLAIN: u8 = 0;
const SPECIAL: u8 = 1;
/// A lead byte of U+F000..U+FFFF: may start U+FFFE/U+FFFF (not allowed in XML).
const LEAD_EF: u8 = 2;

const fn markup_table() -> [u8; 256] {
    let mut t = [PLAIN; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = SPECIAL;
        b += 1;
    }
    t[b'&' as usize] = SPECIAL;
    t[b'<' as usize] = SPECIAL;
    t[b'>' as usize] = SPECIAL;
    t[b'"' as usize] = SPECIAL;
    t[b'\'' as usize] = SPECIAL;
    t[0x7f] = SPECIAL;
    t[0xEF] = LEAD_EF;
    t
}

static MARKUP: [u8; 256] = markup_table();

/// Writes `text` escaped for HTML or XML text and attribute values:
/// `& < > " '` become entities, line breaks and tabs become spaces, and
/// characters XML forbids (C0 controls, DEL, U+FFFE, U+FFFF) are dropped.
pub(crate) fn markup<W: Write + ?Sized>(out: &mut W, text: &str) -> io::Result<()> {
    let bytes = text.as_bytes();
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match MARKUP[b as usize] {
            PLAIN => {
                i += 1;
                continue;
            }
            LEAD_EF => {
                // U+FFFE and U+FFFF are EF BF BE / EF BF BF.
                if bytes.get(i + 1) == Some(&0xBF) && matches!(bytes.get(i + 2), Some(0xBE | 0xBF))
                {
                    out.write_all(&bytes[from..i])?;
                    i += 3;
                    from = i;
                } else {
                    i += 3;
                }
                continue;
            }
            _ => {}
        }
        out.write_all(&bytes[from..i])?;
        let rep: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            b'\t' | b'\n' | b'\r' => b" ",
            _ => b"",
        };
        out.write_all(rep)?;
        i += 1;
        from = i;
    }
    out.write_all(&bytes[from..])
}

const fn markdown_table() -> [u8; 256] {
    let mut t = [PLAIN; 256];
    // Inline syntax anywhere in a line.
    let specials = b"\\`*_[]<>#&~|!";
    let mut k = 0;
    while k < specials.len() {
        t[specials[k] as usize] = SPECIAL;
        k += 1;
    }
    let mut b = 0;
    while b < 0x20 {
        t[b] = SPECIAL;
        b += 1;
    }
    t[0x7f] = SPECIAL;
    t
}

static MARKDOWN: [u8; 256] = markdown_table();

/// Writes `text` as CommonMark inline text that renders as itself: inline
/// syntax characters are backslash-escaped, line breaks become spaces, and a
/// line start that would open a block (`1.` `1)` `-` `+` `=` `>` `#`) is
/// escaped, so numbered markers never turn into lists. Control characters
/// are dropped, and white space at the start (which could open a code
/// block) is left out.
pub(crate) fn markdown<W: Write + ?Sized>(out: &mut W, text: &str) -> io::Result<()> {
    let text = text.trim_start_matches(|c: char| c.is_whitespace() || c.is_control());
    let bytes = text.as_bytes();
    // Block syntax only matters at the start of the text (line breaks are
    // written as spaces, so there is no other line start).
    match bytes.first() {
        Some(b'-' | b'+' | b'=') => {
            out.write_all(b"\\")?;
        }
        Some(b'0'..=b'9') => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits <= 9 && matches!(bytes.get(digits), Some(b'.' | b')')) {
                out.write_all(&bytes[..digits])?;
                out.write_all(b"\\")?;
                return markdown_inline(out, text.get(digits..).unwrap_or(""));
            }
        }
        _ => {}
    }
    markdown_inline(out, text)
}

/// Writes `text` escaped as CommonMark inline text that does not start a
/// line (no block-syntax guard).
pub(crate) fn markdown_inline<W: Write + ?Sized>(out: &mut W, text: &str) -> io::Result<()> {
    let bytes = text.as_bytes();
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if MARKDOWN[b as usize] == PLAIN {
            i += 1;
            continue;
        }
        out.write_all(&bytes[from..i])?;
        match b {
            b'\n' | b'\r' | b'\t' => out.write_all(b" ")?,
            0..=0x1f | 0x7f => {}
            _ => out.write_all(&[b'\\', b])?,
        }
        i += 1;
        from = i;
    }
    out.write_all(&bytes[from..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> String {
        let mut v = Vec::new();
        markup(&mut v, s).unwrap();
        String::from_utf8(v).unwrap()
    }

    fn md(s: &str) -> String {
        let mut v = Vec::new();
        markdown(&mut v, s).unwrap();
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn markup_escapes_entities_and_drops_forbidden_characters() {
        assert_eq!(m("一、总则"), "一、总则");
        assert_eq!(m("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
        assert_eq!(m("甲\n乙\t丙\r"), "甲 乙 丙 ");
        assert_eq!(m("x\u{0}y\u{7}\u{7f}z"), "xyz");
        assert_eq!(m("\u{fffe}a\u{ffff}（一）\u{fffd}"), "a（一）\u{fffd}");
        assert_eq!(m(""), "");
        assert_eq!(m("&"), "&amp;");
    }

    #[test]
    fn markdown_escapes_inline_and_block_syntax() {
        assert_eq!(md("1.学习深度"), "1\\.学习深度");
        assert_eq!(md("12) 项"), "12\\) 项");
        assert_eq!(md("2024年"), "2024年");
        assert_eq!(md("1234567890.x"), "1234567890.x");
        assert_eq!(md("- 项"), "\\- 项");
        assert_eq!(md("+ 项"), "\\+ 项");
        assert_eq!(
            md("a*b_c`d[e](f)<g>#h&i"),
            "a\\*b\\_c\\`d\\[e\\](f)\\<g\\>\\#h\\&i"
        );
        assert_eq!(md("甲\n1. 乙"), "甲 1. 乙");
        assert_eq!(md("\\"), "\\\\");
        assert_eq!(md("\u{1}    1.甲\u{c}乙\u{7f}"), "1\\.甲乙");
    }
}
