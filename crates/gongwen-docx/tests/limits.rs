//! Hostile .docx files (issue 18): every expansion of a small file —
//! numbers, style names, paragraphs — is bounded by a documented limit and
//! refused with a clear error; duplicate zip entries and an empty
//! `document.xml` are refused.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)] // test helpers

use gongwen_docx::testing::{package, paragraph, zip};
use gongwen_docx::{read, DocxError};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

fn one_level(fmt: &str, start: u64, text: &str) -> String {
    format!(
        r#"<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
    )
}

fn numbered(n: usize) -> String {
    paragraph("正文", Some((1, 0)), None).repeat(n)
}

#[test]
fn a_letter_number_past_780_is_written_in_decimal() {
    let bytes = package(
        &numbered(1),
        None,
        Some(&one_level("upperLetter", 4294967295, "%1.")),
    );
    let doc = read(&bytes).unwrap();
    assert_eq!(doc.paragraphs[0].text, "4294967295.正文");
    assert_eq!(
        gongwen_docx::format_number(780, "upperLetter"),
        "Z".repeat(30)
    );
    assert_eq!(gongwen_docx::format_number(781, "lowerLetter"), "781");
}

#[test]
fn an_automatic_number_longer_than_the_limit_is_refused() {
    let template = "%1".repeat(500_000);
    let bytes = package(
        &numbered(2_000),
        None,
        Some(&one_level("decimal", 1, &template)),
    );
    match read(&bytes) {
        Err(e @ DocxError::Limit { .. }) => {
            let m = e.to_string();
            assert!(m.contains("automatic number") && m.contains("1024"), "{m}");
        }
        other => panic!("expected a limit error, got {other:?}"),
    }
}

#[test]
fn a_style_name_copied_into_every_paragraph_is_bounded() {
    let name = "a".repeat(10_000_000);
    let styles = format!(
        r#"<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:default="1" w:styleId="N"><w:name w:val="{name}"/></w:style></w:styles>"#
    );
    let body = paragraph("正文", None, None).repeat(1_000);
    let bytes = package(&body, Some(&styles), None);
    match read(&bytes) {
        Err(e @ DocxError::Limit { .. }) => {
            assert!(e.to_string().contains("word/document.xml"), "{e}");
        }
        other => panic!("expected a limit error, got {other:?}"),
    }
}

#[test]
fn more_paragraphs_than_the_limit_are_refused() {
    let body = "<w:p/>".repeat(gongwen_docx::MAX_PARAGRAPHS + 1);
    let bytes = package(&body, None, None);
    match read(&bytes) {
        Err(e @ DocxError::Limit { .. }) => {
            assert!(e.to_string().contains("paragraphs"), "{e}");
        }
        other => panic!("expected a limit error, got {other:?}"),
    }
}

/// A package whose entry `name` appears twice: `first`, then `second`.
fn with_duplicate(name: &str, first: &str, second: &str) -> Vec<u8> {
    // The zip writer refuses duplicates: write another name of the same
    // length, then rename it in the local header and central directory.
    let other: String = name[..name.len() - 1].to_string() + "X";
    let mut bytes = zip(&[
        ("[Content_Types].xml", "<Types/>"),
        (name, first),
        (&other, second),
    ])
    .unwrap();
    let (from, to) = (other.as_bytes(), name.as_bytes());
    let mut i = 0;
    while i + from.len() <= bytes.len() {
        if &bytes[i..i + from.len()] == from {
            bytes[i..i + from.len()].copy_from_slice(to);
        }
        i += 1;
    }
    bytes
}

#[test]
fn duplicate_zip_entries_are_refused() {
    let doc = |t: &str| {
        format!(
            r#"<w:document xmlns:w="{W}"><w:body>{}</w:body></w:document>"#,
            paragraph(t, None, None)
        )
    };
    let bytes = with_duplicate("word/document.xml", &doc("第一份"), &doc("第二份"));
    match read(&bytes) {
        Err(e @ DocxError::DuplicateEntries) => {
            assert!(e.to_string().contains("two entries of one name"), "{e}");
        }
        other => panic!("expected a duplicate-entry error, got {other:?}"),
    }
}

#[test]
fn an_empty_document_part_is_an_error_not_an_empty_document() {
    for content in ["", "<?xml version=\"1.0\"?>", "<w:other/>"] {
        let bytes = zip(&[
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", content),
        ])
        .unwrap();
        match read(&bytes) {
            Err(e @ DocxError::Xml { .. }) => {
                assert!(e.to_string().contains("word/document.xml"), "{e}");
            }
            other => panic!("{content:?}: expected an error, got {other:?}"),
        }
    }
}

#[test]
fn an_unknown_entity_is_reported_where_it_is() {
    let body = format!(
        r#"<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>正文&bogus;</w:t></w:r></w:p></w:body></w:document>"#
    );
    let bytes = zip(&[
        ("[Content_Types].xml", "<Types/>"),
        ("word/document.xml", &body),
    ])
    .unwrap();
    match read(&bytes) {
        Err(DocxError::Xml {
            offset, message, ..
        }) => {
            assert!(message.contains("bogus"), "{message}");
            assert!(offset > 0, "the offset of the entity, not byte 0");
            let at = body.find("&bogus;").unwrap() as u64;
            assert!((at..=at + 7).contains(&offset), "{offset} near {at}");
        }
        other => panic!("expected an XML error, got {other:?}"),
    }
}
