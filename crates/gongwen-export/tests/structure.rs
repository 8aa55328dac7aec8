//! Structural and round-trip checks of every format, on the team's fixtures,
//! on generated documents (proptest) and on the public corpus when present.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gongwen_export::{chunks, docx, html, json, markdown, Format};
use gongwen_model::{Document, FurnitureRole, Node, NodeKind};
use proptest::prelude::*;
use std::io::Read;
use std::path::{Path, PathBuf};
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

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
    assert!(out.len() >= 4, "fixtures missing in {}", dir.display());
    out
}

/// The public corpus (../shared/corpus/public), or nothing when it is absent.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/public");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "public corpus not found at {}: CI must run the public-corpus tests",
            dir.display()
        );
        eprintln!(
            "public corpus not found at {}: skipped (set CI=1 to fail instead)",
            dir.display()
        );
        return Vec::new();
    };
    let mut out: Vec<(String, Vec<u8>)> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

fn is_chrome(n: &Node<'_>) -> bool {
    matches!(
        n.kind,
        NodeKind::Furniture {
            role: FurnitureRole::Chrome | FurnitureRole::Citation,
            ..
        }
    )
}

/// (marker + title) of a section node.
fn label(n: &Node<'_>) -> Option<String> {
    match &n.kind {
        NodeKind::Article { title, .. } => Some(title.to_string()),
        // A word marker (第一章, 附件1) and its title are set apart by a space.
        NodeKind::Annex(a) => {
            let sep = if a.marker.chars().last().unwrap().is_alphanumeric() {
                " "
            } else {
                ""
            };
            Some(format!("{}{sep}{}", a.marker, a.title))
        }
        NodeKind::Heading(h) => {
            let word = h.marker.family.is_structural()
                && h.marker.text.chars().last().unwrap().is_alphanumeric();
            Some(format!(
                "{}{}{}",
                h.marker.text,
                if word { " " } else { "" },
                h.title
            ))
        }
        _ => None,
    }
}

/// The sentence-end punctuation a heading's title left out (`。` after a
/// run-in title), which Markdown, HTML and DOCX write after the title.
fn tail<'d>(doc: &'d Document<'_>, n: &Node<'_>) -> &'d str {
    let NodeKind::Heading(h) = &n.kind else {
        return "";
    };
    let t = doc
        .source
        .get(h.title_span.end()..n.span.end())
        .unwrap_or("")
        .trim_end();
    if t.chars().count() <= 2 && t.chars().all(|c| "。！？；：，.!?;:".contains(c)) {
        t
    } else {
        ""
    }
}

fn flat(s: &str) -> String {
    s.replace(['\n', '\r', '\t'], " ")
}

/// As HTML and XML text shows it: line breaks and tabs as spaces, other
/// controls (which XML forbids) dropped.
fn shown(s: &str) -> String {
    flat(s)
        .chars()
        .filter(|&c| !(c < ' ' || c == '\u{7f}' || c == '\u{fffe}' || c == '\u{ffff}'))
        .collect()
}

// ---------------------------------------------------------------- JSON

