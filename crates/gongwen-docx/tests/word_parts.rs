//! Word documents as people have them, built in the test: namespaces bound
//! to other prefixes, Strict documents, tables with merged cells and
//! numbered rows, footnotes and endnotes, headers, footers and comments,
//! Word's tab after an automatic number.

#![allow(clippy::expect_used)] // test helpers

use gongwen_docx::testing::{package, paragraph, table, zip, NUMBERING};
use gongwen_docx::{read, StoryKind, VMerge};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";

/// The outline contract rows of a .docx.
fn outline(bytes: &[u8]) -> String {
    let doc = gongwen_docx::parse(bytes).expect("a readable .docx");
    gongwen_export::outline::to_tsv(&doc)
}

/// A package whose `word/document.xml` is `document` as given, with the
/// numbering part of the other tests and `extra` parts named in the
/// document's relationships as `(part under word/, relationship type, xml)`.
fn raw_package(document: &str, extra: &[(&str, &str, &str)]) -> Vec<u8> {
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>"#,
    );
    for (i, (part, kind, _)) in extra.iter().enumerate() {
        rels.push_str(&format!(
            r#"<Relationship Id="rx{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{part}"/>"#
        ));
    }
    rels.push_str("</Relationships>");
    let names: Vec<String> = extra.iter().map(|(p, _, _)| format!("word/{p}")).collect();
    let mut parts: Vec<(&str, &str)> = vec![
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#,
        ),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", &rels),
        ("word/numbering.xml", NUMBERING),
    ];
    for (name, (_, _, xml)) in names.iter().zip(extra) {
        parts.push((name, xml));
    }
    zip(&parts).expect("a zip in memory")
}

/// The same body written with the WordprocessingML namespace bound to `w:`.
fn body_w() -> String {
    [
        paragraph("关于加强学习的通知", None, None),
        paragraph("总体要求", Some((1, 0)), None),
        paragraph("全体干部要提高认识。", None, None),
        paragraph("二、主要任务", None, None),
    ]
    .concat()
}

