//! DOCX: a Word document laid out after GB/T 9704-2012 (党政机关公文格式).
//!
//! * A4 paper; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
//! * Title (and each article title of a compilation): 二号 (22 pt)
//!   方正小标宋简体, centred.
//! * Headings by level: 1 三号 黑体, 2 三号 楷体_GB2312, 3 and deeper 三号
//!   仿宋_GB2312; real Word heading styles (`heading 1` …) with outline levels
//!   and keep-with-next, so Word's navigation pane and TOC field see them.
//! * Body: 三号 (16 pt) 仿宋_GB2312, first line indented two characters,
//!   exact line spacing on a line grid of 22 lines, and character spacing
//!   tightened by 0.25 pt so a line holds 28 characters.
//! * A run-in heading (`（一）标题。正文…`) stays one paragraph: the heading
//!   sentence in the heading's font, the rest in the body font; the paragraph
//!   carries the outline level.
//! * Page numbers `— N —` in 四号 (14 pt) 宋体 at the bottom, right on odd
//!   pages and left on even pages (different odd and even footers).
//! * The GB/T 9704 elements, when given ([`write_with_elements`], found by
//!   `gongwen_parse::elements`), placed as §7 says: 份号, 密级 and 紧急程度
//!   in 黑体 flush left; the 发文机关标志 in red 小标宋, centred, with the
//!   red separator line under the 版头; the 发文字号 centred (left, with
//!   the 签发人 right, for a 上行文); the title centred; the 主送 flush left;
//!   the 附件说明 hanging so wrapped names align; the 发文机关署名 and
//!   成文日期 after §7.3.5 (the date 右空四字 with a seal, the default; with
//!   [`Options::no_seal`] the signature 右空二字 and the date two
//!   characters right of it); the 附注 左空二字; each annex on a new page,
//!   its label in 黑体 top left and its title centred in 小标宋 on the
//!   third line; the 抄送 and 印发 lines in 四号 仿宋 between the 版记's
//!   rules (first and last 0.35 mm, middle 0.25 mm).
//!
//! ```
//! let doc = gongwen_parse::parse("关于加强学习的通知\n一、总体要求\n");
//! let bytes = gongwen_export::docx::to_vec(&doc, &Default::default()).unwrap();
//! assert!(bytes.starts_with(b"PK\x03\x04"));
//! ```

use crate::escape::markup as esc;
use crate::gbt::{Layout, Para, Place};
use crate::{walk, ExportError};
use gongwen_model::{Document, Element, FurnitureRole, Node, NodeKind};
use std::io::{Cursor, Seek, Write};
use zip::write::SimpleFileOptions;

/// How to write DOCX.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Also write web-page chrome and citation headers (skipped by default).
    pub include_chrome: bool,
    /// Lay the 发文机关署名 and 成文日期 out for a document without a seal
    /// (GB/T 9704 §7.3.5.2: the signature 右空二字, the date under it two
    /// characters further right) instead of with one (§7.3.5.1: the date
    /// 右空四字, the signature centred over it).
    ///
    /// ```
    /// let o = gongwen_export::docx::Options::default().with_no_seal(true);
    /// assert!(!o.include_chrome);
    /// ```
    pub no_seal: bool,
}

option_builders! {
    docx:
    with_include_chrome(include_chrome: bool = true) "keep web-page chrome",
    with_no_seal(no_seal: bool = true) "lay out the signature for a document without a seal",
}

