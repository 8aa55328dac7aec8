//! `gongwen fmt` on a .docx: the numbering fixes of
//! [`gongwen_parse::fix::plan`] made in `word/document.xml` by rewriting
//! only the text nodes (`w:t`) that hold the typed markers, every other
//! byte of that part and every other entry of the package unchanged.

use crate::document::{self, Seg};
use crate::{numbering, package, styles, DocxError, DocxParagraph};
use gongwen_parse::fix::{Edit, Options};
use std::io::{Cursor, Read, Write};

/// A fix `fmt` found but cannot make in the .docx, and why.
///
/// ```
/// let u = gongwen_docx::Unfixable { line: 3, from: "三、".into(), to: "二、".into(),
///     reason: "an automatic number" };
/// assert_eq!(u.line, 3);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unfixable {
    /// The paragraph (line) number, 1-based.
    pub line: u32,
    /// The text the fix would replace.
    pub from: String,
    /// Its replacement.
    pub to: String,
    /// Why it is not made.
    pub reason: &'static str,
}

/// A .docx with the numbering fixes made that can be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formatted {
    /// The package: the input itself when nothing changed; else the same
    /// entries in the same order, `word/document.xml` rewritten and every
    /// other entry copied as it was stored.
    pub output: Vec<u8>,
    /// True when a fix was made.
    pub changed: bool,
    /// How many fixes were made.
    pub fixed: usize,
    /// The fixes that could not be made.
    pub unfixable: Vec<Unfixable>,
}

/// The main part's text nodes and paragraphs, and the document parsed.
struct Read_ {
    xml: Vec<u8>,
    paragraphs: Vec<DocxParagraph>,
    segs: Vec<Seg>,
}

fn read_main(bytes: &[u8]) -> Result<Read_, DocxError> {
    let mut pkg = package::Package::open(bytes)?;
    let styles = match pkg.part("word/styles.xml")? {
        Some(b) => styles::Styles::read("word/styles.xml", &b)?,
        None => styles::Styles::default(),
    };
    let numbering = match pkg.part("word/numbering.xml")? {
        Some(b) => numbering::Numbering::read("word/numbering.xml", &b)?,
        None => numbering::Numbering::default(),
    };
    let xml = pkg
        .part("word/document.xml")?
        .ok_or(DocxError::MissingDocument)?;
    let mut segs = Vec::new();
    let body = document::read(
        "word/document.xml",
        &xml,
        &styles,
        &numbering,
        Some(&mut segs),
    )?;
    Ok(Read_ {
        xml,
        paragraphs: body.paragraphs,
        segs,
    })
}

/// What one fix does to the part: byte ranges of text nodes and their new
/// content.
type Patch = Vec<(std::ops::Range<usize>, String)>;

/// The plan of [`format()`]: the patches to `word/document.xml` and the
/// fixes that cannot be made.
#[allow(clippy::type_complexity)]
fn plan(
    bytes: &[u8],
    options: &Options,
) -> Result<(Read_, Patch, Vec<u32>, Vec<Unfixable>), DocxError> {
    let r = read_main(bytes)?;
    let docx = crate::Docx {
        paragraphs: r.paragraphs.clone(),
        ..Default::default()
    };
    let text = docx.text();
    let hints: Vec<_> = docx.paragraphs.iter().map(DocxParagraph::hint).collect();
    let doc = gongwen_parse::parse_with_hints(&text, &hints);
    let edits = gongwen_parse::fix::plan(&doc, options);
    let mut starts = Vec::with_capacity(docx.paragraphs.len());
    let mut at = 0;
    for p in &docx.paragraphs {
        starts.push(at);
        at += p.text.len() + 1;
    }
    // The text nodes of each paragraph, in order.
    let mut by_para: Vec<Vec<usize>> = vec![Vec::new(); docx.paragraphs.len()];
    for (k, s) in r.segs.iter().enumerate() {
        if let Some(v) = by_para.get_mut(s.para) {
            v.push(k);
        }
    }
    let mut patch: Patch = Vec::new();
    let mut touched = std::collections::HashSet::new();
    let mut fixed = Vec::new();
    let mut unfixable = Vec::new();
    for e in &edits {
        let k = starts.partition_point(|&s| s <= e.start).saturating_sub(1);
        let para = &docx.paragraphs[k];
        let skip = |reason| Unfixable {
            line: k as u32 + 1,
            from: text.get(e.start..e.end).unwrap_or("").to_string(),
            to: e.text.clone(),
            reason,
        };
        let number = para.number.as_ref().map_or(0, String::len);
        let (Some(a), Some(b)) = (
            (e.start - starts[k]).checked_sub(number),
            (e.end - starts[k]).checked_sub(number),
        ) else {
            unfixable.push(skip(
                "an automatic number: Word numbers this paragraph (renumber it in Word)",
            ));
            continue;
        };
        match edit_patch(&r.segs, &by_para[k], a, b, e) {
            Some(p) if p.iter().all(|(range, _)| !touched.contains(&range.start)) => {
                for (range, _) in &p {
                    touched.insert(range.start);
                }
                patch.extend(p);
                fixed.push(k as u32 + 1);
            }
            Some(_) => unfixable.push(skip("a second fix in the same run of text")),
            None => unfixable.push(skip(
                "the marker is not plain text of the paragraph's runs (a field, a symbol or an entity)",
            )),
        }
    }
    patch.sort_by_key(|(r, _)| r.start);
    Ok((r, patch, fixed, unfixable))
}