fn check_json(doc: &Document<'_>) {
    let schema: serde_json::Value = serde_json::from_str(json::SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    // The compact writer is byte-for-byte serde_json's.
    assert_eq!(
        json::to_string(doc, &json::Options::default()).unwrap(),
        serde_json::to_string(doc).unwrap() + "\n"
    );
    for pretty in [false, true] {
        let text = json::to_string(doc, &{
            let mut o = json::Options::default();
            o.pretty = pretty;
            o
        })
        .unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .take(5)
            .collect();
        assert!(errors.is_empty(), "schema errors: {errors:#?}");
        let back: Document = serde_json::from_str(&text).unwrap();
        assert_eq!(&back, doc);
    }
}

#[test]
fn schema_lists_every_marker_family_of_the_registry() {
    let schema: serde_json::Value = serde_json::from_str(json::SCHEMA).unwrap();
    let listed: Vec<&str> = schema["$defs"]["marker_family"]["enum"]
        .as_array()
        .expect("an enum of family names")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    let registry: Vec<&str> = gongwen_model::MarkerFamily::ALL
        .iter()
        .map(|f| f.name())
        .collect();
    assert_eq!(listed, registry);
}

#[test]
fn schema_rejects_wrong_documents() {
    let schema: serde_json::Value = serde_json::from_str(json::SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let doc = gongwen_parse::parse(gongwen_parse::SAMPLE);
    let good = serde_json::to_value(&doc).unwrap();
    assert!(validator.is_valid(&good));
    let mut bad = good.clone();
    bad["nodes"][0]["kind"]["type"] = "chapter".into();
    assert!(!validator.is_valid(&bad));
    let mut bad = good.clone();
    bad["nodes"][9]["kind"]["marker"]["family"] = "hebrew".into();
    assert!(!validator.is_valid(&bad));
    let mut bad = good;
    bad.as_object_mut().unwrap().remove("source");
    assert!(!validator.is_valid(&bad));
}

// ---------------------------------------------------------------- Markdown

fn check_markdown(doc: &Document<'_>) {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let md = markdown::to_string(doc, &Default::default());
    let mut headings = Vec::new();
    let mut paragraphs = Vec::new();
    let mut items = 0;
    let mut cur: Option<String> = None;
    let mut in_heading = false;
    for ev in Parser::new(&md) {
        match ev {
            Event::Start(Tag::Heading { level, .. }) => {
                headings.push((level as usize, String::new()));
                in_heading = true;
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Start(Tag::Paragraph) => cur = Some(String::new()),
            Event::End(TagEnd::Paragraph) => paragraphs.push(cur.take().unwrap()),
            Event::Start(Tag::Item) => items += 1,
            Event::Start(Tag::List(Some(n))) => panic!("an ordered list starting at {n} in\n{md}"),
            Event::Start(Tag::BlockQuote(_) | Tag::CodeBlock(_) | Tag::HtmlBlock) => {
                panic!("unexpected block in\n{md}")
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = cur.as_mut() {
                    c.push_str(&t);
                } else if in_heading {
                    if let Some(h) = headings.last_mut() {
                        h.1.push_str(&t);
                    }
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => panic!("raw HTML in\n{md}"),
            _ => {}
        }
    }
    let mut want_h = Vec::new();
    let mut want_p = Vec::new();
    let mut toc = 0;
    for n in doc.nodes.iter().filter(|n| !is_chrome(n)) {
        match &n.kind {
            NodeKind::Title { text } => want_h.push((1, shown(text).trim().to_string())),
            NodeKind::TocEntry { .. } => toc += 1,
            NodeKind::Paragraph(p) => want_p.push(shown(&p.text).trim().to_string()),
            NodeKind::Byline { text } | NodeKind::Furniture { text, .. } => {
                want_p.push(shown(text).trim().to_string())
            }
            NodeKind::DeclaredCount { .. } | NodeKind::TocHeader => {
                want_p.push(shown(doc.source[n.span.range()].trim()).trim().to_string())
            }
            _ => {
                if let Some(l) = label(n) {
                    let l = format!("{l}{}", tail(doc, n));
                    want_h.push(((n.depth as usize + 1).min(6), shown(&l).trim().to_string()));
                }
            }
        }
    }
    // A text of control characters only is an empty line, not a paragraph.
    want_p.retain(|p| !p.is_empty());
    // Paragraph texts inside TOC list items are not top-level paragraphs.
    assert_eq!(headings, want_h, "heading tree differs");
    assert_eq!(items, toc, "only the 目录 is a list");
    assert_eq!(paragraphs, want_p, "paragraph texts differ");
}

// ---------------------------------------------------------------- HTML

fn check_html(doc: &Document<'_>) {
    use scraper::{Html, Selector};
    let page = html::to_string(doc, &Default::default());
    let parsed = Html::parse_document(&page);
    assert!(
        parsed.errors.is_empty(),
        "HTML parse errors: {:?}",
        parsed.errors
    );
    let root = parsed.root_element();
    assert_eq!(root.value().attr("lang"), Some("zh-CN"));
    assert!(!page.contains("<script"));
    let sel = Selector::parse("main h1, main h2, main h3, main h4, main h5, main h6").unwrap();
    let got: Vec<(usize, String, String, usize)> = parsed
        .select(&sel)
        .map(|h| {
            let level = h.value().name()[1..].parse().unwrap();
            let sections = h
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .filter(|e| e.value().name() == "section")
                .count();
            (
                level,
                h.value().id().unwrap_or("").to_string(),
                h.text().collect(),
                sections,
            )
        })
        .collect();
    let mut want = Vec::new();
    let mut links = Vec::new();
    for (i, n) in doc.nodes.iter().enumerate() {
        match &n.kind {
            NodeKind::Title { text } => want.push((1, format!("n{i}"), shown(text), 0)),
            _ => {
                if let Some(l) = label(n) {
                    let d = n.depth as usize;
                    let h = format!("{l}{}", tail(doc, n));
                    want.push(((d + 1).min(6), format!("n{i}"), shown(&h), d));
                    links.push((format!("#n{i}"), shown(&l), d));
                }
            }
        }
    }
    assert_eq!(got, want, "headings differ");
    let a = Selector::parse("nav a").unwrap();
    let got_links: Vec<(String, String, usize)> = parsed
        .select(&a)
        .map(|e| {
            let lists = e
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .filter(|x| x.value().name() == "ol")
                .count();
            (
                e.value().attr("href").unwrap().to_string(),
                e.text().collect(),
                lists,
            )
        })
        .collect();
    assert_eq!(got_links, links, "nav links differ");
    // Every anchor resolves to exactly one element.
    for (href, _, _) in &links {
        let sel = Selector::parse(&format!("[id=\"{}\"]", &href[1..])).unwrap();
        assert_eq!(parsed.select(&sel).count(), 1, "{href}");
    }
}

// ---------------------------------------------------------------- DOCX

struct Para {
    style: String,
    outline: Option<u32>,
    text: String,
    runs: Vec<(Option<String>, String)>,
}

fn attr<'a>(xml: &'a str, tag: &str) -> Option<&'a str> {
    let at = xml.find(&format!("<{tag} w:val=\""))? + tag.len() + 9;
    xml[at..].split('"').next()
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn paragraphs(xml: &str) -> Vec<Para> {
    let mut out = Vec::new();
    for p in xml.split("<w:p>").skip(1) {
        let p = p.split("</w:p>").next().unwrap();
        let mut runs = Vec::new();
        for r in p.split("<w:r>").skip(1) {
            let style = attr(r, "w:rStyle").map(str::to_string);
            let t = r
                .split_once("<w:t xml:space=\"preserve\">")
                .map(|(_, t)| unescape(t.split("</w:t>").next().unwrap()))
                .unwrap_or_default();
            runs.push((style, t));
        }
        out.push(Para {
            style: attr(p, "w:pStyle").unwrap_or("").to_string(),
            outline: attr(p, "w:outlineLvl").map(|v| v.parse().unwrap()),
            text: runs.iter().map(|r| r.1.as_str()).collect(),
            runs,
        });
    }
    out
}

fn unzip(bytes: &[u8]) -> std::collections::BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = std::collections::BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut s = String::new();
        f.read_to_string(&mut s).unwrap();
        out.insert(f.name().unwrap().to_string(), s);
    }
    out
}

fn style<'a>(styles: &'a str, id: &str) -> &'a str {
    let at = styles
        .find(&format!("w:styleId=\"{id}\""))
        .unwrap_or_else(|| panic!("style {id} missing"));
    &styles[at..at + styles[at..].find("</w:style>").unwrap()]
}