/// Page and type measures, in twentieths of a point (twips) unless named otherwise.
pub mod layout {
    /// A4 width (210 mm).
    pub const PAGE_WIDTH: u32 = 11906;
    /// A4 height (297 mm).
    pub const PAGE_HEIGHT: u32 = 16838;
    /// Top margin, 37 mm.
    pub const MARGIN_TOP: u32 = 2098;
    /// Bottom margin, 35 mm.
    pub const MARGIN_BOTTOM: u32 = 1984;
    /// Left margin, 28 mm.
    pub const MARGIN_LEFT: u32 = 1587;
    /// Right margin, 26 mm.
    pub const MARGIN_RIGHT: u32 = 1474;
    /// Distance of the footer from the page edge: the page-number line sits
    /// 7 mm below the text block.
    pub const FOOTER: u32 = 1304;
    /// Exact line pitch: the 225 mm text block holds 22 lines.
    pub const LINE_PITCH: u32 = 579;
    /// Character spacing (twentieths of a point) so 28 三号 characters fit
    /// the 156 mm line: 28 × (16 − 0.25) pt = 441 pt ≤ 442.2 pt, and 29 do not.
    /// (A character grid would do the same in Word, but LibreOffice lays a
    /// 16 pt character over two cells of a narrower grid.)
    pub const CHAR_SPACING: i32 = -5;
    /// 二号 (22 pt) in half-points.
    pub const SIZE_ERHAO: u32 = 44;
    /// 三号 (16 pt) in half-points.
    pub const SIZE_SANHAO: u32 = 32;
    /// 四号 (14 pt) in half-points.
    pub const SIZE_SIHAO: u32 = 28;
    /// Title font.
    pub const FONT_TITLE: &str = "方正小标宋简体";
    /// Level-1 heading font.
    pub const FONT_HEITI: &str = "黑体";
    /// Level-2 heading font.
    pub const FONT_KAITI: &str = "楷体_GB2312";
    /// Body and level-3/4 heading font.
    pub const FONT_FANGSONG: &str = "仿宋_GB2312";
    /// Page-number font.
    pub const FONT_SONGTI: &str = "宋体";
    /// The width of the text block: the page less its side margins.
    pub const TEXT_WIDTH: u32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /// One character of the body type (三号, 16 pt), for the 空N字 of GB/T 9704.
    pub const CHAR: u32 = 320;
    /// One character of the 版记's type (四号, 14 pt).
    pub const CHAR_SIHAO: u32 = 280;
    /// The red of the 发文机关标志 and its separator line.
    pub const RED: &str = "FF0000";
    /// The 版记's first and last rules, 0.35 mm, in eighths of a point.
    pub const RULE_THICK: u32 = 8;
    /// The 版记's middle rules, 0.25 mm, in eighths of a point.
    pub const RULE_THIN: u32 = 6;
    /// Each font with the name Word and WPS fall back to where it is not
    /// installed (`w:altName` in `word/fontTable.xml`): the fonts Windows
    /// ships for each kind of face.
    pub const FONT_ALTERNATES: [(&str, &str); 5] = [
        (FONT_TITLE, "华文中宋"),
        (FONT_HEITI, "SimHei"),
        (FONT_KAITI, "楷体"),
        (FONT_FANGSONG, "仿宋"),
        (FONT_SONGTI, "SimSun"),
    ];
}

/// fontconfig aliases that give each GB/T 9704 font name a free font of its
/// kind on Linux (Noto Serif/Sans CJK SC, AR PL UKai and UMing,
/// cwTeXFangSong), so LibreOffice shows the title, headings and body in
/// different faces; copy it to `~/.config/fontconfig/conf.d/`.
///
/// ```
/// assert!(gongwen_export::docx::FONTCONFIG.contains("<family>仿宋_GB2312</family>"));
/// ```
pub const FONTCONFIG: &str = include_str!("fontconfig.conf");

use layout::*;

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Writes the document as DOCX into a seekable writer (a file or a `Cursor`).
///
/// ```
/// let doc = gongwen_parse::parse("一、总则\n");
/// let mut out = std::io::Cursor::new(Vec::new());
/// gongwen_export::docx::write(&doc, &mut out, &Default::default()).unwrap();
/// assert!(out.into_inner().len() > 1000);
/// ```
pub fn write<W: Write + Seek>(
    doc: &Document<'_>,
    out: W,
    options: &Options,
) -> Result<(), ExportError> {
    write_with_elements(doc, &[], out, options)
}