#[test]
fn other_prefixes_default_namespace_and_strict_read_as_w() {
    let w = format!(
        r#"<w:document xmlns:w="{W}"><w:body>{}</w:body></w:document>"#,
        body_w()
    );
    let ns0 = w.replace("w:", "ns0:").replace("xmlns:w=", "xmlns:ns0=");
    assert!(
        ns0.contains("<ns0:p>") && ns0.contains(r#"ns0:val="1""#),
        "{ns0}"
    );
    let default = w
        .replace("<w:", "<")
        .replace("</w:", "</")
        .replace("xmlns:w=", "xmlns=")
        .replace(" w:val=", " val=");
    assert!(
        default.contains("<p>") && !default.contains("<w:"),
        "{default}"
    );
    let strict = w.replace(W, W_STRICT);
    let want = read(&raw_package(&w, &[])).expect("w:");
    assert_eq!(
        want.text(),
        "关于加强学习的通知\n一、总体要求\n全体干部要提高认识。\n二、主要任务\n"
    );
    for (what, xml) in [
        ("ns0:", &ns0),
        ("default namespace", &default),
        ("Strict", &strict),
    ] {
        let bytes = raw_package(xml, &[]);
        let got = read(&bytes).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(got.text(), want.text(), "{what} reads as w: does");
        assert_eq!(outline(&bytes), outline(&raw_package(&w, &[])), "{what}");
    }
}

#[test]
fn w_bound_to_a_foreign_namespace_is_not_word() {
    let foreign = format!(
        r#"<w:document xmlns:w="urn:example:not-word"><w:body>{}</w:body></w:document>"#,
        body_w()
    );
    let err = read(&raw_package(&foreign, &[])).expect_err("not WordprocessingML");
    assert!(err.to_string().contains("not w:document"), "{err}");
    // Inside a Word document, paragraphs of another namespace are not read.
    let mixed = format!(
        r#"<w:document xmlns:w="{W}" xmlns:x="urn:example:x"><w:body><x:p><x:r><x:t>外来</x:t></x:r></x:p>{}</w:body></w:document>"#,
        paragraph("正文。", None, None)
    );
    assert_eq!(read(&raw_package(&mixed, &[])).unwrap().text(), "正文。\n");
}

#[test]
fn word_tab_after_an_automatic_number_is_not_in_titles() {
    // NUMBERING's levels have no suffix; this one has Word's default tab.
    let numbering = NUMBERING.replace(
        r#"<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/>"#,
        r#"<w:lvlText w:val="%1、"/>"#,
    );
    let body = paragraph("总体要求", Some((1, 0)), None) + &paragraph("正文。", None, None);
    let doc = read(&package(&body, None, Some(&numbering))).unwrap();
    assert_eq!(doc.text(), "一、总体要求\n正文。\n", "no tab after 一、");
    assert_eq!(doc.paragraphs[0].number.as_deref(), Some("一、"));
}

#[test]
fn a_table_with_merged_cells_and_numbered_rows() {
    // Header row; a cell spanning two columns; a vertical merge; the first
    // column numbered automatically (decimal "%3." with Word's tab).
    let numbering = NUMBERING.replace(
        r#"<w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%3."/>"#,
        r#"<w:numFmt w:val="decimal"/><w:lvlText w:val="%3"/>"#,
    );
    let cell = |inner: &str, props: &str| format!("<w:tc><w:tcPr>{props}</w:tcPr>{inner}</w:tc>");
    let num = |text: &str| paragraph(text, Some((1, 2)), None);
    let p = |text: &str| paragraph(text, None, None);
    let tbl = format!(
        "<w:tbl><w:tblGrid/>\
         <w:tr>{}{}{}</w:tr>\
         <w:tr>{}{}</w:tr>\
         <w:tr>{}{}{}</w:tr></w:tbl>",
        cell(&p("序号"), ""),
        cell(&p("事项"), ""),
        cell(&p("责任单位"), ""),
        cell(&num(""), r#"<w:vMerge w:val="restart"/>"#),
        cell(&p("制定方案并报送上级审核"), r#"<w:gridSpan w:val="2"/>"#),
        cell(&p(""), "<w:vMerge/>"),
        cell(&p("组织实施"), ""),
        cell(&p("办公室"), ""),
    );
    let body =
        paragraph("一、工作安排", None, None) + &tbl + &paragraph("二、工作要求", None, None);
    let bytes = package(&body, None, Some(&numbering));
    let doc = read(&bytes).unwrap();
    assert_eq!(
        doc.text(),
        "一、工作安排\n序号\n事项\n责任单位\n1\n制定方案并报送上级审核\n\n组织实施\n办公室\n二、工作要求\n",
        "cells are lines; a numbered empty cell reads 1, not 1 and a tab"
    );
    assert_eq!(doc.tables.len(), 1);
    let t = &doc.tables[0];
    assert_eq!((t.first, t.nested), (1, false));
    let shape: Vec<Vec<(usize, usize, u32, VMerge)>> = t
        .rows
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .map(|c| (c.paragraphs.start, c.paragraphs.end, c.grid_span, c.v_merge))
                .collect()
        })
        .collect();
    assert_eq!(
        shape,
        vec![
            vec![
                (1, 2, 1, VMerge::None),
                (2, 3, 1, VMerge::None),
                (3, 4, 1, VMerge::None)
            ],
            vec![(4, 5, 1, VMerge::Restart), (5, 6, 2, VMerge::None)],
            vec![
                (6, 7, 1, VMerge::Continue),
                (7, 8, 1, VMerge::None),
                (8, 9, 1, VMerge::None)
            ],
        ]
    );
    assert_eq!(
        outline(&bytes),
        "1\theading\t1\t一、\t工作安排\n10\theading\t1\t二、\t工作要求\n",
        "table cells are never headings"
    );
}

#[test]
fn nested_tables_are_listed_after_their_outer_table() {
    let inner = table(&[&["内一", "内二"]]);
    let body = format!(
        "<w:tbl><w:tr><w:tc>{}{inner}</w:tc></w:tr></w:tbl>",
        paragraph("外", None, None)
    );
    let doc = read(&package(&body, None, None)).unwrap();
    assert_eq!(doc.text(), "外\n内一\n内二\n");
    assert_eq!(doc.tables.len(), 2);
    assert_eq!(
        doc.tables[0].rows[0].cells[0].paragraphs,
        0..3,
        "the outer cell holds the inner table"
    );
    assert!(doc.tables[1].nested);
    assert_eq!(doc.tables[1].first, 1);
}

const FOOTNOTES: &str = r#"<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve">见《关于加强学习的意见》。</w:t></w:r></w:p></w:footnote>
</w:footnotes>"#;

const ENDNOTES: &str = r#"<w:endnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>数据截至2025年底。</w:t></w:r></w:p></w:endnote>
</w:endnotes>"#;

const HEADER: &str = r#"<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>某某市人民政府办公室</w:t></w:r></w:p></w:hdr>"#;

const FOOTER: &str = r#"<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>"#;

const COMMENTS: &str = r#"<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="7" w:author="审核人"><w:p><w:r><w:t>请核实日期。</w:t></w:r></w:p></w:comment></w:comments>"#;

#[test]
fn notes_headers_footers_and_comments_are_kept_beside_the_body() {
    let document = format!(
        r#"<w:document xmlns:w="{W}"><w:body>
        <w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>
        <w:p><w:r><w:t>全体干部要提高认识</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r><w:commentRangeStart w:id="7"/><w:r><w:t>截至年底</w:t></w:r><w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>
        <w:p><w:ins w:id="3" w:author="a"><w:r><w:t>新增内容。</w:t></w:r></w:ins><w:del w:id="4" w:author="a"><w:r><w:delText>删除内容。</w:delText></w:r></w:del></w:p>
        </w:body></w:document>"#
    );
    let bytes = raw_package(
        &document,
        &[
            ("footnotes.xml", "footnotes", FOOTNOTES),
            ("endnotes.xml", "endnotes", ENDNOTES),
            ("header1.xml", "header", HEADER),
            ("footer1.xml", "footer", FOOTER),
            ("comments.xml", "comments", COMMENTS),
        ],
    );
    let doc = read(&bytes).unwrap();
    assert_eq!(
        doc.text(),
        "一、总体要求\n全体干部要提高认识。截至年底\n新增内容。\n",
        "notes, comments, headers and footers are not body text; tracked changes read as accepted"
    );
    let notes: Vec<_> = doc
        .notes
        .iter()
        .map(|n| (n.kind, n.id.as_deref(), n.text()))
        .collect();
    assert_eq!(
        notes,
        vec![
            (
                StoryKind::Footnote,
                Some("1"),
                "见《关于加强学习的意见》。".to_string()
            ),
            (
                StoryKind::Endnote,
                Some("1"),
                "数据截至2025年底。".to_string()
            ),
        ],
        "separators are no notes"
    );
    let refs: Vec<_> = doc.paragraphs[1]
        .notes
        .iter()
        .map(|r| (r.kind, r.id.as_str(), &doc.paragraphs[1].text[..r.offset]))
        .collect();
    assert_eq!(
        refs,
        vec![
            (StoryKind::Footnote, "1", "全体干部要提高认识"),
            (StoryKind::Comment, "7", "全体干部要提高认识。截至年底"),
            (StoryKind::Endnote, "1", "全体干部要提高认识。截至年底"),
        ],
        "each reference where its mark stands"
    );
    let furniture: Vec<_> = doc.furniture.iter().map(|s| (s.kind, s.text())).collect();
    assert_eq!(
        furniture,
        vec![
            (StoryKind::Header, "某某市人民政府办公室".to_string()),
            (StoryKind::Footer, "—  —".to_string()),
            (StoryKind::Comment, "请核实日期。".to_string()),
        ],
        "a field's instruction is no text"
    );
    assert_eq!(
        outline(&bytes),
        "1\theading\t1\t一、\t总体要求\n",
        "the outline is the body's"
    );
}

#[test]
fn a_note_reference_after_an_automatic_number_points_past_it() {
    let body = r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>总体要求</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#;
    let document = format!(r#"<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#);
    let doc = read(&raw_package(
        &document,
        &[("footnotes.xml", "footnotes", FOOTNOTES)],
    ))
    .unwrap();
    let p = &doc.paragraphs[0];
    assert_eq!(p.text, "一、总体要求");
    assert_eq!(
        p.notes[0].offset,
        p.text.len(),
        "after the title, number included"
    );
}

/// The document exported as GB/T 9704 DOCX.
fn docx_bytes(doc: &gongwen_model::Document<'_>) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    gongwen_export::docx::write(doc, &mut out, &Default::default()).expect("DOCX export");
    out.into_inner()
}

/// A document with a heading, a plain table and a table with merges.
fn tables_docx() -> Vec<u8> {
    let cell = |inner: &str, props: &str| format!("<w:tc><w:tcPr>{props}</w:tcPr>{inner}</w:tc>");
    let p = |text: &str| paragraph(text, None, None);
    let merged = format!(
        "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
        cell(&p("阶段"), ""),
        cell(&p("任务"), ""),
        cell(&p("第一阶段"), r#"<w:vMerge w:val="restart"/>"#),
        cell(&p("动员部署"), ""),
        cell(&p(""), "<w:vMerge/>"),
        cell(&(p("调查研究") + &p("形成报告")), ""),
    );
    let body = [
        p("工作方案"),
        p("一、任务分工"),
        table(&[&["序号", "事项", "单位"], &["1", "制定方案", "办公室"]]),
        p("二、进度安排"),
        merged,
        p("以上安排视情况调整。"),
    ]
    .concat();
    package(&body, None, None)
}

#[test]
fn tables_become_table_nodes_and_every_format_shows_them() {
    use gongwen_model::NodeKind;
    let bytes = tables_docx();
    let doc = gongwen_docx::parse(&bytes).unwrap();
    assert_eq!(
        doc.reassemble().as_deref(),
        Some(doc.source.as_ref()),
        "lossless"
    );
    let tables: Vec<(usize, &gongwen_model::Table)> = doc
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| match &n.kind {
            NodeKind::Table(t) => Some((i, t)),
            _ => None,
        })
        .collect();
    assert_eq!(tables.len(), 2);
    let (i, plain) = tables[0];
    let texts = |c: &gongwen_model::TableCell| -> Vec<String> {
        c.nodes
            .iter()
            .map(|id| {
                doc.nodes[id.index()]
                    .as_paragraph()
                    .map(|p| p.text.to_string())
                    .unwrap_or_default()
            })
            .collect()
    };
    assert_eq!(texts(&plain.rows[1].cells[1]), vec!["制定方案"]);
    let heading = doc.nodes[i].parent.map(|p| {
        doc.nodes[p.index()]
            .as_heading()
            .map(|h| h.title.to_string())
    });
    assert_eq!(
        heading,
        Some(Some("任务分工".to_string())),
        "the table sits in its section"
    );
    assert!(
        doc.nodes[i + 1].parent == Some(gongwen_model::NodeId(i as u32)),
        "cells are its children"
    );
    let (_, merged) = tables[1];
    assert_eq!(merged.rows[1].cells[0].row_span, 2, "the vertical merge");
    assert_eq!(
        merged.rows[2].cells.len(),
        1,
        "the merged-away cell is not listed"
    );
    assert_eq!(
        texts(&merged.rows[2].cells[0]),
        vec!["调查研究", "形成报告"]
    );
    assert_eq!(
        outline(&bytes),
        "1\ttitle\t0\t\t工作方案\n2\theading\t1\t一、\t任务分工\n9\theading\t1\t二、\t进度安排\n"
    );

    let md = gongwen_export::markdown::to_string(&doc, &Default::default());
    assert!(
        md.contains("| 序号 | 事项 | 单位 |\n| --- | --- | --- |\n| 1 | 制定方案 | 办公室 |\n"),
        "a pipe table:\n{md}"
    );
    assert!(
        md.contains("<table>\n<tr><th>阶段</th><th>任务</th></tr>\n<tr><td rowspan=\"2\">第一阶段</td><td>动员部署</td></tr>\n<tr><td>调查研究<br>形成报告</td></tr>\n</table>"),
        "merged cells as an HTML table:\n{md}"
    );
    assert!(
        !md.contains("\n制定方案\n"),
        "cells are not loose paragraphs:\n{md}"
    );
    let html = gongwen_export::html::to_string(&doc, &Default::default());
    assert!(
        html.contains("<tr><td>1</td><td>制定方案</td><td>办公室</td></tr>"),
        "{html}"
    );
    let json = gongwen_export::json::to_string(&doc, &Default::default()).unwrap();
    let back: gongwen_model::Document = serde_json::from_str(&json).unwrap();
    assert_eq!(back, doc, "JSON reads back");
    let pretty = gongwen_export::json::to_string(
        &doc,
        &gongwen_export::json::Options::default().with_pretty(true),
    )
    .unwrap();
    let a: serde_json::Value = serde_json::from_str(&json).unwrap();
    let b: serde_json::Value = serde_json::from_str(&pretty).unwrap();
    assert_eq!(a, b, "compact and pretty agree");
    let options = gongwen_export::chunks::Options::default().with_min_chars(0);
    let chunks = gongwen_export::chunks::chunks(&doc, &options);
    let with_table = chunks
        .iter()
        .find(|c| c.text.contains("制定方案"))
        .expect("a chunk holds the table");
    assert_eq!(
        with_table.heading_path.last().map(String::as_str),
        Some("一、任务分工")
    );

    // DOCX: real tables, which read back as the same tables.
    let out = docx_bytes(&doc);
    let again = read(&out).unwrap();
    assert_eq!(again.tables.len(), 2);
    let shape = |t: &gongwen_docx::DocxTable| -> Vec<Vec<(u32, VMerge)>> {
        t.rows
            .iter()
            .map(|r| r.cells.iter().map(|c| (c.grid_span, c.v_merge)).collect())
            .collect()
    };
    assert_eq!(
        shape(&again.tables[1]),
        vec![
            vec![(1, VMerge::None), (1, VMerge::None)],
            vec![(1, VMerge::Restart), (1, VMerge::None)],
            vec![(1, VMerge::Continue), (1, VMerge::None)],
        ]
    );
    let cells: Vec<&str> = again.tables[0].rows[1]
        .cells
        .iter()
        .map(|c| again.paragraphs[c.paragraphs.start].text.as_str())
        .collect();
    assert_eq!(cells, vec!["1", "制定方案", "办公室"]);
}

#[test]
fn notes_become_note_nodes_under_the_text_citing_them() {
    use gongwen_model::{NodeKind, NoteKind};
    let document = format!(
        r#"<w:document xmlns:w="{W}"><w:body>
        <w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>
        <w:p><w:r><w:t>全体干部要提高认识</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>，截至年底完成</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r></w:p>
        <w:p><w:r><w:t>二、主要任务</w:t></w:r></w:p>
        </w:body></w:document>"#
    );
    let bytes = raw_package(
        &document,
        &[
            ("footnotes.xml", "footnotes", FOOTNOTES),
            ("endnotes.xml", "endnotes", ENDNOTES),
        ],
    );
    let doc = gongwen_docx::parse(&bytes).unwrap();
    assert_eq!(
        doc.reassemble().as_deref(),
        Some(doc.source.as_ref()),
        "lossless"
    );
    let notes: Vec<(usize, NoteKind, u32, &str)> = doc
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| match &n.kind {
            NodeKind::Note(note) => Some((i, note.kind, note.label, note.text.as_ref())),
            _ => None,
        })
        .collect();
    assert_eq!(notes.len(), 2);
    assert_eq!(
        (notes[0].1, notes[0].2, notes[0].3),
        (NoteKind::Footnote, 1, "见《关于加强学习的意见》。")
    );
    assert_eq!(
        (notes[1].1, notes[1].2, notes[1].3),
        (NoteKind::Endnote, 1, "数据截至2025年底。")
    );
    let citing = doc.nodes[notes[0].0].parent.expect("a parent");
    assert_eq!(
        doc.nodes[citing.index()]
            .as_paragraph()
            .map(|p| p.text.as_ref()),
        Some("全体干部要提高认识，截至年底完成。")
    );
    assert_eq!(
        outline(&bytes),
        "1\theading\t1\t一、\t总体要求\n3\theading\t1\t二、\t主要任务\n"
    );

    let md = gongwen_export::markdown::to_string(&doc, &Default::default());
    assert!(
        md.contains("全体干部要提高认识[^1]，截至年底完成[^e1]。\n\n[^1]: 见《关于加强学习的意见》。\n\n[^e1]: 数据截至2025年底。\n"),
        "{md}"
    );
    let html = gongwen_export::html::to_string(&doc, &Default::default());
    assert!(
        html.contains(
            r##"提高认识<sup class="noteref"><a id="ref-fn1" href="#fn1">1</a></sup>，"##
        ),
        "{html}"
    );
    assert!(
        html.contains(r##"<li id="fn1" value="1">见《关于加强学习的意见》。 <a class="backref" href="#ref-fn1">↩</a></li>"##),
        "{html}"
    );
    let json = gongwen_export::json::to_string(&doc, &Default::default()).unwrap();
    let back: gongwen_model::Document = serde_json::from_str(&json).unwrap();
    assert_eq!(back, doc, "JSON reads back");
    // Chunks keep each note with the text citing it, as values and as JSON Lines.
    let chunks = gongwen_export::chunks::chunks(&doc, &Default::default());
    let with: Vec<_> = chunks
        .iter()
        .filter(|c| !c.notes.is_empty())
        .map(|c| {
            (
                c.text.contains("全体干部要提高认识"),
                c.notes.iter().map(|n| n.label).collect::<Vec<_>>(),
            )
        })
        .collect();
    assert_eq!(with, vec![(true, vec![1, 1])], "{chunks:?}");
    let jsonl = gongwen_export::chunks::to_string(&doc, &Default::default()).unwrap();
    for (line, c) in jsonl.lines().zip(&chunks) {
        assert_eq!(
            line,
            serde_json::to_string(c).unwrap(),
            "the writer matches serde"
        );
    }
    assert!(
        jsonl.contains(
            r#""notes":[{"kind":"footnote","label":1,"text":"见《关于加强学习的意见》。"}"#
        ),
        "{jsonl}"
    );
    // DOCX: real footnotes and endnotes, which read back as notes.
    let again = read(&docx_bytes(&doc)).unwrap();
    let notes: Vec<_> = again
        .notes
        .iter()
        .map(|n| (n.kind, n.id.as_deref(), n.text()))
        .collect();
    assert_eq!(
        notes,
        vec![
            (
                StoryKind::Footnote,
                Some("1"),
                " 见《关于加强学习的意见》。".to_string()
            ),
            (
                StoryKind::Endnote,
                Some("1"),
                " 数据截至2025年底。".to_string()
            ),
        ]
    );
    let p = again
        .paragraphs
        .iter()
        .find(|p| !p.notes.is_empty())
        .expect("the citing paragraph");
    assert_eq!(&p.text[..p.notes[0].offset], "全体干部要提高认识");
    let reparsed = gongwen_docx::parse(&docx_bytes(&doc)).unwrap();
    let count = |d: &gongwen_model::Document<'_>| {
        d.nodes
            .iter()
            .filter(|n| matches!(n.kind, NodeKind::Note(_)))
            .count()
    };
    assert_eq!(count(&reparsed), 2, "the notes survive a round trip");
}

/// Every entry of a zip: name, compression and stored bytes, in order.
fn entries(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("an entry");
            let mut v = Vec::new();
            f.read_to_end(&mut v).expect("readable");
            (f.name().expect("a name").to_string(), v)
        })
        .collect()
}