fn check_docx(doc: &Document<'_>) {
    let bytes = docx::to_vec(doc, &Default::default()).unwrap();
    let parts = unzip(&bytes);
    for name in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/settings.xml",
        "word/footer1.xml",
        "word/footer2.xml",
        "word/_rels/document.xml.rels",
    ] {
        assert!(parts.contains_key(name), "{name} missing");
    }
    let xml = &parts["word/document.xml"];
    let styles = &parts["word/styles.xml"];
    // Page: A4 and the GB/T 9704 margins (mm → twips).
    let twips = |mm: f64| (mm / 25.4 * 1440.0).round() as u32;
    assert!(xml.contains(&format!(
        "<w:pgSz w:w=\"{}\" w:h=\"{}\"/>",
        twips(210.0),
        twips(297.0)
    )));
    assert!(xml.contains(&format!(
        "<w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\"",
        twips(37.0),
        twips(26.0),
        twips(35.0),
        twips(28.0)
    )));
    // 22 lines in the 225 mm text block.
    let pitch: f64 = xml
        .split("w:linePitch=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!((twips(225.0) as f64 / pitch).floor(), 22.0);
    // 28 characters of 16 pt, tightened by the default character spacing, in the 156 mm line.
    let spacing: f64 = styles
        .split("<w:spacing w:val=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let line_pt = 156.0 / 25.4 * 72.0;
    assert!(28.0 * (16.0 + spacing / 20.0) <= line_pt && 29.0 * (16.0 + spacing / 20.0) > line_pt);
    // Styles and fonts.
    let title = style(styles, "Title");
    assert!(
        title.contains("w:eastAsia=\"方正小标宋简体\"") && title.contains("<w:sz w:val=\"44\"/>")
    );
    assert!(title.contains("<w:jc w:val=\"center\"/>"));
    for (n, font) in [
        (1, "黑体"),
        (2, "楷体_GB2312"),
        (3, "仿宋_GB2312"),
        (4, "仿宋_GB2312"),
    ] {
        let s = style(styles, &format!("Heading{n}"));
        assert!(
            s.contains(&format!("<w:name w:val=\"heading {n}\"/>")),
            "{s}"
        );
        assert!(
            s.contains(&format!("<w:outlineLvl w:val=\"{}\"/>", n - 1)),
            "{s}"
        );
        assert!(s.contains("<w:keepNext/>"), "{s}");
        assert!(s.contains(&format!("w:eastAsia=\"{font}\"")), "{s}");
        assert!(s.contains("<w:sz w:val=\"32\"/>"), "{s}");
        assert!(
            style(styles, &format!("Heading{n}Char")).contains(&format!("w:eastAsia=\"{font}\""))
        );
    }
    let normal = style(styles, "Normal");
    assert!(
        normal.contains("w:eastAsia=\"仿宋_GB2312\"") && normal.contains("<w:sz w:val=\"32\"/>")
    );
    assert!(normal.contains("w:firstLineChars=\"200\""));
    assert!(styles.contains("w:line=\"579\" w:lineRule=\"exact\""));
    // Page numbers: 四号 宋体, right on odd pages, left on even pages.
    assert!(parts["word/settings.xml"].contains("<w:evenAndOddHeaders/>"));
    let footer = style(styles, "Footer");
    assert!(footer.contains("w:eastAsia=\"宋体\"") && footer.contains("<w:sz w:val=\"28\"/>"));
    for (part, jc) in [("word/footer1.xml", "right"), ("word/footer2.xml", "left")] {
        let f = &parts[part];
        assert!(f.contains(&format!("<w:jc w:val=\"{jc}\"/>")), "{f}");
        assert!(
            f.contains(" PAGE ") && f.contains("— </w:t>") && f.contains(" —</w:t>"),
            "{f}"
        );
    }
    assert!(
        xml.contains("w:type=\"default\" r:id=\"rIdFooterOdd\"")
            && xml.contains("w:type=\"even\" r:id=\"rIdFooterEven\"")
    );
    // Property elements appear once each (Word rejects repeats), and the
    // settings follow the schema's order.
    for part in [xml, styles] {
        for props in part
            .split("<w:pPr>")
            .skip(1)
            .chain(part.split("<w:rPr>").skip(1))
        {
            let props = props
                .split("</w:pPr>")
                .next()
                .unwrap()
                .split("</w:rPr>")
                .next()
                .unwrap();
            let mut names: Vec<&str> = props
                .split('<')
                .skip(1)
                .filter(|e| !e.starts_with('/'))
                .map(|e| e.split([' ', '/', '>']).next().unwrap())
                .collect();
            let n = names.len();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), n, "repeated property in {props}");
        }
    }
    let settings = &parts["word/settings.xml"];
    let at = |e: &str| settings.find(e).unwrap_or_else(|| panic!("{e} missing"));
    assert!(at("<w:defaultTabStop") < at("<w:evenAndOddHeaders/>"));
    assert!(at("<w:evenAndOddHeaders/>") < at("<w:characterSpacingControl"));
    assert!(at("<w:characterSpacingControl") < at("<w:compat>"));
    // Every section heading, in order, with its style and outline level.
    let paras = paragraphs(xml);
    let mut k = 0;
    for (i, n) in doc.nodes.iter().enumerate() {
        let Some(l) = label(n) else { continue };
        let l = match &n.kind {
            // A marker standing alone is its own paragraph, the title follows.
            NodeKind::Annex(a) if a.title_span.line != n.span.line => shown(&a.marker),
            _ => shown(&l),
        };
        while k < paras.len() && !paras[k].text.starts_with(&l) {
            k += 1;
        }
        assert!(
            k < paras.len(),
            "heading {l:?} (node {i}) missing or out of order"
        );
        let p = &paras[k];
        assert_eq!(p.outline, Some(n.depth - 1), "{l}");
        match &n.kind {
            NodeKind::Article { .. } => assert_eq!(p.style, "ArticleTitle"),
            NodeKind::Annex(_) => assert_eq!(p.style, "AnnexHeading"),
            NodeKind::Heading(h)
                if h.layout == gongwen_model::HeadingLayout::RunIn
                    && doc.nodes.get(i + 1).is_some_and(|b| {
                        b.parent.map(|x| x.index()) == Some(i)
                            && matches!(b.kind, NodeKind::Paragraph(_))
                    }) =>
            {
                // Run in: heading sentence in a heading character style, body after it.
                assert_eq!(p.style, "RunIn");
                assert_eq!(p.runs.len(), 2, "{l}");
                assert!(p.runs[0]
                    .0
                    .as_deref()
                    .is_some_and(|s| s.starts_with("Heading")));
                assert_eq!(p.runs[1].0, None);
                if let NodeKind::Paragraph(b) = &doc.nodes[i + 1].kind {
                    assert_eq!(p.runs[1].1, shown(&b.text));
                }
            }
            _ => assert!(p.style.starts_with("Heading"), "{l}: {}", p.style),
        }
        k += 1;
    }
    // Body paragraphs are there too.
    for n in &doc.nodes {
        if let NodeKind::Paragraph(p) = &n.kind {
            let t = shown(&p.text);
            assert!(
                paras.iter().any(|q| q.text.contains(&t)),
                "paragraph {t:?} missing"
            );
        }
    }
}

