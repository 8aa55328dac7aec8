//! A small, fast JSON emitter: strings escaped exactly as `serde_json`
//! escapes them (so the output is byte-for-byte what `serde_json::to_writer`
//! writes), with an eight-bytes-at-a-time scan for the bytes that need
//! escaping, into a buffer that is handed to the writer in large pieces.

use std::io::{self, Write};

/// Bytes that need escaping in a JSON string: controls, `"` and `\`.
static ESCAPE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// True when one of the eight bytes of `w` is below 0x20, `"` or `\`.
/// (Exact for "is there one": false hits only follow a true one.)
#[inline]
fn word_needs_escape(w: u64) -> bool {
    let ctl = w.wrapping_sub(LO * 0x20) & !w & HI;
    let q = w ^ (LO * 0x22);
    let q = q.wrapping_sub(LO) & !q & HI;
    let b = w ^ (LO * 0x5C);
    let b = b.wrapping_sub(LO) & !b & HI;
    (ctl | q | b) != 0
}

/// Flush to the writer when the buffer grows past this.
const FLUSH_AT: usize = 1 << 16;

/// A JSON output buffer in front of a writer.
pub(crate) struct JsonOut<W: Write> {
    pub(crate) buf: Vec<u8>,
    out: W,
}

impl<W: Write> JsonOut<W> {
    pub(crate) fn new(out: W) -> Self {
        JsonOut {
            buf: Vec::with_capacity(FLUSH_AT * 2),
            out,
        }
    }

    /// Hands the buffer to the writer when it is large enough.
    #[inline]
    pub(crate) fn maybe_flush(&mut self) -> io::Result<()> {
        if self.buf.len() >= FLUSH_AT {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    /// Writes everything buffered.
    pub(crate) fn finish(mut self) -> io::Result<()> {
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        self.out.flush()
    }

    /// Raw bytes (JSON punctuation and keys).
    #[inline]
    pub(crate) fn raw(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
    }

    /// An unsigned integer.
    #[inline]
    pub(crate) fn uint(&mut self, v: u64) {
        let mut b = itoa::Buffer::new();
        self.buf.extend_from_slice(b.format(v).as_bytes());
    }

    /// A quoted, escaped string.
    #[inline]
    pub(crate) fn str(&mut self, s: &str) -> io::Result<()> {
        self.buf.push(b'"');
        self.str_contents(s)?;
        self.buf.push(b'"');
        Ok(())
    }

    /// The escaped contents of a string, without quotes. A long string goes
    /// straight to the writer (after what is buffered), so its bytes are
    /// copied once.
    #[inline]
    pub(crate) fn str_contents(&mut self, s: &str) -> io::Result<()> {
        if s.len() < DIRECT_AT {
            escape_into(&mut self.buf, s);
            return Ok(());
        }
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        escape_to(&mut self.out, s)
    }
}

/// Strings at least this long bypass the buffer.
const DIRECT_AT: usize = 4096;

/// Writes the JSON-escaped contents of `s` (without quotes) to `out`,
/// unescaped runs in one piece each.
fn escape_to<W: Write>(out: &mut W, s: &str) -> io::Result<()> {
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let mut esc = Vec::new();
    while i < bytes.len() {
        if let Some(chunk) = bytes[i..].first_chunk::<8>() {
            if !word_needs_escape(u64::from_le_bytes(*chunk)) {
                i += 8;
                continue;
            }
        }
        if ESCAPE[bytes[i] as usize] {
            out.write_all(&bytes[start..i])?;
            esc.clear();
            escape_into(&mut esc, &s[i..i + 1]);
            out.write_all(&esc)?;
            start = i + 1;
        }
        i += 1;
    }
    out.write_all(&bytes[start..])
}

/// Appends the JSON-escaped contents of `s` (without quotes) to `buf`.
pub(crate) fn escape_into(buf: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes[i..].first_chunk::<8>() {
            if !word_needs_escape(u64::from_le_bytes(*chunk)) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        if ESCAPE[b as usize] {
            buf.extend_from_slice(&bytes[start..i]);
            match b {
                b'"' => buf.extend_from_slice(b"\\\""),
                b'\\' => buf.extend_from_slice(b"\\\\"),
                0x08 => buf.extend_from_slice(b"\\b"),
                0x0C => buf.extend_from_slice(b"\\f"),
                b'\n' => buf.extend_from_slice(b"\\n"),
                b'\r' => buf.extend_from_slice(b"\\r"),
                b'\t' => buf.extend_from_slice(b"\\t"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    buf.extend_from_slice(b"\\u00");
                    buf.push(HEX[(b >> 4) as usize]);
                    buf.push(HEX[(b & 0xF) as usize]);
                }
            }
            start = i + 1;
        }
        i += 1;
    }
    buf.extend_from_slice(&bytes[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_match_serde_json() {
        for s in [
            "",
            "一、总则",
            "a\"b\\c\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}",
            "long text without escapes 一二三四五六七八九十",
            "12345678\"",
            "\u{1}2345678",
            "1234567\\",
            &"长文本\"引号\"\n\u{1}".repeat(700),
            &"一".repeat(5000),
        ] {
            let mut out = Vec::new();
            let mut o = JsonOut::new(&mut out);
            o.raw("[");
            o.str(s).unwrap();
            o.uint(0);
            o.uint(u64::MAX);
            o.finish().unwrap();
            let mut want = format!("[{}", serde_json::to_string(s).unwrap());
            want.push_str(&format!("0{}", u64::MAX));
            assert_eq!(String::from_utf8(out).unwrap(), want);
        }
    }

    #[test]
    fn word_scan_finds_every_special_byte() {
        for b in 0u8..=255 {
            for pos in 0..8 {
                let mut w = [b'a'; 8];
                w[pos] = b;
                assert_eq!(
                    word_needs_escape(u64::from_le_bytes(w)),
                    ESCAPE[b as usize],
                    "{b} at {pos}"
                );
            }
        }
    }
}
