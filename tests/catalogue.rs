//! The bad-input catalogue: every kind of input a batch of scraped documents
//! can hold, through the library and through the `outline` example binary
//! (and `convert` for output paths). Nothing panics, nothing is silently
//! lost, every failure names its path or byte offset.
//!
//! Linear time is shown by the benches (`cargo bench`), not timed here: these
//! tests only make sure the large inputs parse, without stack overflow.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers

use gongwen::model::Encoding;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The example binary `name`, built by `cargo test` (or built here when a
/// filtered test run did not build it).
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target dir")
        .join("examples");
    let path = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    if !path.exists() {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--example", name])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("run cargo build");
        assert!(status.success(), "cargo build --example {name}");
    }
    path
}

fn outline(args: &[&str]) -> Output {
    Command::new(example("outline"))
        .args(args)
        .output()
        .expect("run outline")
}

/// Writes `bytes` to a file in a fresh temporary directory.
fn file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path.to_string_lossy().into_owned())
}

fn tsv(bytes: &[u8]) -> (Output, String) {
    let (_dir, path) = file("in.txt", bytes);
    let out = outline(&["--tsv", &path]);
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    (out, text)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const NOTICE: &str = "关于做好某项工作的通知\n各单位：\n一、总体要求\n（一）提高认识。全体干部要认真学习。\n二、工作安排\n";

// ------------------------------------------------------------------ rows

#[test]
fn empty_file_and_blank_lines_are_an_empty_document() {
    for input in ["", "\n\n\n", "  \n\u{3000}\r\n\t\r"] {
        let doc = gongwen::parse_bytes(input.as_bytes()).unwrap();
        assert_eq!(doc.outline().count(), 0, "{input:?}");
        assert_eq!(doc.reassemble().as_deref(), Some(input));
        let (out, text) = tsv(input.as_bytes());
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(text, "");
    }
}

#[test]
fn binary_data_is_a_clear_not_text_error() {
    let png = [
        0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, b'I',
    ];
    let mut random = Vec::with_capacity(4096);
    let mut x: u32 = 0x9e37_79b9;
    for _ in 0..4096 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        random.push(x as u8);
    }
    for bytes in [&png[..], &random[..]] {
        let err = gongwen::parse_bytes(bytes).unwrap_err();
        assert!(err.to_string().starts_with("not text"), "{err}");
        let (out, _) = tsv(bytes);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("not text"), "{}", stderr(&out));
        assert!(stderr(&out).contains("in.txt"), "names the file");
    }
}

#[test]
fn invalid_utf8_in_a_utf8_file_names_the_byte_offset() {
    let mut bytes = "一、总体要求\n正文".as_bytes().to_vec();
    let at = bytes.len();
    bytes.extend_from_slice(&[0xff, 0xfe, 0xfd]);
    bytes.extend_from_slice("继续。\n".as_bytes());
    let err = gongwen::parse_bytes(&bytes).unwrap_err();
    assert!(
        err.to_string().contains(&format!("byte offset {at}")),
        "{err}"
    );
    let (out, _) = tsv(&bytes);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(&format!("byte offset {at}")));
}

#[test]
fn gbk_file_outlines_like_its_utf8_twin() {
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(NOTICE);
    assert!(!unmappable);
    let doc = gongwen::parse_bytes(&gbk).unwrap();
    assert_eq!(doc.decoding.encoding, Encoding::Gb18030);
    assert_eq!(doc.source, NOTICE);
    let (_, want) = tsv(NOTICE.as_bytes());
    let (out, got) = tsv(&gbk);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(got, want);
    assert!(want.contains("（一）"), "{want}");
}