/// [`write()`], placing the document's GB/T 9704 elements (版头, 主送, 落款,
/// 附注, 附件说明, 版记) as the standard does; `elements` are those
/// `gongwen_parse::elements::recognise` finds in `doc`.
///
/// ```
/// let doc = gongwen_parse::parse("XX市人民政府文件\nX政发〔2026〕3号\n关于做好春节期间工作的通知\n");
/// let found = gongwen_parse::elements::recognise(&doc);
/// let mut out = std::io::Cursor::new(Vec::new());
/// gongwen_export::docx::write_with_elements(&doc, &found, &mut out, &Default::default()).unwrap();
/// assert!(out.into_inner().starts_with(b"PK"));
/// ```
pub fn write_with_elements<W: Write + Seek>(
    doc: &Document<'_>,
    elements: &[Element<'_>],
    out: W,
    options: &Options,
) -> Result<(), ExportError> {
    let layout = Layout::new(doc, elements, !options.no_seal);
    let mut zip = zip::ZipWriter::new(out);
    let opts = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let title = doc.title().unwrap_or("");
    let (document, notes) = document_xml(doc, options, &layout)?;
    let mut types = CONTENT_TYPES.to_string();
    let mut rels = DOCUMENT_RELS.to_string();
    let mut note_parts: Vec<(&str, Vec<u8>)> = Vec::new();
    for (kind, part, root, item) in [
        (
            gongwen_model::NoteKind::Footnote,
            "footnotes",
            "footnotes",
            "footnote",
        ),
        (
            gongwen_model::NoteKind::Endnote,
            "endnotes",
            "endnotes",
            "endnote",
        ),
    ] {
        let these: Vec<&(gongwen_model::NoteKind, u32, String)> =
            notes.iter().filter(|n| n.0 == kind).collect();
        if these.is_empty() {
            continue;
        }
        // Each kind of note in a part of its own, named in the content
        // types and the document's relationships.
        types = types.replace(
            "</Types>",
            &format!("<Override PartName=\"/word/{part}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.{part}+xml\"/></Types>"),
        );
        rels = rels.replace(
            "</Relationships>",
            &format!("<Relationship Id=\"rId{part}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{part}\" Target=\"{part}.xml\"/></Relationships>"),
        );
        note_parts.push((
            if part == "footnotes" {
                "word/footnotes.xml"
            } else {
                "word/endnotes.xml"
            },
            notes_xml(root, item, &these)?,
        ));
    }
    let mut parts: Vec<(&str, Vec<u8>)> = vec![
        ("[Content_Types].xml", types.into_bytes()),
        ("_rels/.rels", ROOT_RELS.as_bytes().to_vec()),
        ("docProps/core.xml", core_xml(title)),
        ("docProps/app.xml", APP_XML.as_bytes().to_vec()),
        ("word/_rels/document.xml.rels", rels.into_bytes()),
        ("word/document.xml", document),
        ("word/styles.xml", styles_xml().into_bytes()),
        ("word/settings.xml", SETTINGS_XML.as_bytes().to_vec()),
        ("word/footer1.xml", footer_xml("right").into_bytes()),
        ("word/footer2.xml", footer_xml("left").into_bytes()),
        ("word/fontTable.xml", font_table().into_bytes()),
    ];
    parts.extend(note_parts);
    for (name, bytes) in parts {
        zip.start_file(name, opts)?;
        zip.write_all(&bytes)?;
    }
    zip.finish()?;
    Ok(())
}

/// The document as DOCX bytes.
///
/// ```
/// let doc = gongwen_parse::parse("一、总则\n");
/// let bytes = gongwen_export::docx::to_vec(&doc, &Default::default()).unwrap();
/// assert!(bytes.starts_with(b"PK"));
/// ```
pub fn to_vec(doc: &Document<'_>, options: &Options) -> Result<Vec<u8>, ExportError> {
    to_vec_with_elements(doc, &[], options)
}

/// The document as DOCX bytes, its GB/T 9704 elements placed
/// ([`write_with_elements`]).
///
/// ```
/// let doc = gongwen_parse::parse("关于开展检查的通知\n各有关单位：\n");
/// let found = gongwen_parse::elements::recognise(&doc);
/// let bytes = gongwen_export::docx::to_vec_with_elements(&doc, &found, &Default::default()).unwrap();
/// assert!(bytes.starts_with(b"PK"));
/// ```
pub fn to_vec_with_elements(
    doc: &Document<'_>,
    elements: &[Element<'_>],
    options: &Options,
) -> Result<Vec<u8>, ExportError> {
    let mut out = Cursor::new(Vec::with_capacity(doc.source.len() / 2 + 8192));
    write_with_elements(doc, elements, &mut out, options)?;
    Ok(out.into_inner())
}

/// The paragraph style of a heading of `level` (1-based, headings only).
fn heading_style(level: u32) -> &'static str {
    match level {
        0 | 1 => "Heading1",
        2 => "Heading2",
        3 => "Heading3",
        _ => "Heading4",
    }
}

/// A note written as a real Word note: its kind, id and text.
type WordNote = (gongwen_model::NoteKind, u32, String);

/// `word/document.xml`: one paragraph per node, each GB/T 9704 element in
/// its place; and the notes whose reference marks it holds, for
/// `word/footnotes.xml` and `word/endnotes.xml`.
fn document_xml(
    doc: &Document<'_>,
    options: &Options,
    layout: &Layout<'_>,
) -> std::io::Result<(Vec<u8>, Vec<WordNote>)> {
    let mut notes: Vec<WordNote> = Vec::new();
    let mut out: Vec<u8> = Vec::with_capacity(doc.source.len() * 2 + 4096);
    write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>"
    )?;
    let mut levels = walk::Levels::default();
    let mut skip = usize::MAX;
    // A table's cells are written with the table: its children are skipped.
    let mut skip_to = 0;
    for (i, node) in doc.nodes.iter().enumerate() {
        if i < skip_to {
            continue;
        }
        let level = levels.visit(i, node);
        if i == skip || (!options.include_chrome && walk::is_chrome(node)) {
            continue;
        }
        let outline = node.depth.saturating_sub(1).min(8);
        if let Some(paras) = layout.at(i) {
            for para in paras {
                let text = para.text.unwrap_or_else(|| walk::node_text(doc, node));
                placed(&mut out, text, *para, layout, i)?;
            }
            continue;
        }
        match &node.kind {
            NodeKind::Title { text } => para(&mut out, "Title", None, text)?,
            NodeKind::DeclaredCount { .. } => {
                para(&mut out, "Subtitle", None, walk::source_text(doc, node))?;
            }
            NodeKind::TocHeader => {
                para(&mut out, "TocHeading", None, walk::source_text(doc, node))?
            }
            NodeKind::TocEntry { text } => {
                para(&mut out, "TocEntry", None, text)?;
                // An empty paragraph closes the 目录, as a blank line does in text.
                if !doc
                    .nodes
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.kind, NodeKind::TocEntry { .. }))
                {
                    out.extend_from_slice(b"<w:p/>");
                }
            }
            NodeKind::Byline { text } => para(&mut out, "Byline", None, text)?,
            NodeKind::Article { title, .. } => {
                para(&mut out, "ArticleTitle", Some(outline), title)?
            }
            NodeKind::Annex(a) => {
                out.extend_from_slice(b"<w:p><w:pPr><w:pStyle w:val=\"AnnexHeading\"/>");
                write!(out, "<w:outlineLvl w:val=\"{outline}\"/></w:pPr>")?;
                // `附件1` stands alone top left, the annex title is centred
                // on the third line, as GB/T 9704 lays an annex out, also
                // where the source wrote them on one line.
                run(&mut out, None, &a.marker)?;
                out.extend_from_slice(b"</w:p>");
                if !a.title.is_empty() {
                    para(&mut out, "AnnexTitle", None, &a.title)?;
                }
            }
            NodeKind::Heading(_) => {
                let style = heading_style(level);
                let tail = walk::heading_tail(doc, node);
                if let Some(body) = walk::run_in_body(doc, i) {
                    skip = i + 1;
                    out.extend_from_slice(b"<w:p><w:pPr><w:pStyle w:val=\"RunIn\"/>");
                    write!(out, "<w:outlineLvl w:val=\"{outline}\"/></w:pPr>")?;
                    label_run(&mut out, Some(style), node, tail)?;
                    if let NodeKind::Paragraph(p) = &body.kind {
                        run(&mut out, None, &p.text)?;
                    }
                    out.extend_from_slice(b"</w:p>");
                } else {
                    write!(out, "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/><w:outlineLvl w:val=\"{outline}\"/></w:pPr>")?;
                    label_run(&mut out, None, node, tail)?;
                    out.extend_from_slice(b"</w:p>");
                }
            }
            NodeKind::Paragraph(p) => {
                let cited = crate::tables::notes_of(doc, i);
                if cited.is_empty() {
                    para(&mut out, "Normal", None, &p.text)?;
                } else {
                    // Real Word notes: a reference mark where each is cited.
                    out.extend_from_slice(b"<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>");
                    for (text, note) in crate::tables::split_at_notes(doc, node, &p.text, &cited) {
                        if !text.is_empty() {
                            run(&mut out, None, text)?;
                        }
                        if let Some(n) = note {
                            let (item, style) = if n.kind.is_footnote() {
                                ("footnote", "Footnote")
                            } else {
                                ("endnote", "Endnote")
                            };
                            write!(
                                out,
                                "<w:r><w:rPr><w:rStyle w:val=\"{style}Reference\"/></w:rPr><w:{item}Reference w:id=\"{}\"/></w:r>",
                                n.label
                            )?;
                            notes.push((n.kind, n.label, n.text.to_string()));
                        }
                    }
                    out.extend_from_slice(b"</w:p>");
                }
            }
            NodeKind::Table(t) => {
                table(&mut out, doc, t)?;
                skip_to = node.end.index();
                // Notes cited in cells follow the table as note paragraphs.
                for n in doc.nodes.get(i + 1..skip_to).unwrap_or(&[]) {
                    if let NodeKind::Note(note) = &n.kind {
                        note_para(&mut out, note)?;
                    }
                }
            }
            NodeKind::Note(n) => {
                // A note whose mark was written is in the notes part; any
                // other (cited by a heading) follows its citing paragraph.
                if !notes.iter().any(|w| w.0 == n.kind && w.1 == n.label) {
                    note_para(&mut out, n)?;
                }
            }
            NodeKind::Furniture { role, text } => {
                let style = match role {
                    FurnitureRole::Subtitle | FurnitureRole::DocumentNumber => "Subtitle",
                    FurnitureRole::Date | FurnitureRole::Author => "Signature",
                    FurnitureRole::Addressee => "Addressee",
                    FurnitureRole::Chrome | FurnitureRole::Citation => "Note",
                    _ => "Normal",
                };
                para(&mut out, style, None, text)?;
            }
            // A kind added to the model later: its own source text.
            _ => para(
                &mut out,
                "Normal",
                None,
                doc.source.get(node.span.range()).unwrap_or("").trim(),
            )?,
        }
    }
    write!(
        out,
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/><w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>\
<w:pgSz w:w=\"{PAGE_WIDTH}\" w:h=\"{PAGE_HEIGHT}\"/>\
<w:pgMar w:top=\"{MARGIN_TOP}\" w:right=\"{MARGIN_RIGHT}\" w:bottom=\"{MARGIN_BOTTOM}\" w:left=\"{MARGIN_LEFT}\" w:header=\"851\" w:footer=\"{FOOTER}\" w:gutter=\"0\"/>\
<w:docGrid w:type=\"lines\" w:linePitch=\"{LINE_PITCH}\"/></w:sectPr></w:body></w:document>"
    )?;
    Ok((out, notes))
}

