//! Input decoding: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and
//! GB18030/GBK when the bytes are not UTF-8 but read plausibly as GB18030.
//!
//! ```
//! use gongwen_parse::decode::decode;
//! use gongwen_model::Encoding;
//! let (text, info) = decode("一、总则".as_bytes()).unwrap();
//! assert_eq!(text, "一、总则");
//! assert_eq!(info.encoding, Encoding::Utf8);
//!
//! let (gbk, _, _) = encoding_rs::GBK.encode("一、总则");
//! let (text, info) = decode(&gbk).unwrap();
//! assert_eq!(text, "一、总则");
//! assert_eq!(info.encoding, Encoding::Gb18030);
//! ```

use gongwen_model::{Decoding, Encoding};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// The bytes look like binary data (an image, an archive, random bytes).
    #[error("not text: binary data at byte offset {offset} (输入不是文本：第 {offset} 字节处为二进制数据)")]
    NotText {
        /// Byte offset of the first byte that marks the input as binary.
        offset: usize,
    },
    /// The bytes start with a UTF-32 byte-order mark; UTF-32 is not read.
    #[error("UTF-32 text ({which} byte-order mark) is not supported; convert it to UTF-8 first, e.g. iconv -f UTF-32 -t UTF-8 (不支持 UTF-32 编码，请先转换为 UTF-8)")]
    Utf32 {
        /// `"little-endian"` or `"big-endian"`.
        which: &'static str,
    },
    /// The input (or its text, decoded) is [`gongwen_model::MAX_SOURCE_LEN`]
    /// bytes (4 GiB) or more: spans address 32-bit offsets.
    #[error("input too large: {len} bytes of text, the limit is 4 GiB (输入过大：文本 {len} 字节，上限为 4 GiB)")]
    TooLarge {
        /// Length in bytes of the input or of its decoded text.
        len: usize,
    },
    /// The bytes are neither valid UTF-8 nor plausible GB18030, or they are
    /// UTF-8 but for a few stray bytes (reading them as GB18030 would give
    /// gibberish).
    #[error("invalid UTF-8 at byte offset {offset}, and the input does not read as GB18030 either (第 {offset} 字节处不是有效的 UTF-8，也不像 GB18030 编码)")]
    InvalidUtf8 {
        /// Byte offset of the first invalid UTF-8 sequence.
        offset: usize,
    },
}

/// Decodes `bytes` into text, borrowing when the input is already UTF-8.
///
/// Rules, in order: a UTF-8 BOM is skipped; a UTF-16 BOM selects UTF-16 (an
/// odd trailing byte is replaced by U+FFFD and reported as `truncated`);
/// valid UTF-8 is borrowed as is; otherwise GB18030 is tried and accepted
/// when it decodes without errors (or with very few, recorded in
/// `replaced`) and the result reads as Chinese text; otherwise the input is
/// rejected with the offset of the first bad byte. Input with NUL bytes
/// outside UTF-16, or mostly control bytes, is rejected as binary.
///
/// ```
/// use gongwen_parse::decode::{decode, DecodeError};
/// assert!(matches!(decode(&[0x89, b'P', b'N', b'G', 0, 0, 0, 13]), Err(DecodeError::NotText { .. })));
/// let le = [0xFF, 0xFE, 0x00, 0x4E, 0x01];
/// let (text, info) = decode(&le).unwrap();
/// assert_eq!(text, "一\u{FFFD}");
/// assert!(info.truncated);
/// ```
pub fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Decoding), DecodeError> {
    let (text, decoding) = decode_any(bytes)?;
    if text.len() >= gongwen_model::MAX_SOURCE_LEN {
        return Err(DecodeError::TooLarge { len: text.len() });
    }
    Ok((text, decoding))
}

