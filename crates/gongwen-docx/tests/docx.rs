//! .docx fixtures built in the test: typed and automatic numbers, restarts,
//! overrides, headings by formatting, built-in and Chinese custom styles,
//! and malformed packages.

#![allow(clippy::expect_used)] // test helpers

use gongwen_docx::testing::{package, paragraph, zip, NUMBERING};
use gongwen_docx::{read, DocxError};

/// The outline contract rows of a .docx.
fn outline(bytes: &[u8]) -> String {
    let doc = gongwen_docx::parse(bytes).expect("a readable .docx");
    gongwen_export::outline::to_tsv(&doc)
}

/// The outline contract rows of the same content as text.
fn text_outline(text: &str) -> String {
    gongwen_export::outline::to_tsv(&gongwen_parse::parse(text))
}

fn numbering(levels: &str, nums: &str) -> String {
    format!(
        r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{levels}{nums}</w:numbering>"#
    )
}

const TEXT: &str = "关于加强学习的通知\n一、总体要求\n（一）提高认识\n全体干部要提高认识。\n（二）加强领导\n二、主要任务\n（一）学习理论\n1.原文\n2.原著\n";

#[test]
fn typed_numbers_read_as_written() {
    let body: String = TEXT.lines().map(|l| paragraph(l, None, None)).collect();
    let bytes = package(&body, None, None);
    assert_eq!(
        read(&bytes).unwrap().text(),
        TEXT,
        "typed numbers are plain text"
    );
    assert_eq!(
        outline(&bytes),
        text_outline(TEXT),
        "should outline as the text does"
    );
}

#[test]
fn automatic_gbt_numbering_renders_as_word_shows_it() {
    let bytes = gongwen_docx::testing::docx(&[
        ("关于加强学习的通知", None),
        ("总体要求", Some((1, 0))),
        ("提高认识", Some((1, 1))),
        ("全体干部要提高认识。", None),
        ("加强领导", Some((1, 1))),
        ("主要任务", Some((1, 0))),
        ("学习理论", Some((1, 1))),
        ("原文", Some((1, 2))),
        ("原著", Some((1, 2))),
    ]);
    let doc = read(&bytes).unwrap();
    assert_eq!(
        doc.text(),
        TEXT,
        "chineseCounting %1、, （%2）, decimal %3. with restarts under each 一、"
    );
    assert_eq!(doc.paragraphs[1].number.as_deref(), Some("一、"));
    assert_eq!(doc.paragraphs[3].number, None, "body text has no number");
    assert_eq!(outline(&bytes), text_outline(TEXT));
}

#[test]
fn a_typed_number_is_not_doubled() {
    let bytes = gongwen_docx::testing::docx(&[
        ("一、总体要求", Some((1, 0))),
        ("二、 主要任务", Some((1, 0))),
        ("（一）学习", Some((1, 1))),
    ]);
    let doc = read(&bytes).unwrap();
    assert_eq!(
        doc.text(),
        "一、总体要求\n二、 主要任务\n（一）学习\n",
        "a number typed after the automatic one is shown once"
    );
    assert!(doc.paragraphs.iter().all(|p| p.number.is_none()));
}

#[test]
fn suffixes_start_values_and_multilevel_text() {
    let levels = r#"<w:abstractNum w:abstractNumId="7">
      <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:suff w:val="space"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="（%3）"/><w:suff w:val="nothing"/></w:lvl>
    </w:abstractNum>"#;
    let nums = r#"<w:num w:numId="4"><w:abstractNumId w:val="7"/></w:num>"#;
    let body = [
        paragraph("甲", Some((4, 0)), None),
        paragraph("乙", Some((4, 1)), None),
        paragraph("丙", Some((4, 1)), None),
        paragraph("丁", Some((4, 2)), None),
        paragraph("戊", Some((4, 0)), None),
        paragraph("己", Some((4, 1)), None),
    ]
    .concat();
    let bytes = package(&body, None, Some(&numbering(levels, nums)));
    assert_eq!(
        read(&bytes).unwrap().text(),
        "3.甲\n3.1 乙\n3.2 丙\n（１）丁\n4.戊\n4.1 己\n",
        "start 3, the default tab suffix not kept as text after a delimiter, %1.%2 levels, full-width digits"
    );
}

#[test]
fn restart_by_a_new_instance_with_start_override() {
    // Two documents pasted together: the second list is a new instance of
    // the same abstract numbering that restarts at 1.
    let nums = r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>"#;
    let levels = NUMBERING
        .split("<w:abstractNum ")
        .nth(1)
        .and_then(|s| s.split("</w:abstractNum>").next())
        .map(|s| format!("<w:abstractNum {s}</w:abstractNum>"))
        .unwrap();
    let body = [
        paragraph("甲", Some((1, 0)), None),
        paragraph("乙", Some((1, 0)), None),
        paragraph("丙", Some((2, 0)), None),
        paragraph("丁", Some((2, 0)), None),
        paragraph("戊", Some((3, 0)), None),
        paragraph("无编号", Some((0, 0)), None),
    ]
    .concat();
    let bytes = package(&body, None, Some(&numbering(&levels, nums)));
    assert_eq!(
        read(&bytes).unwrap().text(),
        "一、甲\n二、乙\n一、丙\n二、丁\n三、戊\n无编号\n",
        "startOverride restarts; an instance without override continues; numId 0 removes numbering"
    );
}