/// `word/footnotes.xml` or `word/endnotes.xml`: Word's two separator notes,
/// then each note with its reference mark and text.
fn notes_xml(root: &str, item: &str, notes: &[&WordNote]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(256 + notes.iter().map(|n| n.2.len() + 256).sum::<usize>());
    let style = if item == "footnote" {
        "Footnote"
    } else {
        "Endnote"
    };
    write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:{root} xmlns:w=\"{W_NS}\">\
<w:{item} w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{item}>\
<w:{item} w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{item}>"
    )?;
    for (_, id, text) in notes {
        write!(
            out,
            "<w:{item} w:id=\"{id}\"><w:p><w:pPr><w:pStyle w:val=\"{style}Text\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"{style}Reference\"/></w:rPr><w:{item}Ref/></w:r>"
        )?;
        run(&mut out, None, &format!(" {}", text.trim()))?;
        write!(out, "</w:p></w:{item}>")?;
    }
    write!(out, "</w:{root}>")?;
    Ok(out)
}

/// A paragraph placed as its GB/T 9704 element is ([`Place`]): the node's
/// text `text` in the element's style, indents and rules.
fn placed(
    out: &mut Vec<u8>,
    text: &str,
    para: Para<'_>,
    layout: &Layout<'_>,
    i: usize,
) -> std::io::Result<()> {
    let place = para.place;
    let twips = |chars: f32| (chars.max(0.0) * CHAR as f32).round() as u32;
    let style = match place {
        Place::HeadField => "HeadField",
        Place::IssuerMark => "IssuerMark",
        Place::DocNumber | Place::DocNumberAndSigner(..) => "DocNumber",
        Place::Title => "Title",
        Place::Addressee => "Addressee",
        Place::AttachmentNote(..) => "AttachmentNote",
        Place::Signature(_) | Place::Date(_) => "Signature",
        Place::Remark => "Remark",
        Place::Cc | Place::Printer(..) => "Record",
        Place::Plain => "Normal",
    };
    write!(out, "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>")?;
    // Rules: the red line under the 版头, the 版记's lines above and below.
    let rule = |side: &str, size: u32, color: &str| {
        format!("<w:{side} w:val=\"single\" w:sz=\"{size}\" w:space=\"4\" w:color=\"{color}\"/>")
    };
    let mut borders = String::new();
    if layout.record_first == Some(i) {
        borders.push_str(&rule("top", RULE_THICK, "000000"));
    }
    if layout.rule_after == Some((i, para.line)) {
        borders.push_str(&rule("bottom", 12, RED));
    } else if layout.record_last == Some(i) {
        borders.push_str(&rule("bottom", RULE_THICK, "000000"));
    } else if matches!(place, Place::Cc | Place::Printer(..)) {
        borders.push_str(&rule("bottom", RULE_THIN, "000000"));
    }
    if !borders.is_empty() {
        write!(out, "<w:pBdr>{borders}</w:pBdr>")?;
    }
    match place {
        Place::DocNumberAndSigner(..) => write!(
            out,
            "<w:tabs><w:tab w:val=\"right\" w:pos=\"{}\"/></w:tabs><w:ind w:left=\"{CHAR}\" w:right=\"{CHAR}\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>",
            TEXT_WIDTH - CHAR
        )?,
        Place::Printer(..) => write!(
            out,
            "<w:tabs><w:tab w:val=\"right\" w:pos=\"{}\"/></w:tabs>",
            TEXT_WIDTH - CHAR_SIHAO
        )?,
        Place::AttachmentNote(first, number) => {
            // `附件：` starts two characters in; wrapped lines align with the
            // first character of the name, after its number.
            let (left, hanging) = if first {
                (2.0 + 3.0 + number, 3.0 + number)
            } else {
                (5.0 + number, number)
            };
            write!(
                out,
                "<w:ind w:left=\"{}\" w:hanging=\"{}\" w:firstLineChars=\"0\"/>",
                twips(left),
                twips(hanging)
            )?
        }
        Place::Signature(right) | Place::Date(right) => write!(
            out,
            "<w:ind w:right=\"{}\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>",
            twips(right)
        )?,
        _ => {}
    }
    out.extend_from_slice(b"</w:pPr>");
    match place {
        Place::DocNumberAndSigner(number, rest) => {
            run(out, None, number)?;
            out.extend_from_slice(b"<w:r><w:tab/></w:r>");
            // 签发人 in 仿宋, the names in 楷体 (§7.2.6).
            // The label with its colon, then the names.
            let cut = rest.find(['：', ':']).map_or(rest.len(), |at| {
                at + rest[at..].chars().next().map_or(0, char::len_utf8)
            });
            let (label, names) = rest.split_at(cut);
            run(out, None, label)?;
            if !names.is_empty() {
                run(out, Some("Kaiti"), names)?;
            }
        }
        Place::Printer(organ, date) => {
            run(out, None, organ)?;
            out.extend_from_slice(b"<w:r><w:tab/></w:r>");
            run(out, None, date)?;
        }
        _ => run(out, None, text)?,
    }
    out.extend_from_slice(b"</w:p>");
    Ok(())
}