/// The new content of the text nodes holding bytes `a..b` of a paragraph's
/// own text, replaced by the edit's text: the first node gets the
/// replacement, the others lose the part of the marker they held. `None`
/// when a node is not plain text or the nodes do not hold all of `a..b`.
fn edit_patch(segs: &[Seg], nodes: &[usize], a: usize, b: usize, e: &Edit) -> Option<Patch> {
    let mut out: Patch = Vec::new();
    let mut covered = a;
    for &k in nodes {
        let s = &segs[k];
        let (from, to) = (s.at, s.at + s.text.len());
        let holds = if a == b {
            from <= a && a <= to && out.is_empty()
        } else {
            from < b && a < to
        };
        if !holds {
            continue;
        }
        let range = s.xml.clone()?;
        if from > covered {
            return None; // text between nodes (a tab, a field) inside the marker
        }
        let mut content = String::new();
        content.push_str(s.text.get(..a.saturating_sub(from))?);
        if out.is_empty() {
            content.push_str(&escape(&e.text));
        }
        if b < to {
            content.push_str(s.text.get(b.saturating_sub(from)..)?);
        }
        covered = covered.max(to);
        out.push((range, content));
    }
    (covered >= b && !out.is_empty()).then_some(out)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Makes the numbering fixes of [`gongwen_parse::fix`] that can be made in
/// a .docx: a typed marker (`三、` after `一、`) is rewritten in the text
/// node holding it; a number Word adds itself (automatic numbering) is
/// reported in [`Formatted::unfixable`], as is a marker that is not plain
/// text. Only `word/document.xml` changes, and in it only those text nodes.
///
/// ```
/// let bytes = gongwen_docx::testing::docx(&[("一、总体要求", None), ("三、主要任务", None)]);
/// let f = gongwen_docx::format(&bytes, &Default::default()).unwrap();
/// assert!(f.changed);
/// assert_eq!(gongwen_docx::read(&f.output).unwrap().text(), "一、总体要求\n二、主要任务\n");
/// ```
pub fn format(bytes: &[u8], options: &Options) -> Result<Formatted, DocxError> {
    let (r, patch, fixed, unfixable) = plan(bytes, options)?;
    if patch.is_empty() {
        return Ok(Formatted {
            output: bytes.to_vec(),
            changed: false,
            fixed: 0,
            unfixable,
        });
    }
    let mut xml = Vec::with_capacity(r.xml.len() + 64);
    let mut at = 0;
    for (range, content) in &patch {
        xml.extend_from_slice(r.xml.get(at..range.start).unwrap_or(&[]));
        xml.extend_from_slice(content.as_bytes());
        at = range.end;
    }
    xml.extend_from_slice(r.xml.get(at..).unwrap_or(&[]));
    let output = repack(bytes, &xml)?;
    Ok(Formatted {
        output,
        changed: true,
        fixed: fixed.len(),
        unfixable,
    })
}

/// The lines (paragraph numbers) where [`format()`] would make a fix, and
/// the fixes it could not make; nothing is written.
///
/// ```
/// let bytes = gongwen_docx::testing::docx(&[("一、总体要求", None), ("三、主要任务", None)]);
/// let (lines, unfixable) = gongwen_docx::format_plan(&bytes, &Default::default()).unwrap();
/// assert_eq!((lines, unfixable.len()), (vec![2], 0));
/// ```
pub fn format_plan(
    bytes: &[u8],
    options: &Options,
) -> Result<(Vec<u32>, Vec<Unfixable>), DocxError> {
    let (_, _, fixed, unfixable) = plan(bytes, options)?;
    Ok((fixed, unfixable))
}

/// The package again, entry for entry in the same order: `word/document.xml`
/// replaced by `xml` (compressed as it was), every other entry copied raw.
fn repack(bytes: &[u8], xml: &[u8]) -> Result<Vec<u8>, DocxError> {
    let zerr = |e: zip::result::ZipError| DocxError::Part {
        part: "the package".into(),
        message: e.to_string(),
    };
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|source| DocxError::NotZip { source })?;
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len() + xml.len())));
    for i in 0..zip.len() {
        let file = zip.by_index_raw(i).map_err(zerr)?;
        if file.name().map_err(zerr)? == "word/document.xml" {
            let mut opts =
                zip::write::SimpleFileOptions::default().compression_method(file.compression());
            if let Some(t) = file.last_modified() {
                opts = opts.last_modified_time(t);
            }
            drop(file);
            w.start_file("word/document.xml", opts).map_err(zerr)?;
            w.write_all(xml).map_err(|e| DocxError::Part {
                part: "word/document.xml".into(),
                message: e.to_string(),
            })?;
        } else {
            w.raw_copy_file(file).map_err(zerr)?;
        }
    }
    let out = w.finish().map_err(zerr)?.into_inner();
    // Read what was written back: a fault shows here, not in Word.
    let _ = zip::ZipArchive::new(Cursor::new(&out[..]))
        .map_err(|source| DocxError::NotZip { source })?
        .by_name("word/document.xml")
        .map_err(zerr)?
        .read(&mut [0u8; 1]);
    Ok(out)
}