#[test]
fn utf16_with_bom_and_a_truncated_tail() {
    let le: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(NOTICE.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xfe, 0xff]
        .into_iter()
        .chain(NOTICE.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let (_, want) = tsv(NOTICE.as_bytes());
    for (bytes, enc) in [(&le, Encoding::Utf16Le), (&be, Encoding::Utf16Be)] {
        let doc = gongwen::parse_bytes(bytes).unwrap();
        assert_eq!(doc.decoding.encoding, enc);
        assert!(doc.decoding.bom);
        assert!(!doc.decoding.truncated);
        assert_eq!(tsv(bytes).1, want);
        // Odd length: the half character at the end is reported.
        let cut = &bytes[..bytes.len() - 1];
        let doc = gongwen::parse_bytes(cut).unwrap();
        assert!(doc.decoding.truncated, "{enc:?} truncated tail reported");
        let (out, _) = tsv(cut);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
}

#[test]
fn nul_bytes_are_reported_at_the_start_and_kept_later() {
    // In the first 8 KiB a NUL marks binary data, as git decides it.
    let early = "一、总体要求\n正\0文\n".as_bytes();
    let err = gongwen::parse_bytes(early).unwrap_err();
    assert!(err.to_string().contains("byte offset 22"), "{err}");
    // Past it, and through `parse(&str)`, the NUL is kept in the text.
    let late = format!("{}\n一、总体要求\n正\0文\n", "说明。".repeat(3000));
    let doc = gongwen::parse_bytes(late.as_bytes()).unwrap();
    assert_eq!(doc.reassemble().as_deref(), Some(late.as_str()));
    let text = std::str::from_utf8(early).unwrap();
    let doc = gongwen::parse(text);
    assert_eq!(doc.reassemble().as_deref(), Some(text));
    assert_eq!(doc.outline().count(), 1);
    let (out, _) = tsv(late.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let (out, _) = tsv(early);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn one_50_mb_line_without_newline() {
    let line = "一、".to_string() + &"长段落没有换行。".repeat(50 * 1024 * 1024 / 24 + 1);
    assert!(line.len() >= 50 * 1024 * 1024);
    let doc = gongwen::parse(&line);
    assert_eq!(doc.outline().count(), 1);
    assert_eq!(doc.reassemble().as_deref(), Some(line.as_str()));
    let (out, text) = tsv(line.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text, "1\theading\t1\t一、\t长段落没有换行\n");
}

#[test]
fn a_million_short_lines() {
    let src = "短行。\n".repeat(1_000_000);
    let doc = gongwen::parse(&src);
    assert_eq!(doc.reassemble().as_deref(), Some(src.as_str()));
    let (out, _) = tsv(src.as_bytes());
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_hundred_thousand_siblings() {
    // List markers stop at 999 (a larger number is a year or an amount), so
    // the siblings count 一、 to 九百九十九、 and start again.
    use gongwen::model::NumeralStyle;
    use gongwen::parser::numeral::format;
    let mut src = String::new();
    for i in 0..100_000u32 {
        src.push_str(&format(i % 999 + 1, NumeralStyle::Chinese).unwrap());
        src.push_str("、标题\n");
    }
    let doc = gongwen::parse(&src);
    let rows: Vec<_> = doc.outline().collect();
    assert_eq!(rows.len(), 100_000);
    assert!(rows.iter().all(|r| r.depth == Some(1)));
    let (out, text) = tsv(src.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text.lines().count(), 100_000);
}

#[test]
fn ten_thousand_deep_alternating_nesting() {
    // 一、 （一） 1. （1） ① repeated: each round opens five levels; the
    // parser must not recurse per level.
    let mut src = String::new();
    for _ in 0..2_000 {
        src.push_str("一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n");
    }
    let doc = gongwen::parse(&src);
    assert_eq!(doc.outline().count(), 10_000);
    assert_eq!(doc.reassemble().as_deref(), Some(src.as_str()));
    let json = gongwen::export::json::to_string(&doc, &Default::default()).unwrap();
    let back: gongwen::model::Document<'_> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, doc);
    let (out, text) = tsv(src.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text.lines().count(), 10_000);
}

#[test]
fn unclosed_quote_book_title_or_bracket_stops_at_the_end_of_the_line() {
    for open in ["“", "《", "（"] {
        let src = format!("一、关于{open}学习贯彻的安排\n正文第一句。正文第二句。\n二、其他\n");
        let doc = gongwen::parse(&src);
        let titles: Vec<_> = doc
            .outline()
            .map(|r| format!("{}{}", r.marker, r.title))
            .collect();
        assert_eq!(
            titles,
            vec![
                format!("一、关于{open}学习贯彻的安排"),
                "二、其他".to_string()
            ],
            "{open}"
        );
        let (_, text) = tsv(src.as_bytes());
        assert_eq!(text.lines().count(), 2);
    }
}

#[test]
fn giant_numerals_do_not_overflow() {
    let src =
        "说明\n一百万亿、标题\n99999999999. 标题\n第九千九百九十九万条 标题\n（99999999999）标题\n";
    let doc = gongwen::parse(src);
    assert_eq!(
        doc.outline()
            .filter(|r| r.kind.as_str() == "heading")
            .count(),
        0,
        "treated as text"
    );
    assert_eq!(doc.reassemble().as_deref(), Some(src));
    use gongwen::model::NumeralStyle;
    use gongwen::parser::numeral::{parse_value, NumeralError};
    assert_eq!(
        parse_value("一百万亿", NumeralStyle::Chinese),
        Err(NumeralError::Overflow)
    );
    assert!(parse_value("99999999999", NumeralStyle::Ascii).is_err());
    let (out, text) = tsv(src.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text, "1\ttitle\t0\t\t说明\n");
}

#[test]
fn mixed_line_breaks_number_every_line() {
    let src = "一、甲\r\n二、乙\r三、丙\n四、丁\r\n\r\n五、戊";
    let doc = gongwen::parse(src);
    let lines: Vec<u32> = doc.outline().map(|r| r.line).collect();
    assert_eq!(lines, vec![1, 2, 3, 4, 6]);
    let (_, text) = tsv(src.as_bytes());
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(lines, vec!["1", "2", "3", "4", "6"]);
}

#[test]
fn missing_file_directory_and_no_permission_name_the_path_and_cause() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let out = outline(&[missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing.txt"));
    assert!(stderr(&out).contains("no such file"), "{}", stderr(&out));

    let out = outline(&[dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is a directory"), "{}", stderr(&out));
    assert!(stderr(&out).contains(dir.path().to_str().unwrap()));

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = dir.path().join("locked.txt");
        std::fs::write(&locked, NOTICE).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        // Root reads anything: the case cannot be made there.
        if std::fs::read(&locked).is_err() {
            let out = outline(&[locked.to_str().unwrap()]);
            assert_eq!(out.status.code(), Some(2));
            assert!(
                stderr(&out).contains("permission denied"),
                "{}",
                stderr(&out)
            );
            assert!(stderr(&out).contains("locked.txt"));
        }
    }
}

#[test]
fn unwritable_output_path_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let (_d, input) = file("in.txt", NOTICE.as_bytes());
    let target = dir.path().join("no-such-dir").join("out.json");
    let out = Command::new(example("convert"))
        .args(["--to", "json", "-o", target.to_str().unwrap(), &input])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("out.json"), "{}", stderr(&out));
    assert!(!target.exists());
}

#[test]
fn disk_full_while_writing_leaves_no_partial_file() {
    // A writer that fails part-way, as a full disk does.
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.md");
    let doc = gongwen::parse(NOTICE);
    let err = gongwen::io::write_atomic(&target, |w| {
        let md = gongwen::export::markdown::to_string(&doc, &Default::default());
        w.write_all(&md.as_bytes()[..10])?;
        Err(std::io::Error::new(
            std::io::ErrorKind::StorageFull,
            "no space left on device",
        ))
    })
    .unwrap_err();
    assert!(err.to_string().contains("out.md"), "{err}");
    assert!(err.to_string().contains("no space left"), "{err}");
    assert!(!target.exists());
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no temporary file left"
    );
}