#[test]
fn lvl_restart_and_formats() {
    let levels = r#"<w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="第%1章"/><w:suff w:val="space"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="第%2条"/><w:suff w:val="space"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%3"/><w:suff w:val="nothing"/></w:lvl>
    </w:abstractNum>"#;
    let nums = r#"<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>"#;
    let body = [
        paragraph("总则", Some((1, 0)), None),
        paragraph("为了规范管理，制定本办法。", Some((1, 1)), None),
        paragraph("一项", Some((1, 2)), None),
        paragraph("二项", Some((1, 2)), None),
        paragraph("管理", Some((1, 0)), None),
        paragraph("本办法适用于全市。", Some((1, 1)), None),
    ]
    .concat();
    let bytes = package(&body, None, Some(&numbering(levels, nums)));
    let text = read(&bytes).unwrap().text();
    assert_eq!(
        text,
        "第一章 总则\n第一条 为了规范管理，制定本办法。\n①一项\n②二项\n第二章 管理\n第二条 本办法适用于全市。\n",
        "articles count through chapters (lvlRestart 0)"
    );
    assert_eq!(outline(&bytes), text_outline(&text));
}

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="gw1"><w:name w:val="公文一级标题"/><w:basedOn w:val="a"/>
  <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="gw2"><w:name w:val="公文二级标题"/><w:basedOn w:val="a"/>
  <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
</w:styles>"#;

#[test]
fn headings_by_formatting_builtin_styles_and_chinese_styles_parse_alike() {
    let text = "一、总体要求\n（一）提高认识\n全体干部要提高认识。\n二、主要任务\n";
    // Direct formatting only: bold, 三号黑体.
    let bold = |t: &str| {
        format!(
            r#"<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="32"/></w:rPr><w:t>{t}</w:t></w:r></w:p>"#
        )
    };
    let direct = [
        bold("一、总体要求"),
        bold("（一）提高认识"),
        paragraph("全体干部要提高认识。", None, None),
        bold("二、主要任务"),
    ]
    .concat();
    // Built-in Heading 1 / Heading 2 styles, numbers typed.
    let builtin = [
        paragraph("一、总体要求", None, Some("1")),
        paragraph("（一）提高认识", None, Some("2")),
        paragraph("全体干部要提高认识。", None, None),
        paragraph("二、主要任务", None, Some("1")),
    ]
    .concat();
    // Chinese-named custom styles with outline levels and style-linked numbering.
    let custom = [
        paragraph("总体要求", None, Some("gw1")),
        paragraph("提高认识", None, Some("gw2")),
        paragraph("全体干部要提高认识。", None, None),
        paragraph("主要任务", None, Some("gw1")),
    ]
    .concat();
    let want = text_outline(text);
    assert!(want.contains("heading\t2\t（一）"), "{want}");
    for (what, body) in [("direct", direct), ("builtin", builtin), ("custom", custom)] {
        let bytes = package(&body, Some(STYLES), Some(NUMBERING));
        let doc = read(&bytes).unwrap();
        assert_eq!(doc.text(), text, "{what}: the text as Word shows it");
        assert_eq!(outline(&bytes), want, "{what}: the same tree as the text");
        if what != "direct" {
            assert_eq!(doc.paragraphs[0].outline_level, Some(0), "{what}: level 1");
            assert_eq!(doc.paragraphs[1].outline_level, Some(1), "{what}: level 2");
        }
        assert_eq!(doc.paragraphs[2].outline_level, None, "{what}: body text");
    }
    let custom = read(&package(
        &paragraph("总体要求", None, Some("gw1")),
        Some(STYLES),
        Some(NUMBERING),
    ))
    .unwrap();
    assert_eq!(
        custom.paragraphs[0].style_name.as_deref(),
        Some("公文一级标题")
    );
}

#[test]
fn tables_breaks_revisions_and_hidden_text() {
    let body = r#"<w:p><w:r><w:t>标题</w:t></w:r><w:r><w:br/><w:t>续</w:t></w:r></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>单元格一</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>单元格二</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      <w:p><w:ins><w:r><w:t>新增</w:t></w:r></w:ins><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t xml:space="preserve"> A&amp;B &#x4E00;</w:t></w:r></w:p>
      <w:p/>"#;
    let doc = read(&package(body, None, None)).unwrap();
    assert_eq!(
        doc.text(),
        "标题 续\n单元格一\n单元格二\n新增 A&B 一\n\n",
        "one line per paragraph: breaks become spaces, cells are paragraphs, deletions and hidden runs are left out"
    );
}

#[test]
fn errors_name_the_fault() {
    let e = read(b"\xff\xfe not a zip").unwrap_err();
    assert!(matches!(e, DocxError::NotZip { .. }), "{e}");

    let no_doc = zip(&[("word/styles.xml", "<w:styles/>")]).unwrap();
    let e = read(&no_doc).unwrap_err();
    assert!(matches!(e, DocxError::MissingDocument), "{e}");
    assert!(e.to_string().contains("word/document.xml"), "{e}");

    let bad = zip(&[(
        "word/document.xml",
        "<w:document><w:body><w:p></w:body></w:document>",
    )])
    .unwrap();
    match read(&bad).unwrap_err() {
        DocxError::Xml { part, offset, .. } => {
            assert_eq!(part, "word/document.xml");
            assert!(
                offset > 0 && offset < 60,
                "the offset points into the part: {offset}"
            );
        }
        other => panic!("expected an XML error, got {other}"),
    }

    let bad_numbering = package("<w:p/>", None, Some("<w:numbering><w:num></w:numbering>"));
    let e = read(&bad_numbering).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("word/numbering.xml: malformed XML at byte"),
        "{e}"
    );
}