fn decode_any(bytes: &[u8]) -> Result<(Cow<'_, str>, Decoding), DecodeError> {
    if bytes.len() >= gongwen_model::MAX_SOURCE_LEN {
        return Err(DecodeError::TooLarge { len: bytes.len() });
    }
    // Before UTF-16: FF FE 00 00 also starts UTF-16 LE text whose first
    // character is NUL, which no text has.
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) {
        return Err(DecodeError::Utf32 {
            which: "little-endian",
        });
    }
    if bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err(DecodeError::Utf32 {
            which: "big-endian",
        });
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8_or_fallback(rest, 3, true);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Ok(utf16(bytes, encoding_rs::UTF_16LE, Encoding::Utf16Le));
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok(utf16(bytes, encoding_rs::UTF_16BE, Encoding::Utf16Be));
    }
    utf8_or_fallback(bytes, 0, false)
}

/// Encodes `text` back the way [`decode`] read it: UTF-8 (with its BOM if
/// there was one), UTF-16 with its BOM, or GB18030. The inverse of
/// [`decode`] for input that decoded cleanly, so a formatter that edits a
/// few characters leaves every other byte as it was.
///
/// ```
/// use gongwen_parse::decode::{decode, encode};
/// let (gbk, _, _) = encoding_rs::GB18030.encode("一、总体要求\n");
/// let (text, info) = decode(&gbk).unwrap();
/// assert_eq!(encode(&text, &info), gbk.into_owned());
/// let le = [0xFF, 0xFE, 0x00, 0x4E];
/// let (text, info) = decode(&le).unwrap();
/// assert_eq!(encode(&text, &info), le.to_vec());
/// ```
pub fn encode(text: &str, decoding: &Decoding) -> Vec<u8> {
    match decoding.encoding {
        Encoding::Utf8 => {
            let mut out = Vec::with_capacity(text.len() + 3);
            if decoding.bom {
                out.extend_from_slice(&[0xEF, 0xBB, 0xBF]);
            }
            out.extend_from_slice(text.as_bytes());
            out
        }
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let le = decoding.encoding == Encoding::Utf16Le;
            let mut out = Vec::with_capacity(text.len() * 2 + 2);
            let unit = |u: u16| if le { u.to_le_bytes() } else { u.to_be_bytes() };
            if decoding.bom {
                out.extend_from_slice(&unit(0xFEFF));
            }
            for u in text.encode_utf16() {
                out.extend_from_slice(&unit(u));
            }
            out
        }
        Encoding::Gb18030 => encoding_rs::GB18030.encode(text).0.into_owned(),
        // An encoding added to the model later: UTF-8, which every reader
        // of this project reads.
        _ => text.as_bytes().to_vec(),
    }
}

