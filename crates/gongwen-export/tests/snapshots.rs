//! Snapshots of every format on the team's own fixtures
//! (`tests/fixtures/*.txt` and the built-in sample). Review changes with
//! `cargo insta review`; CI (`CI=true`) fails on any difference.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gongwen_export::{chunks, docx, html, json, markdown, outline};
use std::io::Read;
use std::path::{Path, PathBuf};

fn fixtures() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = vec![("sample".to_string(), gongwen_parse::SAMPLE.to_string())];
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        out.push((name, std::fs::read_to_string(&p).unwrap()));
    }
    out
}

#[test]
fn json_snapshots() {
    for (name, text) in fixtures() {
        let doc = gongwen_parse::parse(&text);
        let out = json::to_string(&doc, &{
            let mut o = json::Options::default();
            o.pretty = true;
            o
        })
        .unwrap();
        insta::assert_snapshot!(format!("{name}.json"), out);
    }
}

#[test]
fn markdown_snapshots() {
    for (name, text) in fixtures() {
        let doc = gongwen_parse::parse(&text);
        insta::assert_snapshot!(
            format!("{name}.md"),
            markdown::to_string(&doc, &Default::default())
        );
    }
}

#[test]
fn html_snapshots() {
    for (name, text) in fixtures() {
        let doc = gongwen_parse::parse(&text);
        let page = html::to_string(&doc, &Default::default());
        // The stylesheet is the same on every page: snapshot the page around it.
        let page = page.replace(html::STYLESHEET, "/* gbt9704.css */\n");
        insta::assert_snapshot!(format!("{name}.html"), page);
    }
    insta::assert_snapshot!("gbt9704.css", html::STYLESHEET);
}

#[test]
fn docx_snapshots() {
    for (name, text) in fixtures() {
        let doc = gongwen_parse::parse(&text);
        let bytes = docx::to_vec(&doc, &Default::default()).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        zip.by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        // One paragraph a line, so a change shows as a line.
        let xml = xml
            .replace("<w:p>", "\n<w:p>")
            .replace("<w:sectPr>", "\n<w:sectPr>");
        insta::assert_snapshot!(format!("{name}.document.xml"), xml);
        if name == "sample" {
            let mut styles = String::new();
            zip.by_name("word/styles.xml")
                .unwrap()
                .read_to_string(&mut styles)
                .unwrap();
            insta::assert_snapshot!("styles.xml", styles.replace("<w:style ", "\n<w:style "));
        }
    }
}

#[test]
fn chunk_snapshots() {
    for (name, text) in fixtures() {
        let doc = gongwen_parse::parse(&text);
        let mut options = chunks::Options::default();
        options.max_chars = 80;
        options.overlap_chars = 16;
        options.min_chars = 40;
        options.path = Some(format!("{name}.txt"));
        insta::assert_snapshot!(
            format!("{name}.chunks.jsonl"),
            chunks::to_string(&doc, &options).unwrap()
        );
    }
}

#[test]
fn outline_snapshots() {
    for (name, text) in fixtures() {
        let doc = gongwen_parse::parse(&text);
        insta::assert_snapshot!(format!("{name}.outline.txt"), outline::to_tree(&doc));
    }
}