#[test]
fn no_panic_on_truncated_packages() {
    let full = gongwen_docx::testing::docx(&[("总体要求", Some((1, 0)))]);
    for cut in (0..full.len()).step_by(7) {
        let _ = read(&full[..cut]);
    }
}

#[test]
fn levels_linked_to_styles_and_numbering_style_links() {
    // Word's multilevel lists linked to heading styles: the style names
    // only the instance; the level is the one whose w:pStyle is the style.
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:style w:type="paragraph" w:styleId="h1"><w:name w:val="一级标题"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="h2"><w:name w:val="二级标题"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
      <w:style w:type="numbering" w:styleId="gwlist"><w:name w:val="公文列表"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
    </w:styles>"#;
    let levels = r#"<w:abstractNum w:abstractNumId="3">
        <w:styleLink w:val="gwlist"/>
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="h1"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="h2"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="4"><w:numStyleLink w:val="gwlist"/></w:abstractNum>"#;
    let nums = r#"<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="4"/></w:num>"#;
    let body = [
        paragraph("总体要求", None, Some("h1")),
        paragraph("提高认识", None, Some("h2")),
        paragraph("加强领导", None, Some("h2")),
        paragraph("主要任务", Some((6, 0)), None),
        paragraph("学习理论", Some((6, 1)), None),
    ]
    .concat();
    let bytes = package(&body, Some(styles), Some(&numbering(levels, nums)));
    assert_eq!(
        read(&bytes).unwrap().text(),
        "一、总体要求\n（一）提高认识\n（二）加强领导\n二、主要任务\n（一）学习理论\n",
        "style-linked levels; an instance of a numStyleLink abstract shares the linked list's counters"
    );
}

#[test]
fn export_then_import_keeps_the_outline() {
    let doc = gongwen_parse::parse(TEXT);
    let bytes = gongwen_export::docx::to_vec(&doc, &Default::default()).unwrap();
    let back = gongwen_docx::parse(&bytes).unwrap();
    let rows = |d: &gongwen_model::Document<'_>| -> Vec<String> {
        d.outline()
            .map(|r| format!("{} {:?} {} {}", r.kind.as_str(), r.depth, r.marker, r.title))
            .collect()
    };
    assert_eq!(
        rows(&back),
        rows(&doc),
        "the GB/T 9704 .docx reads back to the same outline"
    );
}

#[test]
fn heading_styles_without_numbers_are_headings_with_empty_markers() {
    // Spec convention 14: Heading 1-3 with no number, what the navigation pane shows.
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 3"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
</w:styles>"#;
    let body = [
        paragraph("员工手册", None, Some("Title")),
        paragraph("总则", None, Some("1")),
        paragraph("适用范围", None, Some("2")),
        paragraph("本手册适用于全体员工。", None, None),
        paragraph("术语", None, Some("3")),
        paragraph("1.员工：与公司签订劳动合同的人员。", None, None),
        paragraph("考勤管理", None, Some("1")),
        paragraph("工作时间", None, Some("2")),
    ]
    .concat();
    let bytes = package(&body, Some(styles), None);
    assert_eq!(
        outline(&bytes),
        "1\ttitle\t0\t\t员工手册\n2\theading\t1\t\t总则\n3\theading\t2\t\t适用范围\n5\theading\t3\t\t术语\n6\theading\t4\t1.\t员工：与公司签订劳动合同的人员\n7\theading\t1\t\t考勤管理\n8\theading\t2\t\t工作时间\n"
    );
    // A heading-styled first paragraph, alone at its level, is the title.
    let news = [
        paragraph(
            "中共中央国务院印发《国家突发事件总体应急预案》",
            None,
            Some("1"),
        ),
        paragraph("1　总则", None, None),
        paragraph("1.1　总体要求", None, None),
    ]
    .concat();
    let rows = outline(&package(&news, Some(styles), None));
    assert!(
        rows.starts_with("1\ttitle\t0\t\t中共中央国务院印发"),
        "{rows}"
    );
    // Still the title where annexed pieces after an annex label set their
    // own titles in that style (a contract's 附件 7 工程质量保修书).
    let contract = [
        paragraph("某某生产线 EPC 总承包合同", None, Some("1")),
        paragraph("第一部分 协议书", None, Some("2")),
        paragraph("1 工程概况", None, Some("3")),
        paragraph("附件 7 工程质量保修书（格式）", None, None),
        paragraph("工程质量保修书", None, Some("1")),
        paragraph("1 保修范围", None, Some("3")),
    ]
    .concat();
    // A section label in that style is a heading, not the title.
    let handbook = [
        paragraph("前言", None, Some("2")),
        paragraph("欢迎加入公司。", None, None),
        paragraph("第一章 公司简介", None, Some("1")),
    ]
    .concat();
    let rows = outline(&package(&handbook, Some(styles), None));
    assert!(rows.starts_with("1\theading\t"), "{rows}");
    let rows = outline(&package(&contract, Some(styles), None));
    assert!(
        rows.starts_with(
            "1\ttitle\t0\t\t某某生产线 EPC 总承包合同\n2\theading\t1\t第一部分\t协议书\n"
        ),
        "{rows}"
    );
}