#[test]
fn fmt_fixes_typed_markers_in_their_runs_and_leaves_every_other_entry() {
    use gongwen_docx::format;
    // A typed gap (三、 after 一、), a marker split over two runs (（ + 三）),
    // and an automatic number whose list definition starts at 3 (reported).
    let numbering = NUMBERING.replace(
        "</w:numbering>",
        r#"<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#,
    );
    let body = [
        paragraph("一、总体要求", None, None),
        paragraph("（一）提高认识", None, None),
        r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>（</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>三）</w:t></w:r><w:r><w:t>加强领导</w:t></w:r></w:p>"#.to_string(),
        paragraph("三、主要任务", None, None),
        paragraph("工作要求", Some((1, 0)), None),
        paragraph("保障措施", Some((3, 0)), None),
    ]
    .concat();
    let bytes = package(&body, None, Some(&numbering));
    let before = read(&bytes).unwrap().text();
    assert_eq!(
        before,
        "一、总体要求\n（一）提高认识\n（三）加强领导\n三、主要任务\n一、工作要求\n三、保障措施\n"
    );
    let f = format(&bytes, &Default::default()).unwrap();
    assert!(f.changed);
    let after = read(&f.output).unwrap().text();
    assert!(
        after.starts_with("一、总体要求\n（一）提高认识\n（二）加强领导\n二、主要任务\n"),
        "{after}"
    );
    assert!(
        !f.unfixable.is_empty(),
        "an automatic number is reported: {f:?}"
    );
    assert!(
        f.unfixable
            .iter()
            .all(|u| u.reason.contains("automatic number")),
        "{f:?}"
    );
    // Every other entry unchanged, in the same order.
    let (a, b) = (entries(&bytes), entries(&f.output));
    assert_eq!(
        a.iter().map(|e| &e.0).collect::<Vec<_>>(),
        b.iter().map(|e| &e.0).collect::<Vec<_>>()
    );
    for ((name, x), (_, y)) in a.iter().zip(&b) {
        if name != "word/document.xml" {
            assert_eq!(x, y, "{name} unchanged");
        }
    }
    // In document.xml only the text nodes of the markers changed.
    let doc_of = |e: &[(String, Vec<u8>)]| {
        String::from_utf8(
            e.iter()
                .find(|e| e.0 == "word/document.xml")
                .unwrap()
                .1
                .clone(),
        )
        .unwrap()
    };
    let (x, y) = (doc_of(&a), doc_of(&b));
    assert_eq!(
        y,
        x.replacen("<w:t>（</w:t>", "<w:t>（二）</w:t>", 1)
            .replacen("<w:t>三）</w:t>", "<w:t></w:t>", 1)
            .replacen(">三、主要任务<", ">二、主要任务<", 1)
    );
    // Nothing to fix: the input itself.
    let clean = format(&f.output, &Default::default()).unwrap();
    assert!(!clean.changed);
    assert_eq!(clean.output, f.output);
}

