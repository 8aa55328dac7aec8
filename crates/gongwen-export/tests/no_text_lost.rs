//! No exporter loses text (issue 18, item 5): every character of the body
//! — headings, paragraphs, notes, every node that is not the title, the
//! 目录 or web chrome — appears in the Markdown, HTML, DOCX and chunks
//! output, in order. White space and control characters (which XML cannot
//! hold) are left out of the comparison; escaping may add characters,
//! never remove them. Markup in heading and front-matter lines (`**`,
//! links, tags) is formatting, not text. (Markdown and HTML once lost the `。` closing a
//! run-in heading, `（一）提高认识。全体…`.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gongwen_export::{chunks, docx, html, markdown};
use gongwen_model::{Document, FurnitureRole, NodeKind};
use proptest::prelude::*;
use std::path::Path;

/// The body characters of `doc`, in order.
fn body(doc: &Document<'_>) -> Vec<char> {
    let mut out = Vec::new();
    let mut covered = 0usize;
    for n in &doc.nodes {
        let included = match &n.kind {
            NodeKind::Title { .. }
            | NodeKind::DeclaredCount { .. }
            | NodeKind::TocHeader
            | NodeKind::TocEntry { .. } => false,
            NodeKind::Furniture { role, .. } => !matches!(
                role,
                FurnitureRole::Chrome | FurnitureRole::Citation | FurnitureRole::RepeatedTitle
            ),
            _ => true,
        };
        if !included {
            continue;
        }
        // A run-in heading's span holds its body paragraph's: count every
        // source byte once, in source order.
        let start = n.span.start().max(covered);
        let Some(text) = doc.source.get(start..n.span.end().max(start)) else {
            continue;
        };
        covered = covered.max(n.span.end());
        // Markup in a heading, article or byline line (`**`, links, tags)
        // is formatting, not text (outline spec convention 9): the
        // model's titles are shown without it, and so are the exports.
        let text = match &n.kind {
            NodeKind::Heading(_)
            | NodeKind::Article { .. }
            | NodeKind::Byline { .. }
            | NodeKind::Annex(_)
            | NodeKind::Furniture { .. } => gongwen_parse::markup::strip(text),
            _ => std::borrow::Cow::Borrowed(text),
        };
        out.extend(text.chars().filter(|c| kept(*c)));
    }
    out
}

fn kept(c: char) -> bool {
    !c.is_whitespace() && !c.is_control()
}

/// The first body character missing from `output` in order, with its
/// index, or `None` when every one is there.
fn missing(body: &[char], output: &str) -> Option<(usize, char)> {
    let mut out = output.chars().filter(|c| kept(*c));
    for (i, &c) in body.iter().enumerate() {
        if !out.any(|o| o == c) {
            return Some((i, c));
        }
    }
    None
}

fn html_text(page: &str) -> String {
    let doc = scraper::Html::parse_document(page);
    let body = scraper::Selector::parse("body").unwrap();
    doc.select(&body)
        .flat_map(|b| b.text())
        .collect::<Vec<_>>()
        .join("")
}

fn check(name: &str, doc: &Document<'_>) {
    let body = body(doc);
    let md = markdown::to_string(doc, &Default::default());
    let page = html::to_string(doc, &Default::default());
    let word = docx::to_vec(doc, &Default::default()).unwrap();
    let word = gongwen_docx::read(&word).unwrap().text();
    let pieces: String = chunks::chunks(doc, &Default::default())
        .iter()
        .map(|c| c.text.chars().skip(c.overlap).collect::<String>())
        .collect();
    let mut lost = Vec::new();
    for (format, output) in [
        ("markdown", md),
        ("html", html_text(&page)),
        ("docx", word),
        ("chunks", pieces),
    ] {
        if let Some((i, c)) = missing(&body, &output) {
            let at: String = body[i.saturating_sub(10)..(i + 10).min(body.len())]
                .iter()
                .collect();
            lost.push(format!(
                "{format} lost {c:?} (body character {i}, around {at:?})"
            ));
        }
    }
    assert!(
        lost.is_empty(),
        "{name}: {}\nsource: {:?}",
        lost.join("; "),
        doc.source.chars().take(200).collect::<String>()
    );
}

fn line() -> impl Strategy<Value = String> {
    let sentence = prop::collection::vec(
        prop::sample::select(vec![
            "工作",
            "学习",
            "加强",
            "落实",
            "A&B",
            "<b>",
            "*重点*",
            "#1",
            "2024年",
            "👍🏻",
            "“规范”",
            "，",
            "、",
            "[链接](x)",
            "`代码`",
            "\\",
            "|",
            "_下划_",
        ]),
        1..10,
    )
    .prop_map(|w| w.concat());
    let end = prop::sample::select(vec!["。", "！", "？", "；", "", "。”"]);
    let para = prop::collection::vec((sentence, end), 1..6).prop_map(|v| {
        v.into_iter()
            .map(|(s, e)| format!("{s}{e}"))
            .collect::<String>()
    });
    let marker = prop::sample::select(vec![
        "一、",
        "二、",
        "（一）",
        "（二）",
        "1.",
        "2.",
        "（1）",
        "①",
        "一是",
        "第一章 ",
        "第一条 ",
        "附件1：",
        "注：",
        "",
    ]);
    let eol = prop::sample::select(vec!["\n", "\r\n", "\n\n"]);
    (marker, para, eol).prop_map(|(m, p, e)| format!("{m}{p}{e}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn every_body_character_reaches_every_format(lines in prop::collection::vec(line(), 1..16)) {
        let text = format!("某单位工作方案\n{}", lines.concat());
        check("generated", &gongwen_parse::parse(&text));
    }
}

#[test]
fn every_body_character_of_the_public_corpus_reaches_every_format() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/public");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("public corpus not found at {}: skipped", dir.display());
        return;
    };
    let mut paths: Vec<_> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        let bytes = std::fs::read(&p).unwrap();
        let doc = gongwen_parse::parse_bytes(&bytes).unwrap();
        check(&p.display().to_string(), &doc);
    }
}
