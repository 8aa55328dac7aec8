//! Small .docx packages built in memory, for tests and examples: a minimal
//! zip with `[Content_Types].xml`, `word/document.xml` and, when given,
//! `word/styles.xml` and `word/numbering.xml`.
//!
//! ```
//! use gongwen_docx::testing::{package, paragraph, NUMBERING};
//! let body = paragraph("总体要求", Some((1, 0)), None) + &paragraph("正文。", None, None);
//! let bytes = package(&body, None, Some(NUMBERING));
//! assert_eq!(gongwen_docx::read(&bytes).unwrap().text(), "一、总体要求\n正文。\n");
//! ```

use std::io::{Cursor, Write};

/// A numbering definition (`numId` 1) with the GB/T 9704 levels: level 0
/// `chineseCounting "%1、"`, 1 `"（%2）"`, 2 `decimal "%3."`, 3 `"（%4）"`, 4
/// `decimalEnclosedCircle "%5"`, each followed by nothing.
pub const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%3."/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="（%4）"/></w:lvl>
<w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:suff w:val="nothing"/><w:lvlText w:val="%5"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"#;

/// Escapes text for XML.
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            c => o.push(c),
        }
    }
    o
}

/// A `w:p` with one run of `text`, numbered `(numId, ilvl)` when given, in
/// paragraph style `style` when given.
pub fn paragraph(text: &str, num: Option<(u32, u32)>, style: Option<&str>) -> String {
    let mut ppr = String::new();
    if let Some(s) = style {
        ppr.push_str(&format!(r#"<w:pStyle w:val="{}"/>"#, escape(s)));
    }
    if let Some((id, lvl)) = num {
        ppr.push_str(&format!(
            r#"<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{id}"/></w:numPr>"#
        ));
    }
    let ppr = if ppr.is_empty() {
        ppr
    } else {
        format!("<w:pPr>{ppr}</w:pPr>")
    };
    format!(
        r#"<w:p>{ppr}<w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
        escape(text)
    )
}

/// A `w:tbl` of one-paragraph cells, row by row.
///
/// ```
/// let t = gongwen_docx::testing::table(&[&["甲", "乙"]]);
/// assert_eq!(t.matches("<w:tc>").count(), 2);
/// ```
pub fn table(rows: &[&[&str]]) -> String {
    let mut s = String::from("<w:tbl>");
    for row in rows {
        s.push_str("<w:tr>");
        for cell in *row {
            s.push_str("<w:tc>");
            s.push_str(&paragraph(cell, None, None));
            s.push_str("</w:tc>");
        }
        s.push_str("</w:tr>");
    }
    s.push_str("</w:tbl>");
    s
}

/// A .docx whose body is `body` (a run of `w:p`/`w:tbl` elements), with the
/// given styles and numbering parts.
///
/// Writing to memory cannot fail in practice; if the zip writer ever
/// reports an error the result is empty (which [`crate::read`] rejects).
pub fn package(body: &str, styles: Option<&str>, numbering: Option<&str>) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let mut types = String::from(CONTENT_TYPES_HEAD);
    let mut rels = String::from(RELS_HEAD);
    for (part, kind, present) in [
        ("styles", "styles", styles.is_some()),
        ("numbering", "numbering", numbering.is_some()),
    ] {
        if present {
            types.push_str(&format!(
                r#"<Override PartName="/word/{part}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>"#
            ));
            rels.push_str(&format!(
                r#"<Relationship Id="r{part}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{part}.xml"/>"#
            ));
        }
    }
    types.push_str("</Types>");
    rels.push_str("</Relationships>");
    let mut parts: Vec<(&str, &str)> = vec![
        ("[Content_Types].xml", &types),
        ("_rels/.rels", ROOT_RELS),
        ("word/_rels/document.xml.rels", &rels),
        ("word/document.xml", &document),
    ];
    if let Some(s) = styles {
        parts.push(("word/styles.xml", s));
    }
    if let Some(n) = numbering {
        parts.push(("word/numbering.xml", n));
    }
    zip(&parts).unwrap_or_default()
}

/// A .docx of plain paragraphs `(text, numbering)`, numbered through
/// [`NUMBERING`] (`numId` 1) where `numbering` is `Some((1, ilvl))`.
pub fn docx(paragraphs: &[(&str, Option<(u32, u32)>)]) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|&(t, n)| paragraph(t, n, None))
        .collect();
    package(&body, None, Some(NUMBERING))
}

/// A zip archive of `(name, content)` entries, stored uncompressed.
pub fn zip(entries: &[(&str, &str)]) -> Result<Vec<u8>, zip::result::ZipError> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, content) in entries {
        w.start_file(*name, opts)?;
        w.write_all(content.as_bytes())?;
    }
    Ok(w.finish()?.into_inner())
}

const CONTENT_TYPES_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const RELS_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#;