/// Spec conventions 14 and 15: a report that opens straight into Word's
/// 目录 (entries in the `toc 1` / `toc 2` styles, no 目录 header) has its
/// title below them, the centred paragraph in the largest type; the first
/// entry is no title.
#[test]
fn a_table_of_contents_before_the_title_is_passed() {
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="T1"><w:name w:val="toc 1"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="T2"><w:name w:val="toc 2"/><w:basedOn w:val="a"/></w:style>
</w:styles>"#;
    let body = [
        paragraph("1引言\t1", None, Some("T1")),
        paragraph("1.1编写目的\t1", None, Some("T2")),
        paragraph("2可行性研究的前提\t2", None, Some("T1")),
        r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="44"/></w:rPr><w:t>可行性研究报告</w:t></w:r></w:p>"#.to_string(),
        paragraph("1引言", None, None),
        paragraph("1.1编写目的", None, None),
        paragraph("本报告论证项目的可行性。", None, None),
        paragraph("2可行性研究的前提", None, None),
    ]
    .concat();
    let rows = outline(&package(&body, Some(styles), None));
    assert!(
        rows.starts_with("1\ttoc\t-\t\t1引言 1\n2\ttoc\t-\t\t1.1编写目的 1\n3\ttoc\t-\t\t2可行性研究的前提 2\n4\ttitle\t0\t\t可行性研究报告\n"),
        "{rows}"
    );
}