/// Writes `edited` (an edited copy of `source`, which [`decode`] read from
/// `original`) back in the input's own encoding, changing only the bytes of
/// the characters that changed.
///
/// [`encode`] writes every character in its canonical form, which for
/// GB18030 is not always the form the file used: a CP936 `€` (the single
/// byte 0x80) would become `A2 E3`, and `A3 A0` (read as U+3000) would
/// become `A1 A1`. Here every line that did not change is copied from
/// `original` byte for byte; in a line that did, the common start and end
/// are copied too, and the characters between are written the way the file
/// wrote them elsewhere (canonically only when the file never used them).
///
/// ```
/// use gongwen_parse::decode::{decode, reencode};
/// // 0x80 is € in CP936; GB18030 writes € as A2 E3.
/// let mut gbk = encoding_rs::GBK.encode("一、总体要求\n三、主要任务的价格").0.into_owned();
/// gbk.push(0x80);
/// let (text, info) = decode(&gbk).unwrap();
/// let edited = text.replacen("三", "二", 1);
/// let out = reencode(&gbk, &text, &edited, &info);
/// assert_eq!(out.len(), gbk.len());
/// assert_eq!(out.last(), Some(&0x80));
/// assert_eq!(decode(&out).unwrap().0, edited);
/// ```
pub fn reencode(original: &[u8], source: &str, edited: &str, decoding: &Decoding) -> Vec<u8> {
    if decoding.encoding != Encoding::Gb18030
        || decoding.bom
        || gb18030_advance(original, 0, source) != Some(original.len())
    {
        return encode(edited, decoding);
    }
    let old: Vec<&str> = source.split_inclusive('\n').collect();
    let new: Vec<&str> = edited.split_inclusive('\n').collect();
    let (old, new) = if old.len() == new.len() {
        (old, new)
    } else {
        (vec![source], vec![edited])
    };
    // Each changed line: its common start and end, in bytes.
    let changes: Vec<Option<(usize, usize)>> = old
        .iter()
        .zip(&new)
        .map(|(a, b)| {
            (a != b).then(|| {
                let prefix = common_prefix(a, b);
                (prefix, common_suffix(&a[prefix..], &b[prefix..]))
            })
        })
        .collect();
    let wanted: HashSet<char> = new
        .iter()
        .zip(&changes)
        .filter_map(|(b, c)| c.map(|(p, s)| &b[p..b.len() - s]))
        .flat_map(str::chars)
        .filter(|c| !c.is_ascii())
        .collect();
    let forms = own_forms(original, source, &wanted);
    let mut out = Vec::with_capacity(original.len() + 16);
    let mut at = 0usize;
    let copy = |at: &mut usize, text: &str, out: &mut Vec<u8>| {
        let end = gb18030_advance(original, *at, text).unwrap_or(original.len());
        out.extend_from_slice(original.get(*at..end).unwrap_or_default());
        *at = end;
    };
    let mut buf = [0u8; 4];
    for ((a, b), change) in old.iter().zip(&new).zip(&changes) {
        let Some((prefix, suffix)) = *change else {
            copy(&mut at, a, &mut out);
            continue;
        };
        copy(&mut at, &a[..prefix], &mut out);
        for c in b[prefix..b.len() - suffix].chars() {
            match forms.get(&c) {
                Some(bytes) => out.extend_from_slice(bytes),
                None => {
                    out.extend_from_slice(&encoding_rs::GB18030.encode(c.encode_utf8(&mut buf)).0)
                }
            }
        }
        // Skip the replaced characters, then copy the common end.
        at = gb18030_advance(original, at, &a[prefix..a.len() - suffix]).unwrap_or(original.len());
        copy(&mut at, &a[a.len() - suffix..], &mut out);
    }
    out
}

/// The length in bytes of the longest common start of `a` and `b`, on a
/// character boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|&((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i)
}

/// The length in bytes of the longest common end of `a` and `b`, on a
/// character boundary.
fn common_suffix(a: &str, b: &str) -> usize {
    let mut n = 0;
    for (x, y) in a.chars().rev().zip(b.chars().rev()) {
        if x != y {
            break;
        }
        n += x.len_utf8();
    }
    n
}

/// The byte offset in the GB18030 bytes `original` after the characters of
/// `text`, read from offset `at` one sequence per character as the decoder
/// reads them; `None` past the end or at a byte no sequence starts with.
fn gb18030_advance(original: &[u8], mut at: usize, text: &str) -> Option<usize> {
    for _ in text.chars() {
        at += match *original.get(at)? {
            0x00..=0x80 => 1,
            0x81..=0xFE => match original.get(at + 1)? {
                0x30..=0x39 => 4,
                _ => 2,
            },
            0xFF => return None,
        };
    }
    (at <= original.len()).then_some(at)
}

/// For each character of `wanted`, the bytes the GB18030 file `original`
/// (decoded as `source`) first wrote it with, when that is not the
/// canonical form.
fn own_forms<'a>(
    original: &'a [u8],
    source: &str,
    wanted: &HashSet<char>,
) -> HashMap<char, &'a [u8]> {
    let mut forms = HashMap::new();
    if wanted.is_empty() {
        return forms;
    }
    let mut seen = HashSet::new();
    let mut at = 0usize;
    let mut buf = [0u8; 4];
    for c in source.chars() {
        let s = c.encode_utf8(&mut buf);
        let Some(end) = gb18030_advance(original, at, s) else {
            break;
        };
        if !c.is_ascii() && wanted.contains(&c) && seen.insert(c) {
            let bytes = &original[at..end];
            if *encoding_rs::GB18030.encode(s).0 != *bytes {
                forms.insert(c, bytes);
            }
        }
        at = end;
    }
    forms
}

