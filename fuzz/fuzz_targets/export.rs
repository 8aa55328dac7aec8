//! Any text through every exporter: no panic, no error on an in-memory
//! writer, and the JSON reads back into an equal document.
#![no_main]
use gongwen::export::{chunks, docx, html, json, markdown, outline};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = gongwen::parse_bytes(data) else {
        return;
    };
    let j = json::to_string(&doc, &json::Options::default()).unwrap();
    let back: gongwen::model::Document<'_> = serde_json::from_str(&j).unwrap();
    assert_eq!(back, doc);
    let _ = markdown::to_string(&doc, &markdown::Options::default());
    let _ = html::to_string(&doc, &html::Options::default());
    let _ = outline::to_string(&doc, &outline::Options::default());
    let mut small = chunks::Options::default();
    small.max_chars = 40;
    small.overlap_chars = 8;
    chunks::to_string(&doc, &small).unwrap();
    docx::to_vec(&doc, &docx::Options::default()).unwrap();
});