// ---------------------------------------------------------------- chunks

fn included(n: &Node<'_>) -> bool {
    match &n.kind {
        NodeKind::Title { .. }
        | NodeKind::DeclaredCount { .. }
        | NodeKind::TocHeader
        | NodeKind::TocEntry { .. } => false,
        NodeKind::Furniture { role, .. } => !matches!(
            role,
            FurnitureRole::Chrome | FurnitureRole::Citation | FurnitureRole::RepeatedTitle
        ),
        _ => true,
    }
}

fn is_boundary(s: &str, at: usize) -> bool {
    GraphemeCursor::new(at, s.len(), true)
        .is_boundary(s, 0)
        .unwrap()
}

fn check_chunks(doc: &Document<'_>, options: &chunks::Options) {
    let src: &str = &doc.source;
    let list = chunks::chunks(doc, options);
    let jsonl = chunks::to_string(doc, options).unwrap();
    assert_eq!(jsonl.lines().count(), list.len());
    let schema: serde_json::Value = serde_json::from_str(chunks::SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for (line, c) in jsonl.lines().zip(&list) {
        let back: chunks::Chunk = serde_json::from_str(line).unwrap();
        assert_eq!(&back, c);
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(
            errors.is_empty(),
            "chunk record does not match schema/chunk.schema.json: {errors:?}: {line}"
        );
    }
    let mut covered = vec![0u32; src.len()];
    let mut prev: Option<&chunks::Chunk> = None;
    let mut ids = std::collections::HashSet::new();
    for (i, c) in list.iter().enumerate() {
        assert_eq!(c.index, i);
        assert!(ids.insert(c.id.clone()), "duplicate id");
        assert_eq!(&src[c.start..c.end], c.text);
        assert!(!c.text.is_empty());
        assert_eq!(c.chars, c.text.chars().count());
        assert_eq!(c.graphemes, c.text.graphemes(true).count(), "{:?}", c.text);
        assert!(
            is_boundary(src, c.start) && is_boundary(src, c.end),
            "cut inside a grapheme: {c:?}"
        );
        let own = c.start
            + c.text
                .char_indices()
                .nth(c.overlap)
                .map_or(c.text.len(), |(b, _)| b);
        assert!(own < c.end);
        assert!(is_boundary(src, own));
        if c.chars > options.max_chars.max(1) {
            // Only a single grapheme cluster may exceed the limit.
            assert_eq!(src[own..c.end].graphemes(true).count(), 1, "{c:?}");
        }
        if let Some(p) = prev {
            assert!(own >= p.end, "chunks overlap beyond their declared overlap");
            if c.overlap > 0 {
                // The overlap repeats the end of the previous chunk (and the
                // white space after it).
                assert!(
                    p.start < c.start && c.start < p.end,
                    "overlap not from the previous chunk"
                );
                assert!(
                    own <= p.end || src[p.end..own].trim().is_empty(),
                    "overlap not from the previous chunk"
                );
            }
        } else {
            assert_eq!(c.overlap, 0);
        }
        for (b, ch) in src[own..c.end].char_indices() {
            if !ch.is_whitespace() {
                covered[own + b] += 1;
            }
        }
        prev = Some(c);
    }
    let mut want = 0usize;
    for n in doc.nodes.iter().filter(|n| included(n)) {
        for (b, ch) in src[n.span.range()].char_indices() {
            if !ch.is_whitespace() {
                want += 1;
                assert_eq!(
                    covered[n.span.start() + b],
                    1,
                    "byte {} of {:?} covered {} times",
                    n.span.start() + b,
                    n.kind.name(),
                    covered[n.span.start() + b]
                );
            }
        }
    }
    let total: u32 = covered.iter().sum();
    assert_eq!(total as usize, want, "chunks cover text outside the body");
    // Heading paths name the enclosing sections: the path at the chunk's
    // last byte, or (for merged siblings) a prefix of it shared with the
    // path at its start. A bare heading merged into its section's first
    // text has that text's path.
    assert_eq!(c_path_check(doc, &list, options), list.len());
}

/// The labels of the sections enclosing byte `at` (innermost last).
fn path_at(doc: &Document<'_>, at: usize) -> Option<Vec<String>> {
    let i = doc
        .nodes
        .iter()
        .position(|n| n.span.start() <= at && at < n.span.end().max(n.span.start() + 1))?;
    let mut path: Vec<String> = doc
        .ancestors(gongwen_model::NodeId(i as u32))
        .filter_map(|a| label(&doc.nodes[a.index()]))
        .collect();
    path.reverse();
    if let Some(l) = label(&doc.nodes[i]) {
        path.push(l);
    }
    Some(path)
}

/// Checks every chunk's heading path; returns how many were checked.
fn c_path_check(doc: &Document<'_>, list: &[chunks::Chunk], options: &chunks::Options) -> usize {
    for c in list {
        let last = c.end - c.text.chars().next_back().map_or(1, char::len_utf8);
        let (Some(first), Some(end)) = (path_at(doc, c.start), path_at(doc, last)) else {
            continue;
        };
        // A piece of a long unit may end inside the heading lines merged in
        // front of its section's first text, and has that text's path.
        let in_heading = doc
            .nodes
            .iter()
            .find(|n| n.span.start() <= last && last < n.span.end())
            .is_some_and(|n| label(n).is_some() || matches!(n.kind, NodeKind::Byline { .. }));
        if in_heading {
            assert!(
                end.starts_with(&c.heading_path) || c.heading_path.starts_with(&end),
                "{c:?} ends in {end:?}"
            );
        } else {
            assert!(end.starts_with(&c.heading_path), "{c:?} ends in {end:?}");
            if options.min_chars == 0 {
                assert_eq!(c.heading_path, end, "{c:?}");
            }
        }
        assert!(
            first.starts_with(&c.heading_path) || c.heading_path.starts_with(&first),
            "{c:?} starts in {first:?}"
        );
    }
    list.len()
}

#[test]
fn fixtures_hold_every_structural_check() {
    for (name, text) in fixtures() {
        let doc = gongwen_parse::parse(&text);
        eprintln!("{name}");
        check_json(&doc);
        check_markdown(&doc);
        check_html(&doc);
        check_docx(&doc);
        for (max, overlap, min) in [
            (500, 50, 150),
            (500, 50, 0),
            (40, 10, 20),
            (7, 3, 0),
            (1, 0, 0),
        ] {
            check_chunks(&doc, &chunk_options(max, overlap, min, None));
        }
    }
}

/// The outline rows without line numbers (a .docx has no blank lines).
fn rows(doc: &Document<'_>) -> Vec<(String, Option<u32>, String)> {
    doc.outline()
        .map(|r| {
            (
                r.kind.as_str().to_string(),
                r.depth,
                format!("{}{}", r.marker, shown(r.title)),
            )
        })
        .collect()
}

/// The DOCX reads back (through gongwen-docx) to the same outline.
fn check_docx_round_trip(doc: &Document<'_>) {
    let bytes = docx::to_vec(doc, &Default::default()).unwrap();
    let back = gongwen_docx::parse(&bytes).unwrap();
    let (got, want) = (rows(&back), rows(doc));
    for (k, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(g, w, "outline row {k} after a DOCX round trip");
    }
    assert_eq!(
        got.len(),
        want.len(),
        "outline rows after a DOCX round trip"
    );
}

#[test]
fn docx_reads_back_to_the_same_outline() {
    for (name, text) in fixtures() {
        eprintln!("{name}");
        check_docx_round_trip(&gongwen_parse::parse(&text));
    }
}

#[test]
fn public_corpus_converts_to_every_format() {
    for (path, bytes) in corpus() {
        let doc = gongwen_parse::parse_bytes(&bytes).unwrap();
        for f in Format::ALL {
            let out = f
                .to_vec(&doc)
                .unwrap_or_else(|e| panic!("{path} to {f}: {e}"));
            assert!(!out.is_empty(), "{path} to {f}");
        }
        check_json(&doc);
        check_markdown(&doc);
        check_html(&doc);
        check_docx(&doc);
        eprintln!("{path}");
        check_docx_round_trip(&doc);
        check_chunks(&doc, &chunks::Options::default());
        check_chunks(&doc, &chunk_options(60, 15, 0, Some(path.clone())));
    }
}

#[test]
fn run_in_headings_keep_their_heading_in_every_format() {
    let doc = gongwen_parse::parse("一、总体要求\n（一）提高认识。全体干部要认真学习。\n");
    let md = markdown::to_string(&doc, &Default::default());
    assert!(
        md.contains("### （一）提高认识。\n\n全体干部要认真学习。\n"),
        "{md}"
    );
    let page = html::to_string(&doc, &Default::default());
    assert!(
        page.contains("<h3 id=\"n1\">（一）提高认识。</h3>\n<p>全体干部要认真学习。</p>"),
        "{page}"
    );
    let parts = unzip(&docx::to_vec(&doc, &Default::default()).unwrap());
    let paras = paragraphs(&parts["word/document.xml"]);
    let p = paras.iter().find(|p| p.style == "RunIn").unwrap();
    assert_eq!(
        p.runs[0],
        (
            Some("Heading2Char".to_string()),
            "（一）提高认识。".to_string()
        )
    );
    assert_eq!(p.runs[1], (None, "全体干部要认真学习。".to_string()));
}

#[test]
fn long_sections_split_after_sentence_ends() {
    let body = "第一句话写得不长。第二句话也不长！第三句话问一下？第四句话到此为止；".repeat(3);
    let text = format!("一、总则\n{body}\n");
    let doc = gongwen_parse::parse(&text);
    let list = chunks::chunks(&doc, &{
        let mut o = chunks::Options::default();
        o.max_chars = 30;
        o.overlap_chars = 0;
        o
    });
    assert!(list.len() > 3);
    for c in &list {
        let last = c.text.chars().last().unwrap();
        assert!("。！？；则".contains(last), "{:?}", c.text);
        assert!(c.chars <= 30);
    }
    let with = chunks::chunks(&doc, &{
        let mut o = chunks::Options::default();
        o.max_chars = 30;
        o.overlap_chars = 5;
        o
    });
    assert!(with.iter().skip(1).all(|c| c.overlap > 0));
}

#[test]
fn a_bare_heading_goes_with_the_first_text_of_its_section() {
    let text = "工作方案\n一、总体要求\n（一）提高认识。全体干部要认真学习。\n（二）压实责任。各部门要抓好落实。\n二、保障措施\n加强组织领导。\n";
    let doc = gongwen_parse::parse(text);
    let list = chunks::chunks(&doc, &{
        let mut o = chunks::Options::default();
        o.min_chars = 0;
        o
    });
    let texts: Vec<&str> = list.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "一、总体要求\n（一）提高认识。全体干部要认真学习。",
            "（二）压实责任。各部门要抓好落实。",
            "二、保障措施\n加强组织领导。",
        ]
    );
    assert_eq!(list[0].heading_path, ["一、总体要求", "（一）提高认识"]);
    assert_eq!(list[0].title.as_deref(), Some("工作方案"));
}