fn utf16(
    bytes: &[u8],
    enc: &'static encoding_rs::Encoding,
    which: Encoding,
) -> (Cow<'static, str>, Decoding) {
    let truncated = (bytes.len() - 2) % 2 == 1;
    let (text, had_errors) = enc.decode_with_bom_removal(bytes);
    let replaced = if had_errors {
        text.chars().filter(|&c| c == '\u{FFFD}').count()
    } else {
        0
    };
    (
        Cow::Owned(text.into_owned()),
        Decoding {
            encoding: which,
            bom: true,
            replaced,
            truncated,
        },
    )
}

/// Control bytes that do not occur in text files.
fn is_binary_byte(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0E..=0x1A | 0x1C..=0x1F)
}

fn binary_offset(bytes: &[u8]) -> Option<usize> {
    // A NUL byte in the first 8 KiB, or more than 10% control bytes there,
    // marks binary data (as git and ripgrep decide it).
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(i) = memchr::memchr(0, head) {
        return Some(i);
    }
    let controls = head.iter().filter(|&&b| is_binary_byte(b)).count();
    if controls * 10 > head.len() && controls > 0 {
        return head.iter().position(|&b| is_binary_byte(b));
    }
    None
}

fn utf8_or_fallback(
    bytes: &[u8],
    skipped: usize,
    bom: bool,
) -> Result<(Cow<'_, str>, Decoding), DecodeError> {
    let info = Decoding {
        encoding: Encoding::Utf8,
        bom,
        replaced: 0,
        truncated: false,
    };
    // simdutf8 validates CJK text several times faster than `std`, whose fast
    // path is ASCII only; its `compat` error reports the same position.
    match simdutf8::compat::from_utf8(bytes) {
        Ok(text) => {
            if let Some(offset) = binary_offset(bytes) {
                return Err(DecodeError::NotText {
                    offset: offset + skipped,
                });
            }
            Ok((Cow::Borrowed(text), info))
        }
        Err(e) => {
            let bad = e.valid_up_to();
            if let Some(offset) = binary_offset(bytes) {
                return Err(DecodeError::NotText {
                    offset: offset + skipped,
                });
            }
            // A UTF-8 file cut inside its last character: keep it, report it.
            if e.error_len().is_none() && bom {
                let mut s = String::with_capacity(bytes.len() + 3);
                s.push_str(&String::from_utf8_lossy(&bytes[..bad]));
                s.push('\u{FFFD}');
                return Ok((
                    Cow::Owned(s),
                    Decoding {
                        replaced: 1,
                        truncated: true,
                        ..info
                    },
                ));
            }
            // UTF-8 with a stray byte or two is not GB18030: say where the
            // bad byte is rather than read the whole as gibberish.
            if e.error_len().is_some() && mostly_utf8(bytes) {
                return Err(DecodeError::InvalidUtf8 {
                    offset: bad + skipped,
                });
            }
            if !bom {
                if let Some(text) = plausible_gb18030(bytes) {
                    return Ok((
                        Cow::Owned(text),
                        Decoding {
                            encoding: Encoding::Gb18030,
                            bom: false,
                            replaced: 0,
                            truncated: false,
                        },
                    ));
                }
            }
            if e.error_len().is_none() {
                let mut s = String::with_capacity(bytes.len() + 3);
                s.push_str(&String::from_utf8_lossy(&bytes[..bad]));
                s.push('\u{FFFD}');
                return Ok((
                    Cow::Owned(s),
                    Decoding {
                        replaced: 1,
                        truncated: true,
                        ..info
                    },
                ));
            }
            Err(DecodeError::InvalidUtf8 {
                offset: bad + skipped,
            })
        }
    }
}

/// True when the non-ASCII bytes of `bytes` are mostly valid UTF-8
/// sequences: at least four valid multi-byte characters per invalid
/// sequence. GB18030 text reads as valid UTF-8 only by chance (well under
/// one character in a hundred), so this is UTF-8 with stray bytes.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    invalid > 0 && valid >= 4 * invalid
}

