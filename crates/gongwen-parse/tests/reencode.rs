//! `decode::reencode` (issue 18, item 1): written back in the file's own
//! encoding, an edit changes only the bytes of the characters it changes.

#![allow(clippy::unwrap_used)]

use gongwen_model::Encoding;
use gongwen_parse::decode::{decode, reencode};
use proptest::prelude::*;

/// Pieces of GB18030 text: CJK, punctuation, ASCII, and characters whose
/// bytes are not the canonical encoding (CP936's single-byte € 0x80, the
/// A3 A0 that reads as U+3000), given as raw bytes.
fn piece() -> impl Strategy<Value = Vec<u8>> {
    prop::sample::select(vec![
        encoding_rs::GBK.encode("一、").0.into_owned(),
        encoding_rs::GBK.encode("三、").0.into_owned(),
        encoding_rs::GBK.encode("（一）").0.into_owned(),
        encoding_rs::GBK.encode("总体要求").0.into_owned(),
        encoding_rs::GBK
            .encode("全体干部要认真学习。")
            .0
            .into_owned(),
        encoding_rs::GB18030.encode("王𫖯䶮").0.into_owned(),
        b"2024".to_vec(),
        b"\n".to_vec(),
        b"\r\n".to_vec(),
        vec![0x80],
        vec![0xA3, 0xA0],
        encoding_rs::GBK.encode("\u{3000}€").0.into_owned(),
    ])
}

proptest! {
    #[test]
    fn edits_change_only_their_own_bytes(
        pieces in prop::collection::vec(piece(), 1..40),
        edits in prop::collection::vec((0usize..40, prop::sample::select(vec!["二", "四", "（二）", "€", "\u{3000}", ""])), 0..4),
    ) {
        let bytes: Vec<u8> = pieces.concat();
        let Ok((text, info)) = decode(&bytes) else { return Ok(()) };
        prop_assume!(info.encoding == Encoding::Gb18030 && info.replaced == 0);
        // Unchanged text gives the input back byte for byte.
        prop_assert_eq!(reencode(&bytes, &text, &text, &info), bytes.clone());
        // Replace some characters; the result decodes to the edited text,
        // and every line that did not change keeps its bytes.
        let chars: Vec<char> = text.chars().collect();
        let mut edited: Vec<String> = chars.iter().map(|c| c.to_string()).collect();
        for (at, with) in &edits {
            if let Some(slot) = edited.get_mut(*at) {
                if *slot != "\n" && *slot != "\r" {
                    *slot = (*with).to_string();
                }
            }
        }
        let edited: String = edited.concat();
        let out = reencode(&bytes, &text, &edited, &info);
        let back = decode(&out).map(|(t, i)| (t.into_owned(), i.encoding));
        // An edit may leave text that no longer reads as GB18030: all ASCII
        // then reads as UTF-8 (the same text), and a few bytes may happen
        // to be valid UTF-8 too (`一` alone is D2 BB, which UTF-8 reads as
        // `һ`), which the detection cannot tell apart.
        if let Ok((back, encoding)) = back {
            if encoding == Encoding::Gb18030 || out.is_ascii() {
                prop_assert_eq!(back, edited.clone());
            }
        }
        let old_lines: Vec<&[u8]> = bytes.split_inclusive(|&b| b == b'\n').collect();
        let new_lines: Vec<&[u8]> = out.split_inclusive(|&b| b == b'\n').collect();
        let text_lines: Vec<&str> = text.split_inclusive('\n').collect();
        let edited_lines: Vec<&str> = edited.split_inclusive('\n').collect();
        if old_lines.len() == new_lines.len() && text_lines.len() == edited_lines.len() {
            for (i, (a, b)) in text_lines.iter().zip(&edited_lines).enumerate() {
                if a == b {
                    prop_assert_eq!(old_lines[i], new_lines[i], "line {} changed", i + 1);
                }
            }
        }
    }
}