#[test]
fn fmt_fixes_an_automatic_gap_through_the_start_override_only() {
    use gongwen_docx::format;
    let numbering = NUMBERING.replace(
        "</w:numbering>",
        r#"<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>"#,
    );
    let body = [
        paragraph("总体要求", Some((1, 0)), None),
        paragraph("主要任务", Some((2, 0)), None),
        paragraph("工作要求", Some((2, 0)), None),
    ]
    .concat();
    let bytes = package(&body, None, Some(&numbering));
    assert_eq!(
        read(&bytes).unwrap().text(),
        "一、总体要求\n三、主要任务\n四、工作要求\n"
    );
    let f = format(&bytes, &Default::default()).unwrap();
    assert!(f.changed && f.unfixable.is_empty(), "{:?}", f.unfixable);
    assert_eq!(
        read(&f.output).unwrap().text(),
        "一、总体要求\n二、主要任务\n三、工作要求\n"
    );
    let (a, b) = (entries(&bytes), entries(&f.output));
    for ((name, x), (_, y)) in a.iter().zip(&b) {
        if name == "word/numbering.xml" {
            let (x, y) = (String::from_utf8_lossy(x), String::from_utf8_lossy(y));
            assert_eq!(
                y,
                x.replace(
                    r#"<w:startOverride w:val="3"/>"#,
                    r#"<w:startOverride w:val="2"/>"#
                )
            );
        } else {
            assert_eq!(x, y, "{name} unchanged (document.xml included)");
        }
    }
}

#[test]
fn a_note_cited_many_times_becomes_one_note_node() {
    let marks = r#"<w:r><w:footnoteReference w:id="1"/></w:r>"#.repeat(1000);
    let document = format!(
        r#"<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>正文</w:t></w:r>{marks}</w:p></w:body></w:document>"#
    );
    let bytes = raw_package(&document, &[("footnotes.xml", "footnotes", FOOTNOTES)]);
    assert_eq!(read(&bytes).unwrap().paragraphs[0].notes.len(), 1000);
    let doc = gongwen_docx::parse(&bytes).unwrap();
    let notes = doc
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, gongwen_model::NodeKind::Note(_)))
        .count();
    assert_eq!(notes, 1, "the note's text is kept once");
}