/// GB18030 is plausible when the bytes decode without error and most of the
/// non-ASCII characters are CJK ideographs or CJK punctuation: mojibake from
/// mis-decoded UTF-8 lands in rare ranges instead.
fn plausible_gb18030(bytes: &[u8]) -> Option<String> {
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if had_errors {
        return None;
    }
    let mut non_ascii = 0usize;
    let mut cjk = 0usize;
    for c in text.chars() {
        if c.is_ascii() {
            continue;
        }
        non_ascii += 1;
        if is_cjk(c) || in_gb2312_symbols(c) {
            cjk += 1;
        }
    }
    if non_ascii == 0 || cjk * 10 >= non_ascii * 9 {
        Some(text.into_owned())
    } else {
        None
    }
}

/// A character of GB2312's symbol rows (lead bytes A1–A9: `×` `÷` `°`
/// `±` `§` `№`, Greek, Cyrillic, box drawing, pinyin letters): what Chinese
/// documents use beside their ideographs, and what the mojibake of UTF-8
/// read as GB18030 (ideographs and symbols from GBK's extension areas) does
/// not land on.
fn in_gb2312_symbols(c: char) -> bool {
    let mut buf = [0u8; 4];
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(c.encode_utf8(&mut buf));
    !unmappable && bytes.len() == 2 && (0xA1..=0xA9).contains(&bytes[0]) && bytes[1] >= 0xA1
}