#[test]
fn short_sections_merge_under_their_parent_up_to_the_limit() {
    let text = "第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本单位。\n第三条 本办法自发布之日起施行。\n第二章 附则\n第四条 本办法由办公室负责解释。\n";
    let doc = gongwen_parse::parse(text);
    let by_min = |min: usize, max: usize| {
        chunks::chunks(&doc, &{
            let mut o = chunks::Options::default();
            o.max_chars = max;
            o.min_chars = min;
            o
        })
    };
    let one_each = by_min(0, 500);
    assert_eq!(one_each.len(), 4, "{one_each:#?}");
    let merged = by_min(100, 500);
    assert_eq!(merged.len(), 2, "{merged:#?}");
    assert_eq!(merged[0].heading_path, ["第一章 总则"]);
    assert!(
        merged[0].text.starts_with("第一章 总则\n第一条") && merged[0].text.ends_with("施行。")
    );
    // Never across a chapter: 第四条 stays in 第二章.
    assert!(merged[1].text.starts_with("第二章 附则\n第四条"));
    // Never beyond the limit.
    for c in by_min(100, 40) {
        assert!(c.chars <= 40, "{c:?}");
    }
}

#[test]
fn records_carry_path_and_title_and_overlap_in_characters() {
    let body = "第一句话写得不长。第二句话也不长！第三句话问一下？第四句话到此为止；".repeat(3);
    let text = format!("某单位工作方案\n一、总则\n{body}\n");
    let doc = gongwen_parse::parse(&text);
    let options = chunk_options(30, 5, 0, Some("方案/a.txt".to_string()));
    let list = chunks::chunks(&doc, &options);
    assert!(list.len() > 2);
    for pair in list.windows(2) {
        let c = &pair[1];
        assert!(c.overlap > 0 && c.overlap <= 5, "{c:?}");
        let repeated: String = c.text.chars().take(c.overlap).collect();
        assert!(pair[0].text.ends_with(&repeated), "{c:?}");
    }
    let first: serde_json::Value = serde_json::from_str(
        chunks::to_string(&doc, &options)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(first["path"], "方案/a.txt");
    assert_eq!(first["title"], "某单位工作方案");
    // The path is part of the id: the same text in another file differs.
    let other = chunks::chunks(&doc, &{
        let mut o = options.clone();
        o.path = Some("b.txt".to_string());
        o
    });
    assert_ne!(other[0].id, list[0].id);
    assert_eq!(other[0].text, list[0].text);
}

// ---------------------------------------------------------------- generated documents

fn line() -> impl Strategy<Value = String> {
    let sentence = prop::collection::vec(
        prop::sample::select(vec![
            "工作",
            "学习",
            "加强",
            "落实",
            "推进",
            "A&B",
            "<b>",
            "*重点*",
            "#1",
            "2024年",
            "👍🏻",
            "é",
            "👨\u{200D}👩\u{200D}👧",
            "“规范”",
            "，",
            "、",
            "🇨🇳",
            "ｶﾞ",
            "x\u{20DD}",
            "\"引\\号\"",
            "\u{1}\u{8}\u{c}",
            "\t",
        ]),
        1..12,
    )
    .prop_map(|w| w.concat());
    let end = prop::sample::select(vec!["。", "！", "？", "；", "", "。”"]);
    let para = prop::collection::vec((sentence, end), 1..8).prop_map(|v| {
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
        "",
    ]);
    let indent = prop::sample::select(vec!["", "  ", "\u{3000}\u{3000}"]);
    let eol = prop::sample::select(vec!["\n", "\r\n", "\n\n"]);
    (indent, marker, para, eol).prop_map(|(i, m, p, e)| format!("{i}{m}{p}{e}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn chunks_cover_the_body_exactly_once(
        lines in prop::collection::vec(line(), 1..20),
        max in 1usize..120,
        overlap in 0usize..40,
        min in prop::sample::select(vec![0usize, 10, 60, 150]),
    ) {
        let text = format!("某单位工作方案\n{}", lines.concat());
        let doc = gongwen_parse::parse(&text);
        check_chunks(&doc, &chunk_options(max, overlap, min, None));
    }

    #[test]
    fn markdown_and_html_keep_the_heading_tree(lines in prop::collection::vec(line(), 1..12)) {
        let text = format!("某单位工作方案\n{}", lines.concat());
        let doc = gongwen_parse::parse(&text);
        check_json(&doc);
        check_markdown(&doc);
        check_html(&doc);
    }
}

/// Chunk options from their four fields (the struct is `#[non_exhaustive]`).
fn chunk_options(
    max_chars: usize,
    overlap_chars: usize,
    min_chars: usize,
    path: Option<String>,
) -> chunks::Options {
    let mut o = chunks::Options::default();
    o.max_chars = max_chars;
    o.overlap_chars = overlap_chars;
    o.min_chars = min_chars;
    o.path = path;
    o
}