/// A paragraph of one run.
fn para(out: &mut Vec<u8>, style: &str, outline: Option<u32>, text: &str) -> std::io::Result<()> {
    write!(out, "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>")?;
    if let Some(o) = outline {
        write!(out, "<w:outlineLvl w:val=\"{o}\"/>")?;
    }
    out.extend_from_slice(b"</w:pPr>");
    run(out, None, text)?;
    out.extend_from_slice(b"</w:p>");
    Ok(())
}

/// A real Word table: single borders, the first row repeated as a header
/// row on each page, merged cells as `w:gridSpan` and `w:vMerge`.
fn table(
    out: &mut Vec<u8>,
    doc: &gongwen_model::Document<'_>,
    t: &gongwen_model::Table,
) -> std::io::Result<()> {
    let grid = crate::tables::grid(t);
    let columns = grid
        .iter()
        .map(|r| {
            r.iter()
                .map(|s| match s {
                    crate::tables::Slot::Start(c) => c.col_span.clamp(1, 64),
                    crate::tables::Slot::Covered(n) => (*n).max(1),
                })
                .sum::<u32>()
        })
        .max()
        .unwrap_or(1)
        .max(1);
    out.extend_from_slice(b"<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        write!(
            out,
            "<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        )?;
    }
    out.extend_from_slice(
        b"</w:tblBorders><w:tblLook w:val=\"04A0\" w:firstRow=\"1\"/></w:tblPr><w:tblGrid>",
    );
    let width = (PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / columns;
    for _ in 0..columns {
        write!(out, "<w:gridCol w:w=\"{width}\"/>")?;
    }
    out.extend_from_slice(b"</w:tblGrid>");
    for (r, row) in grid.iter().enumerate() {
        out.extend_from_slice(b"<w:tr>");
        if r == 0 {
            out.extend_from_slice(b"<w:trPr><w:tblHeader/></w:trPr>");
        }
        for slot in row {
            out.extend_from_slice(b"<w:tc><w:tcPr>");
            let (span, merge) = match slot {
                crate::tables::Slot::Start(c) => (
                    c.col_span.clamp(1, 64),
                    (c.row_span > 1).then_some("restart"),
                ),
                crate::tables::Slot::Covered(n) => ((*n).max(1), Some("continue")),
            };
            if span > 1 {
                write!(out, "<w:gridSpan w:val=\"{span}\"/>")?;
            }
            if let Some(m) = merge {
                write!(out, "<w:vMerge w:val=\"{m}\"/>")?;
            }
            out.extend_from_slice(b"</w:tcPr>");
            let mut any = false;
            if let crate::tables::Slot::Start(c) = slot {
                for p in crate::tables::cell_paragraphs(doc, c) {
                    para(out, "TableText", None, p)?;
                    any = true;
                }
            }
            if !any {
                // A cell holds at least one paragraph.
                out.extend_from_slice(b"<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>");
            }
            out.extend_from_slice(b"</w:tc>");
        }
        out.extend_from_slice(b"</w:tr>");
    }
    // Word needs a paragraph between a table and what follows.
    out.extend_from_slice(b"</w:tbl><w:p/>");
    Ok(())
}

/// A note as a paragraph of its own: `注1：…`.
fn note_para(out: &mut Vec<u8>, n: &gongwen_model::Note<'_>) -> std::io::Result<()> {
    let text = format!("注{}：{}", n.label, n.text.trim());
    para(out, "Note", None, &text)
}

/// One run of text, with a character style if given.
fn run(out: &mut Vec<u8>, char_style: Option<&str>, text: &str) -> std::io::Result<()> {
    out.extend_from_slice(b"<w:r>");
    if let Some(s) = char_style {
        write!(out, "<w:rPr><w:rStyle w:val=\"{s}Char\"/></w:rPr>")?;
    }
    out.extend_from_slice(b"<w:t xml:space=\"preserve\">");
    esc(out, text)?;
    out.extend_from_slice(b"</w:t></w:r>");
    Ok(())
}

/// The run of a section's marker, title and trailing punctuation.
fn label_run(
    out: &mut Vec<u8>,
    char_style: Option<&str>,
    node: &Node<'_>,
    tail: &str,
) -> std::io::Result<()> {
    out.extend_from_slice(b"<w:r>");
    if let Some(s) = char_style {
        write!(out, "<w:rPr><w:rStyle w:val=\"{s}Char\"/></w:rPr>")?;
    }
    out.extend_from_slice(b"<w:t xml:space=\"preserve\">");
    if let Some((marker, sep, title)) = walk::label(node) {
        esc(out, marker)?;
        esc(out, sep)?;
        esc(out, title)?;
    }
    esc(out, tail)?;
    out.extend_from_slice(b"</w:t></w:r>");
    Ok(())
}

/// `word/fontTable.xml`: each font with its alternate name, GB2312
/// character set and family, what Word and WPS use to substitute a font
/// that is not installed.
fn font_table() -> String {
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:fonts xmlns:w=\"{W_NS}\">"
    );
    for (font, alt) in FONT_ALTERNATES {
        let family = if font == FONT_HEITI {
            "modern"
        } else {
            "roman"
        };
        s.push_str(&format!(
            "<w:font w:name=\"{font}\"><w:altName w:val=\"{alt}\"/><w:charset w:val=\"86\"/><w:family w:val=\"{family}\"/><w:pitch w:val=\"variable\"/></w:font>"
        ));
    }
    s.push_str("</w:fonts>");
    s
}