/// CJK ideographs of every block (the URO, extensions A to I, the
/// compatibility ideographs; U+20000..U+323AF holds extensions B to I and
/// the compatibility supplement), radicals, strokes, bopomofo, CJK symbols
/// and punctuation, enclosed and compatibility forms, full-width forms and
/// general punctuation: what Chinese text is made of.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF
        | 0x3400..=0x4DBF
        | 0x20000..=0x323AF
        | 0xF900..=0xFAFF
        | 0x2E80..=0x2FDF
        | 0x2FF0..=0x303F
        | 0x3100..=0x312F
        | 0x31A0..=0x31EF
        | 0x3200..=0x33FF
        | 0xFE10..=0xFE1F
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFFEF
        | 0x2000..=0x206F)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// Spans are 32-bit: 4 GiB of input is refused with a clear error
    /// before any byte is read (the zeroed buffer is never touched, so it
    /// costs no memory).
    #[test]
    fn four_gib_of_input_is_refused() {
        let bytes = vec![0u8; gongwen_model::MAX_SOURCE_LEN];
        let err = decode(&bytes).unwrap_err();
        assert_eq!(
            err,
            DecodeError::TooLarge {
                len: gongwen_model::MAX_SOURCE_LEN
            }
        );
        assert!(err.to_string().contains("4 GiB"), "{err}");
        assert!(crate::parse_bytes(&bytes).is_err());
    }

    #[test]
    fn gb18030_with_many_symbols_is_chinese() {
        // A form full of `×` placeholders (GB2312 A1C1) is still GB18030.
        let text = "×××人民法院\n行政判决书\n原告×××，男，××岁。\n";
        let (bytes, _, _) = encoding_rs::GB18030.encode(text);
        let (t, info) = decode(&bytes).unwrap();
        assert_eq!(t, text);
        assert_eq!(info.encoding, Encoding::Gb18030);
        assert!(in_gb2312_symbols('×') && in_gb2312_symbols('№') && !in_gb2312_symbols('ß'));
    }

    #[test]
    fn utf8_is_borrowed() {
        let (t, _) = decode("文本".as_bytes()).unwrap();
        assert!(
            matches!(t, Cow::Borrowed(_)),
            "valid UTF-8 should not be copied"
        );
    }

    #[test]
    fn bom_is_skipped_and_recorded() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("一、".as_bytes());
        let (t, info) = decode(&b).unwrap();
        assert_eq!(t, "一、");
        assert!(info.bom);
    }

    #[test]
    fn utf16_be_with_bom() {
        let b = [0xFE, 0xFF, 0x4E, 0x00, 0x30, 0x01];
        let (t, info) = decode(&b).unwrap();
        assert_eq!(t, "一、");
        assert_eq!(info.encoding, Encoding::Utf16Be);
        assert!(!info.truncated);
    }

    #[test]
    fn invalid_utf8_that_is_not_gbk_names_the_offset() {
        // Valid UTF-8 text with a lone continuation byte in the middle; the
        // whole does not decode as GB18030 either (0x80 alone is invalid).
        let mut b = "一、总则\n".as_bytes().to_vec();
        b.push(0x80);
        b.extend_from_slice("正文\n".as_bytes());
        match decode(&b) {
            Err(DecodeError::InvalidUtf8 { offset }) => assert_eq!(offset, 13),
            other => panic!("expected InvalidUtf8, got {other:?}"),
        }
    }

    #[test]
    fn reencode_writes_changed_characters_in_the_files_own_form() {
        // 0x80 is CP936's €; A3 A0 reads as U+3000, canonically A1 A1.
        let mut b = encoding_rs::GBK
            .encode("一、总体要求的价格\n")
            .0
            .into_owned();
        b.extend([0x80, 0xA3, 0xA0]);
        b.extend(encoding_rs::GBK.encode("乙丙丁\n").0.into_owned());
        let (text, info) = decode(&b).unwrap();
        assert_eq!(info.encoding, Encoding::Gb18030);
        assert_eq!(reencode(&b, &text, &text, &info), b);
        // The whole second line changes but its € and space keep their bytes.
        let edited = text.replace("\u{20AC}\u{3000}乙", "甲\u{3000}\u{20AC}");
        let out = reencode(&b, &text, &edited, &info);
        let mut want = encoding_rs::GBK
            .encode("一、总体要求的价格\n甲")
            .0
            .into_owned();
        want.extend([0xA3, 0xA0, 0x80]);
        want.extend(encoding_rs::GBK.encode("丙丁\n").0.into_owned());
        assert_eq!(out, want);
        // A different number of lines: still only the middle is written anew.
        let edited = text.replace("的价格\n", "的价格");
        let out = reencode(&b, &text, &edited, &info);
        assert_eq!(decode(&out).unwrap().0, edited);
        assert!(out.windows(3).any(|w| w == [0x80, 0xA3, 0xA0]));
    }

    #[test]
    fn gb18030_with_four_byte_characters_is_plausible() {
        for name in ["王𫖯", "䶮", "王𫖯同志、䶮同志：\n"] {
            let (b, _, _) = encoding_rs::GB18030.encode(name);
            let (t, info) = decode(&b).unwrap();
            assert_eq!(t, name);
            assert_eq!(info.encoding, Encoding::Gb18030);
        }
    }

    #[test]
    fn utf32_is_refused_by_name() {
        let le = [0xFF, 0xFE, 0, 0, 0x00, 0x4E, 0, 0];
        let be = [0, 0, 0xFE, 0xFF, 0, 0, 0x4E, 0x00];
        for (b, which) in [(&le, "little-endian"), (&be, "big-endian")] {
            let e = decode(b).unwrap_err();
            assert_eq!(e, DecodeError::Utf32 { which });
            assert!(e.to_string().contains("UTF-32"), "{e}");
        }
    }

    #[test]
    fn utf8_with_a_stray_byte_is_an_error_at_that_byte() {
        let mut b = "一、总则".as_bytes().to_vec();
        b.push(0xB0);
        b.extend_from_slice("为了规范管理".as_bytes());
        match decode(&b) {
            Err(DecodeError::InvalidUtf8 { offset }) => assert_eq!(offset, 12),
            other => panic!("expected InvalidUtf8, got {other:?}"),
        }
        // GBK text is still GBK.
        let (gbk, _, _) = encoding_rs::GBK.encode("一、总则\n为了规范管理，制定本办法。\n");
        assert_eq!(decode(&gbk).unwrap().1.encoding, Encoding::Gb18030);
    }

    #[test]
    fn binary_is_not_text() {
        let png = [
            0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
        ];
        assert!(matches!(
            decode(&png),
            Err(DecodeError::NotText { offset: 8 })
        ));
    }
}