#[test]
fn the_title_is_the_centred_paragraph_in_the_largest_type() {
    // Spec convention 14: a tender's cover, the project's name in 18 pt over
    // `招标文件` in 42 pt; the body in 16 pt, its default size from the style.
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:sz w:val="32"/></w:rPr></w:style>
</w:styles>"#;
    let sized = |text: &str, size: u32| {
        format!(
            r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="{size}"/></w:rPr><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let body = [
        sized("2026年某某外墙标识制作、安装项目", 36),
        sized("招标文件", 84),
        sized("（精简版）", 48),
        paragraph("第一章 招标公告", None, None),
        paragraph("本项目已具备招标条件，现进行公开招标。", None, None),
        paragraph("第二章 投标人须知", None, None),
    ]
    .concat();
    let doc = gongwen_docx::read(&package(&body, Some(styles), None)).expect("readable");
    let sizes: Vec<_> = doc.paragraphs.iter().map(|p| p.size).collect();
    assert_eq!(
        sizes,
        [Some(36), Some(84), Some(48), Some(32), Some(32), Some(32)],
        "run sizes, else the style's"
    );
    let rows = outline(&package(&body, Some(styles), None));
    assert!(rows.starts_with("2\ttitle\t0\t\t招标文件\n"), "{rows}");
    // Centring and size from the paragraph style (`Cover Title`): a title
    // set over two paragraphs, the second holding a part's number.
    let cover = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CoverTitle"><w:name w:val="Cover Title"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="52"/></w:rPr></w:style>
</w:styles>"#;
    let body = [
        paragraph("应急预案编号：XXZYT-YA-001", None, None),
        paragraph("核电厂定期安全评价", None, Some("CoverTitle")),
        paragraph("第12部分：设计", None, Some("CoverTitle")),
        paragraph("1 范围", None, None),
        paragraph("本文件规定了设计评价的要求。", None, None),
        paragraph("2 术语", None, None),
    ]
    .concat();
    let docx = gongwen_docx::read(&package(&body, Some(cover), None)).expect("readable");
    assert!(
        docx.paragraphs[1].centered && docx.paragraphs[2].centered,
        "centred by style"
    );
    let rows = outline(&package(&body, Some(cover), None));
    assert!(
        rows.starts_with(
            "2\ttitle\t0\t\t核电厂定期安全评价第12部分：设计\n4\theading\t1\t1\t范围\n"
        ),
        "{rows}"
    );
    // Without sizes the project's name above stays the title.
    let plain = body.replace(
        r#"<w:rPr><w:sz w:val="84"/></w:rPr>"#,
        r#"<w:rPr><w:sz w:val="36"/></w:rPr>"#,
    );
    let rows = outline(&package(&plain, Some(styles), None));
    assert!(!rows.starts_with("2\ttitle"), "{rows}");
}

#[test]
fn table_cells_are_never_headings() {
    // Spec convention 14: a 前附表 whose cells hold `1.` items.
    let cell = |t: &str| format!("<w:tc>{}</w:tc>", paragraph(t, None, None));
    let body = format!(
        "{}{}<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>{}",
        paragraph("某项目竞争性磋商采购文件", None, None),
        paragraph("一、采购须知", None, None),
        cell("条款"),
        cell("1.本项目采购单价控制价：12.55元/条"),
        cell("协商"),
        cell("2.地点：同响应文件递交地点"),
        paragraph("二、适用范围", None, None),
    );
    let bytes = package(&body, None, None);
    let doc = read(&bytes).unwrap();
    assert!(doc.paragraphs[3].in_table && !doc.paragraphs[1].in_table);
    assert_eq!(
        outline(&bytes),
        "1\ttitle\t0\t\t某项目竞争性磋商采购文件\n2\theading\t1\t一、\t采购须知\n7\theading\t1\t二、\t适用范围\n"
    );
}

#[test]
fn the_title_style_and_a_cover_page() {
    // The Title style names the title even below cover field lines.
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>"#;
    let body = format!(
        "{}{}{}{}{}",
        paragraph("项目编号：XH-2026-CS02", None, None),
        paragraph("项目名称：元数据维护服务", None, None),
        paragraph("工作方案", None, Some("Title")),
        paragraph("编制单位：某某有限公司", None, None),
        paragraph("一、总体要求", None, None),
    );
    let bytes = package(&body, Some(styles), None);
    assert_eq!(
        outline(&bytes),
        "3\ttitle\t0\t\t工作方案\n5\theading\t1\t一、\t总体要求\n"
    );
    // Without the style, the cover's field lines are still never the title.
    let plain = "项目编号：XH-2026-CS02\n项目名称：元数据维护服务\n\n竞争性磋商采购文件\n\n中国·四川\n编  制 单 位：某某有限公司\n二○二六年五月\n目 录\n第一章 采购邀请\t1\n";
    let rows = text_outline(plain);
    assert!(
        rows.starts_with("4\ttitle\t0\t\t竞争性磋商采购文件\n"),
        "{rows}"
    );
}

/// Spec convention 14: a controlled document's cover set as a table — the
/// company's name, the system's name and the document's title in cells in
/// large type — over a revision record's caption outside the table. The
/// title is the cell that names the document's genre, not the company
/// (largest) or the caption (the only large line outside a table).
#[test]
fn a_cover_set_as_a_table_gives_the_title_that_names_the_genre() {
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
</w:styles>"#;
    let sized = |text: &str, size: u32| {
        format!(
            r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="{size}"/></w:rPr><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let cell = |p: String| format!("<w:tr><w:tc>{p}</w:tc></w:tr>");
    let body = [
        "<w:tbl>".to_string(),
        cell(sized("某某核电有限公司", 36)),
        cell(sized("全 面 管 理 体 系 文 件", 32)),
        cell(sized("编码", 24)),
        cell(sized("电厂管理巡视规定", 32)),
        cell(sized("内部工作文件", 32)),
        "</w:tbl>".to_string(),
        sized("修 改 记 录", 28),
        paragraph("1.0 目的", None, None),
        paragraph("规范管理巡视工作，发现并纠正问题。", None, None),
        paragraph("2.0 范围", None, None),
        paragraph("本规定适用于电厂各部门的管理巡视工作。", None, None),
    ]
    .concat();
    let rows = outline(&package(&body, Some(styles), None));
    assert_eq!(
        rows,
        "4\ttitle\t0\t\t电厂管理巡视规定\n7\theading\t1\t1.0\t目的\n9\theading\t1\t2.0\t范围\n",
        "{rows}"
    );
}

/// Spec convention 14: where a heading style's level holds numbered
/// headings of two families (a plan's `一、` parts and its `1` sections both
/// in Heading 1), an unnumbered paragraph in that style (a 签署页 page's
/// heading) stands beside the higher family's headings, not over them.
#[test]
fn an_unnumbered_heading_stands_beside_the_highest_numbered_family_of_its_style() {
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
</w:styles>"#;
    let body = [
        paragraph("某酒店生产安全事故应急预案", None, Some("Title")),
        paragraph("应急预案执行部门签署页", None, Some("1")),
        paragraph("总经理签署。", None, None),
        paragraph("一、综合应急预案", None, Some("1")),
        paragraph("1 总则", None, Some("1")),
        paragraph("1.1 适用范围", None, Some("2")),
        paragraph("本预案适用于酒店。", None, None),
        paragraph("二、专项应急预案", None, Some("1")),
    ]
    .concat();
    let rows = outline(&package(&body, Some(styles), None));
    assert_eq!(
        rows,
        "1\ttitle\t0\t\t某酒店生产安全事故应急预案\n2\theading\t1\t\t应急预案执行部门签署页\n4\theading\t1\t一、\t综合应急预案\n5\theading\t2\t1\t总则\n6\theading\t3\t1.1\t适用范围\n8\theading\t1\t二、\t专项应急预案\n",
        "{rows}"
    );
}

/// Spec convention 14: an empty paragraph of an automatic list shows only
/// its number (`1` over `1.1 交货地点…`, a contract template's clause
/// heads): a heading with an empty title, never a page number.
#[test]
fn an_empty_automatically_numbered_paragraph_is_a_heading_with_an_empty_title() {
    let levels = r#"<w:abstractNum w:abstractNumId="7">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:suff w:val="nothing"/></w:lvl>
    </w:abstractNum>"#;
    let nums = r#"<w:num w:numId="4"><w:abstractNumId w:val="7"/></w:num>"#;
    let body = [
        paragraph("设备采购合同", None, None),
        paragraph("", Some((4, 0)), None),
        paragraph("1.1 交货地点：甲方指定地点。", None, None),
        paragraph("1.2 交货时间：以甲方通知为准。", None, None),
        paragraph("", Some((4, 0)), None),
        paragraph("2.1 运输方式为汽运。", None, None),
        paragraph("", Some((4, 0)), None),
        paragraph("3.1 乙方提供质保。", None, None),
        paragraph("", Some((4, 0)), None),
        paragraph("乙方负责培训。", None, None),
    ]
    .concat();
    let bytes = package(&body, None, Some(&numbering(levels, nums)));
    assert_eq!(read(&bytes).unwrap().text().lines().nth(1), Some("1"));
    assert_eq!(
        outline(&bytes),
        "1\ttitle\t0\t\t设备采购合同\n2\theading\t1\t1\t\n3\theading\t2\t1.1\t交货地点：甲方指定地点\n4\theading\t2\t1.2\t交货时间：以甲方通知为准\n5\theading\t1\t2\t\n6\theading\t2\t2.1\t运输方式为汽运\n7\theading\t1\t3\t\n8\theading\t2\t3.1\t乙方提供质保\n9\theading\t1\t4\t\n",
        "the paragraph below an empty numbered one is not its title"
    );
}

/// Spec convention 14: an empty paragraph left at the end of an automatic
/// list whose items hold their text (`4. …` / `5.`, a stray number) is a
/// heading with an empty title: the part title below it is not its text.
#[test]
fn a_stray_number_at_the_end_of_an_automatic_list_has_an_empty_title() {
    let levels = r#"<w:abstractNum w:abstractNumId="3">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    </w:abstractNum>"#;
    let nums = r#"<w:num w:numId="2"><w:abstractNumId w:val="3"/></w:num>"#;
    let body = [
        paragraph("2018年度工作总结", None, None),
        paragraph("存在的不足有以下几点：", None, None),
        paragraph("工作中容易急躁。", Some((2, 0)), None),
        paragraph("处理问题的思路简单。", Some((2, 0)), None),
        paragraph("", Some((2, 0)), None),
        paragraph("2019年度工作计划", None, None),
        paragraph("新的一年，我将继续努力。", None, None),
    ]
    .concat();
    let bytes = package(&body, None, Some(&numbering(levels, nums)));
    assert_eq!(read(&bytes).unwrap().text().lines().nth(4), Some("3."));
    assert_eq!(
        outline(&bytes),
        "1\ttitle\t0\t\t2018年度工作总结\n3\theading\t1\t1.\t工作中容易急躁\n4\theading\t1\t2.\t处理问题的思路简单\n5\theading\t1\t3.\t\n",
        "the paragraph below a stray number is not its title"
    );
}

/// A centred paragraph in type of half-point size `sz`.
fn centred(t: &str, sz: u32) -> String {
    format!(
        r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="{sz}"/></w:rPr><w:t>{t}</w:t></w:r></w:p>"#
    )
}

/// Spec conventions 1 and 14: a cover's project name over its genre in
/// larger type, a blank paragraph between, is one title at the first line.
#[test]
fn a_cover_project_name_over_its_genre_is_one_title() {
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
</w:styles>"#;
    let body = [
        centred("生产指挥调度系统1.0", 40),
        paragraph("", None, None),
        centred("开题报告", 48),
        centred("某工程有限公司", 28),
        paragraph("一、立项依据", None, None),
        paragraph(
            "公司要想提高生产经营管理水平，构建系统势在必行。",
            None,
            None,
        ),
    ]
    .concat();
    assert_eq!(
        outline(&package(&body, Some(styles), None)),
        "1\ttitle\t0\t\t生产指挥调度系统1.0开题报告\n5\theading\t1\t一、\t立项依据\n"
    );
}

/// A type size near `u32::MAX` (a hostile `w:sz`) compares without
/// overflow: no panic, and the cover title rule still reads the sizes.
#[test]
fn a_huge_type_size_on_a_cover_does_not_overflow() {
    let body = [
        centred("生产指挥调度系统1.0", 2_000_000_000),
        paragraph("", None, None),
        centred("开题报告", u32::MAX),
        paragraph("一、立项依据", None, None),
        paragraph(
            "公司要想提高生产经营管理水平，构建系统势在必行。",
            None,
            None,
        ),
    ]
    .concat();
    let rows = outline(&package(&body, None, None));
    assert!(rows.contains("\theading\t1\t一、\t立项依据\n"), "{rows}");
}

/// Spec convention 14: a cover's field line in an outline level does not
/// hide the cover title below it; and two headings of one family in the
/// same heading style are siblings though the second restarts at 1 (a list
/// broken by copy and paste).
#[test]
fn a_cover_field_in_an_outline_level_and_a_restart_in_one_style() {
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
</w:styles>"#;
    let body = [
        paragraph("应急预案编号：XXZYT-YA-001", None, Some("1")),
        r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="52"/></w:rPr><w:t>某酒店生产安全事故应急预案</w:t></w:r></w:p>"#.to_string(),
        paragraph("1 事故风险描述", None, Some("1")),
        paragraph("本酒店存在火灾风险。", None, None),
        paragraph("（1）火灾风险较高。", None, None),
        paragraph("1 应急工作职责", None, Some("1")),
        paragraph("值班经理为组长。", None, None),
        paragraph("2 应急处置", None, Some("1")),
    ]
    .concat();
    let rows = outline(&package(&body, Some(styles), None));
    assert_eq!(
        rows,
        "1\theading\t1\t\t应急预案编号：XXZYT-YA-001\n2\ttitle\t0\t\t某酒店生产安全事故应急预案\n3\theading\t1\t1\t事故风险描述\n5\theading\t2\t（1）\t火灾风险较高\n6\theading\t1\t1\t应急工作职责\n8\theading\t1\t2\t应急处置\n",
        "{rows}"
    );
}

/// Spec convention 14: a caption style carrying an outline level no
/// numbered heading uses (level 5 under `1` / `1.1` in Heading 1 and 2)
/// nests under the deepest numbered level above it, not at the top.
#[test]
fn an_outline_level_without_numbered_headings_nests_below_the_levels_above() {
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Cap"><w:name w:val="题注"/><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="4"/></w:pPr></w:style>
</w:styles>"#;
    let body = [
        paragraph("酒店风险评估报告", None, Some("Title")),
        paragraph("1 危险源辨识", None, Some("1")),
        paragraph("1.1 火灾风险", None, Some("2")),
        paragraph("表1 风险清单", None, Some("Cap")),
        paragraph("1.2 触电风险", None, Some("2")),
        paragraph("2 风险评价", None, Some("1")),
    ]
    .concat();
    let rows = outline(&package(&body, Some(styles), None));
    assert_eq!(
        rows,
        "1\ttitle\t0\t\t酒店风险评估报告\n2\theading\t1\t1\t危险源辨识\n3\theading\t2\t1.1\t火灾风险\n4\theading\t3\t\t表1 风险清单\n5\theading\t2\t1.2\t触电风险\n6\theading\t1\t2\t风险评价\n",
        "{rows}"
    );
}

#[test]
fn a_heading_styled_toc_header_over_entries_typed_with_leaders_heads_them() {
    // A 目录 typed by hand (leaders and page numbers, no TOC style) under a
    // header set in a heading style: the header is the heading its style
    // makes it (spec convention 14, as over Word's own TOC field), the
    // entries are toc rows (convention 15); the body's headings follow.
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
</w:styles>"#;
    let body = [
        paragraph("英语写作教师反馈机制的探究", None, Some("Title")),
        paragraph("目录页", None, Some("1")),
        paragraph("一、引言…………………………1", None, None),
        paragraph("二、文献综述……………………2", None, None),
        paragraph("一、引言", None, None),
        paragraph("英语写作是语言学习的重要组成部分。", None, None),
        paragraph("二、文献综述", None, None),
        paragraph("已有研究表明反馈十分重要。", None, None),
    ]
    .concat();
    let rows = outline(&package(&body, Some(styles), None));
    assert_eq!(
        rows,
        "1\ttitle\t0\t\t英语写作教师反馈机制的探究\n2\theading\t1\t\t目录页\n3\ttoc\t-\t\t一、引言…………………………1\n4\ttoc\t-\t\t二、文献综述……………………2\n5\theading\t1\t一、\t引言\n7\theading\t1\t二、\t文献综述\n"
    );
}

/// Word's default list of three levels (`1.` / `a)` / `i.`), its level
/// indented `left` twips.
fn list(id: u32, first_fmt: &str, first_text: &str, left: u32) -> String {
    format!(
        r#"<w:abstractNum w:abstractNumId="{id}">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{first_fmt}"/><w:lvlText w:val="{first_text}"/><w:pPr><w:ind w:left="{left}" w:hanging="420"/></w:pPr></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:pPr><w:ind w:left="{}" w:hanging="420"/></w:pPr></w:lvl>
    </w:abstractNum>"#,
        left + 420
    )
}

#[test]
fn a_new_list_set_at_the_depth_of_an_open_item_is_beside_it() {
    // `2.` then a separate a)–b) list indented deeper, a label, then a new
    // `1.` list (a third instance) set back at the first list's indent.
    let levels = [
        list(1, "decimal", "%1.", 840),
        list(2, "lowerLetter", "%1)", 1260),
        list(3, "decimal", "%1.", 780),
    ]
    .concat();
    let nums = r#"<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>"#;
    let body = [
        paragraph("开发规范", None, None),
        paragraph("一、最佳实践", None, None),
        paragraph("命名规则", Some((1, 0)), None),
        paragraph("包结构：", Some((1, 0)), None),
        paragraph("models包存放数据类", Some((2, 0)), None),
        paragraph("views包存放自定义视图", Some((2, 0)), None),
        paragraph("性能相关：", None, None),
        paragraph("不要执行不必要的代码", Some((3, 0)), None),
        paragraph("避免创建短命的临时对象", Some((3, 0)), None),
    ]
    .concat();
    let bytes = package(&body, None, Some(&numbering(&levels, nums)));
    let rows = outline(&bytes);
    let depths: Vec<(&str, &str)> = rows
        .lines()
        .map(|r| {
            let c: Vec<&str> = r.split('\t').collect();
            (c[3], c[2])
        })
        .collect();
    assert_eq!(
        depths,
        [
            ("", "0"),
            ("一、", "1"),
            ("1.", "2"),
            ("2.", "2"),
            ("a)", "3"),
            ("b)", "3"),
            ("1.", "2"),
            ("2.", "2"),
        ],
        "{rows}"
    );
    // The same lists all set at one indent: the new list nests as text
    // would have it (inside the deepest open item).
    let flat = [
        list(1, "decimal", "%1.", 840),
        list(2, "lowerLetter", "%1)", 840),
        list(3, "decimal", "%1.", 840),
    ]
    .concat();
    let bytes = package(&body, None, Some(&numbering(&flat, nums)));
    let text = read(&bytes).unwrap().text();
    assert_eq!(outline(&bytes), text_outline(&text));
}

#[test]
fn a_cover_title_set_vertically_and_chapters_in_the_title_style() {
    // An agency's template: the project's name and the genre set a
    // character a paragraph, in one large type, on the cover; every 第X章
    // in the Title style (a heading set in that style, not the title).
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="T"><w:name w:val="Title"/><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr></w:style>
</w:styles>"#;
    let mut body = vec![
        paragraph("采购编号：SCIT-2026-01", None, None),
        centred("某医院外事出访保障服务采购项目", 52),
        "<w:p/>".to_string(),
    ];
    body.extend(
        "竞争性磋商文件"
            .chars()
            .map(|c| centred(&c.to_string(), 52)),
    );
    body.extend([
        centred("某医院", 32),
        paragraph("第一章  磋商邀请", None, Some("T")),
        paragraph("一、项目名称：外事出访保障服务。", None, None),
        paragraph("第二章  磋商须知", None, Some("T")),
        paragraph("一、总则：本文件适用于本项目。", None, None),
    ]);
    let bytes = package(&body.concat(), Some(styles), None);
    let rows = outline(&bytes);
    assert!(
        rows.starts_with("2\ttitle\t0\t\t某医院外事出访保障服务采购项目竞争性磋商文件\n"),
        "{rows}"
    );
    assert!(rows.contains("\theading\t1\t第一章\t磋商邀请\n"), "{rows}");
    assert!(rows.contains("\theading\t1\t第二章\t磋商须知\n"), "{rows}");
}

#[test]
fn indents_at_the_ends_of_the_integer_range_are_read_without_overflow() {
    // A new `1.` list (a third instance) after `1.` / `a)`, every indent at
    // an end of the range the file may state.
    let levels = [
        list(1, "decimal", "%1.", 0),
        list(2, "lowerLetter", "%1)", 0),
        list(3, "decimal", "%1.", 0),
    ]
    .concat();
    let nums = r#"<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>"#;
    let p = |t: &str, num: u32, left: &str| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr><w:ind w:left="{left}"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"#
        )
    };
    for (a, b) in [("2147483647", "-2147483648"), ("-2147483648", "2147483647")] {
        let body = [
            p("一项", 1, a),
            p("子项", 2, b),
            p("又一子项", 2, b),
            p("新列", 3, a),
        ]
        .concat();
        let bytes = package(&body, None, Some(&numbering(&levels, nums)));
        assert!(outline(&bytes).contains("新列"));
    }
}

#[test]
fn a_standard_s_name_over_its_chapters_and_a_typed_table_of_contents() {
    // GB/T 1.1 as an agency's template sets it: the 目次 in a heading style
    // over entries typed by hand (front matter paged in Roman numerals, an
    // annex's entry with its page); the standard's name repeated over 1 范围
    // in a heading style one level above the chapters'.
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="T"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="h1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="h2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
</w:styles>"#;
    let body = [
        paragraph("核电厂定期安全评价", None, Some("T")),
        paragraph("第6部分：实际状态", None, Some("T")),
        paragraph("目\u{2003}\u{2003}次", None, Some("h1")),
        paragraph("前\u{2003}\u{2003}言 III", None, None),
        paragraph("1 范围 1", None, None),
        paragraph("2 规范性引用文件 1", None, None),
        paragraph("3 术语和定义 2", None, None),
        paragraph("4 总则 2", None, None),
        paragraph(
            "附\u{3000}录\u{3000}A （资料性附录） 评价流程图 9",
            None,
            None,
        ),
        paragraph("前\u{2003}\u{2003}言", None, Some("h1")),
        paragraph("本部分按照GB/T 1.1—2020给出的规则起草。", None, None),
        paragraph("核电厂定期安全评价 第6部分：实际状态", None, Some("h1")),
        paragraph("1 范围", None, Some("h2")),
        paragraph("本部分规定了评价的要求。", None, None),
        paragraph("2 规范性引用文件", None, Some("h2")),
    ]
    .concat();
    let bytes = package(&body, Some(styles), None);
    let rows = outline(&bytes);
    let kinds: Vec<String> = rows
        .lines()
        .map(|r| {
            let c: Vec<&str> = r.split('\t').collect();
            format!("{} {} {} {}", c[0], c[1], c[2], c[3])
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "1 title 0 ",
            "3 heading 1 ",
            "4 toc - ",
            "5 toc - ",
            "6 toc - ",
            "7 toc - ",
            "8 toc - ",
            "9 toc - ",
            "10 heading 1 ",
            "12 heading 1 ",
            "13 heading 1 1",
            "15 heading 1 2",
        ],
        "{rows}"
    );
}

#[test]
fn an_empty_automatically_numbered_paragraph_without_siblings_is_a_heading() {
    // Spec convention 14: Word shows only its number, `1.1`; the rule that
    // drops a number alone on its line outside a run of siblings (a table's
    // cells in PDF text) leaves it alone.
    let levels = r#"<w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:suff w:val="space"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:suff w:val="space"/></w:lvl>
    </w:abstractNum>"#;
    let nums = r#"<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>"#;
    let body = [
        paragraph("设备采购合同", None, None),
        paragraph("总则", Some((4, 0)), None),
        paragraph("", Some((4, 1)), None),
        paragraph("甲方应按约定支付货款。", None, None),
        paragraph("附则", Some((4, 0)), None),
    ]
    .concat();
    let rows = outline(&package(&body, None, Some(&numbering(levels, nums))));
    assert!(rows.contains("3\theading\t2\t1.1\t\n"), "{rows}");
}