fn fonts(font: &str) -> String {
    format!("<w:rFonts w:ascii=\"{font}\" w:eastAsia=\"{font}\" w:hAnsi=\"{font}\" w:cs=\"{font}\" w:hint=\"eastAsia\"/>")
}

/// `word/styles.xml`: the GB/T 9704 styles.
fn styles_xml() -> String {
    let body = fonts(FONT_FANGSONG);
    let indent = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>";
    let no_indent = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
    let spacing = format!(
        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{LINE_PITCH}\" w:lineRule=\"exact\"/>"
    );
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"{W_NS}\">\
<w:docDefaults><w:rPrDefault><w:rPr>{body}<w:spacing w:val=\"{CHAR_SPACING}\"/><w:kern w:val=\"2\"/><w:sz w:val=\"{SIZE_SANHAO}\"/><w:szCs w:val=\"{SIZE_SANHAO}\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/>{spacing}<w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr>{indent}</w:pPr><w:rPr>{body}<w:sz w:val=\"{SIZE_SANHAO}\"/></w:rPr></w:style>\
<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"0\" w:after=\"{LINE_PITCH}\" w:line=\"{LINE_PITCH}\" w:lineRule=\"exact\"/>{no_indent}<w:jc w:val=\"center\"/></w:pPr><w:rPr>{title_font}<w:sz w:val=\"{SIZE_ERHAO}\"/><w:szCs w:val=\"{SIZE_ERHAO}\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"ArticleTitle\"><w:name w:val=\"Article Title\"/><w:basedOn w:val=\"Title\"/><w:next w:val=\"Byline\"/><w:qFormat/><w:pPr><w:pageBreakBefore/><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>{no_indent}<w:jc w:val=\"center\"/></w:pPr><w:rPr>{kaiti}</w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Byline\"><w:name w:val=\"Byline\"/><w:basedOn w:val=\"Subtitle\"/><w:next w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"TocHeading\"><w:name w:val=\"TOC Heading\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"TocEntry\"/><w:qFormat/><w:pPr><w:keepNext/>{no_indent}<w:jc w:val=\"center\"/></w:pPr><w:rPr>{heiti}</w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"TocEntry\"><w:name w:val=\"Contents Entry\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"AnnexHeading\"><w:name w:val=\"Annex Heading\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:pageBreakBefore/>{no_indent}<w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr>{heiti}</w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"AnnexTitle\"><w:name w:val=\"Annex Title\"/><w:basedOn w:val=\"Title\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"{LINE_PITCH}\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"RunIn\"><w:name w:val=\"Run-in Heading Paragraph\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Signature\"><w:name w:val=\"Signature\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:ind w:right=\"1280\" w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"right\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"HeadField\"><w:name w:val=\"Head Field\"/><w:basedOn w:val=\"Normal\"/><w:pPr>{no_indent}<w:jc w:val=\"left\"/></w:pPr><w:rPr>{heiti}</w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"IssuerMark\"><w:name w:val=\"Issuer Mark\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"DocNumber\"/><w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"{LINE_PITCH}\" w:line=\"{mark_line}\" w:lineRule=\"atLeast\"/>{no_indent}<w:jc w:val=\"center\"/></w:pPr><w:rPr>{title_font}<w:color w:val=\"{RED}\"/><w:sz w:val=\"{SIZE_MARK}\"/><w:szCs w:val=\"{SIZE_MARK}\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"DocNumber\"><w:name w:val=\"Document Number\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"{LINE_PITCH}\" w:line=\"{LINE_PITCH}\" w:lineRule=\"exact\"/>{no_indent}<w:jc w:val=\"center\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"AttachmentNote\"><w:name w:val=\"Attachment Note\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"left\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Remark\"><w:name w:val=\"Remark\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:ind w:left=\"{CHAR2}\" w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Record\"><w:name w:val=\"Record\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:keepLines/><w:ind w:left=\"{REC_LEFT}\" w:right=\"{CHAR_SIHAO}\" w:hanging=\"{REC_HANG}\" w:firstLineChars=\"0\"/><w:jc w:val=\"left\"/></w:pPr><w:rPr><w:sz w:val=\"{SIZE_SIHAO}\"/><w:szCs w:val=\"{SIZE_SIHAO}\"/></w:rPr></w:style>\
<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"KaitiChar\"><w:name w:val=\"Kaiti Char\"/><w:rPr>{kaiti}</w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Addressee\"><w:name w:val=\"Salutation\"/><w:basedOn w:val=\"Normal\"/><w:pPr>{no_indent}</w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>{no_indent}</w:pPr><w:rPr><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"EndnoteText\"><w:name w:val=\"endnote text\"/><w:basedOn w:val=\"FootnoteText\"/></w:style>\
<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>\
<w:style w:type=\"character\" w:styleId=\"EndnoteReference\"><w:name w:val=\"endnote reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/><w:pPr>{no_indent}</w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Note\"><w:name w:val=\"Note\"/><w:basedOn w:val=\"Normal\"/><w:pPr>{no_indent}</w:pPr><w:rPr><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>{no_indent}</w:pPr><w:rPr>{songti}<w:sz w:val=\"{SIZE_SIHAO}\"/><w:szCs w:val=\"{SIZE_SIHAO}\"/></w:rPr></w:style>",
        title_font = fonts(FONT_TITLE),
        mark_line = LINE_PITCH * 2,
        SIZE_MARK = SIZE_ERHAO + 8,
        CHAR2 = CHAR * 2,
        REC_LEFT = CHAR_SIHAO * 4,
        REC_HANG = CHAR_SIHAO * 3,
        kaiti = fonts(FONT_KAITI),
        heiti = fonts(FONT_HEITI),
        songti = fonts(FONT_SONGTI),
    );
    for (n, font) in [
        (1, FONT_HEITI),
        (2, FONT_KAITI),
        (3, FONT_FANGSONG),
        (4, FONT_FANGSONG),
    ] {
        let f = fonts(font);
        s.push_str(&format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading{n}\"><w:name w:val=\"heading {n}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:link w:val=\"Heading{n}Char\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val=\"{lvl}\"/></w:pPr><w:rPr>{f}<w:b w:val=\"0\"/><w:sz w:val=\"{SIZE_SANHAO}\"/><w:szCs w:val=\"{SIZE_SANHAO}\"/></w:rPr></w:style>\
<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"Heading{n}Char\"><w:name w:val=\"Heading {n} Char\"/><w:link w:val=\"Heading{n}\"/><w:rPr>{f}<w:b w:val=\"0\"/><w:sz w:val=\"{SIZE_SANHAO}\"/><w:szCs w:val=\"{SIZE_SANHAO}\"/></w:rPr></w:style>",
            lvl = n - 1
        ));
    }
    s.push_str("</w:styles>");
    s
}

/// A footer with the page number `— N —`, aligned `jc` with a one-character
/// inset on that side.
fn footer_xml(jc: &str) -> String {
    let inset = if jc == "right" { "w:right" } else { "w:left" };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\">\
<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:ind {inset}=\"280\"/><w:jc w:val=\"{jc}\"/></w:pPr>\
<w:r><w:t xml:space=\"preserve\">— </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>\
<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>"
    )
}

fn core_xml(title: &str) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(b"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");
    let _ = esc(&mut out, title);
    out.extend_from_slice(b"</dc:title><dc:language>zh-CN</dc:language><dc:creator>gongwen</dc:creator></cp:coreProperties>");
    out
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>\
<Override PartName=\"/word/footer2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>\
<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
</Types>";

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>\
<Relationship Id=\"rIdFooterOdd\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>\
<Relationship Id=\"rIdFooterEven\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer2.xml\"/>\
<Relationship Id=\"rIdFontTable\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>\
</Relationships>";

const SETTINGS_XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/><w:characterSpacingControl w:val=\"compressPunctuation\"/>\
<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";

const APP_XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>gongwen</Application></Properties>";
