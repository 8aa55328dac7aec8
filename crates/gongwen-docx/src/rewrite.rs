//! `gongwen fmt` on a .docx: the numbering fixes of
//! [`gongwen_parse::fix::plan`] made in `word/document.xml` by rewriting
//! only the text nodes (`w:t`) that hold the typed markers, and automatic
//! numbers through the start overrides of `word/numbering.xml` where the
//! document then reads exactly as the fixed text; every other byte of
//! those parts and every other entry of the package unchanged.

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
    /// entries in the same order, `word/document.xml` (and
    /// `word/numbering.xml`) rewritten and every other entry copied as it
    /// was stored.
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
    styles: styles::Styles,
    numbering_xml: Option<Vec<u8>>,
}

fn read_main(bytes: &[u8]) -> Result<Read_, DocxError> {
    let mut pkg = package::Package::open(bytes)?;
    let styles = match pkg.part("word/styles.xml")? {
        Some(b) => styles::Styles::read("word/styles.xml", &b)?,
        None => styles::Styles::default(),
    };
    let numbering_xml = pkg.part("word/numbering.xml")?;
    let numbering = match &numbering_xml {
        Some(b) => numbering::Numbering::read("word/numbering.xml", b)?,
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
        styles,
        numbering_xml,
    })
}

/// What one fix does to the part: byte ranges of text nodes and their new
/// content.
type Patch = Vec<(std::ops::Range<usize>, String)>;

/// The plan of [`format()`]: the patches to `word/document.xml` and the
/// fixes that cannot be made.
/// What [`format()`] will do.
struct Plan {
    read: Read_,
    /// Patches to `word/document.xml`.
    patch: Patch,
    /// `word/numbering.xml` rewritten, when automatic numbers are fixed.
    numbering: Option<Vec<u8>>,
    /// Lines fixed.
    fixed: Vec<u32>,
    unfixable: Vec<Unfixable>,
}

fn plan(bytes: &[u8], options: &Options) -> Result<Plan, DocxError> {
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
    // Fixes inside automatic numbers: (paragraph, edit, why not, if not).
    let mut auto: Vec<(usize, &Edit, Unfixable)> = Vec::new();
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
            auto.push((k, e, skip(AUTOMATIC)));
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
    let mut numbering = None;
    if !auto.is_empty() {
        let want = gongwen_parse::fix::apply(&text, &edits);
        match renumber(&r, &patch, &text, &auto, &want)? {
            Some(xml) => {
                numbering = Some(xml);
                fixed.extend(auto.iter().map(|(k, _, _)| *k as u32 + 1));
            }
            None => unfixable.extend(auto.into_iter().map(|(_, _, u)| u)),
        }
    }
    fixed.sort_unstable();
    fixed.dedup();
    Ok(Plan {
        read: r,
        patch,
        numbering,
        fixed,
        unfixable,
    })
}

const AUTOMATIC: &str = "an automatic number: Word numbers this paragraph, and no start value of its list gives the right number (renumber it in Word)";

/// `bytes` with `patch` applied.
fn patched(bytes: &[u8], patch: &Patch) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 64);
    let mut at = 0;
    for (range, content) in patch {
        out.extend_from_slice(bytes.get(at..range.start).unwrap_or(&[]));
        out.extend_from_slice(content.as_bytes());
        at = range.end;
    }
    out.extend_from_slice(bytes.get(at..).unwrap_or(&[]));
    out
}

/// Fixes automatic numbers through the numbering definitions, where that
/// is safe: each list instance whose first paragraph needs another number
/// gets its start override (`w:lvlOverride/w:startOverride`) moved by the
/// difference, and the change is kept only when the document then reads
/// exactly as the fixed text, every line. The new `word/numbering.xml`,
/// or `None`.
fn renumber(
    r: &Read_,
    patch: &Patch,
    text: &str,
    auto: &[(usize, &Edit, Unfixable)],
    want: &str,
) -> Result<Option<Vec<u8>>, DocxError> {
    use gongwen_parse::marker::line_marker;
    let Some(xml) = &r.numbering_xml else {
        return Ok(None);
    };
    let overrides = start_overrides(xml)?;
    let mut changes: Patch = Vec::new();
    let mut done: Vec<(u32, u32)> = Vec::new();
    for (k, e, _) in auto {
        let p = &r.paragraphs[*k];
        let Some((num, lvl)) = p.numbering else {
            return Ok(None);
        };
        if done.contains(&(num, lvl)) {
            continue; // the instance's change covers it (checked below)
        }
        // The start value decides this paragraph's number only when it is
        // the instance's first paragraph at that level.
        let first = r
            .paragraphs
            .iter()
            .position(|q| q.numbering == Some((num, lvl)));
        if first != Some(*k) {
            return Ok(None);
        }
        let Some((range, start)) = overrides
            .iter()
            .find(|o| o.0 == (num, lvl))
            .map(|o| (o.1.clone(), o.2))
        else {
            return Ok(None);
        };
        let line_start = text[..e.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[e.start..]
            .find('\n')
            .map_or(text.len(), |i| e.start + i);
        let old = &text[line_start..line_end];
        let new = gongwen_parse::fix::apply(
            old,
            &[Edit {
                start: e.start - line_start,
                end: e.end - line_start,
                text: e.text.clone(),
            }],
        );
        let (Some(was), Some(now)) = (line_marker(old), line_marker(&new)) else {
            return Ok(None);
        };
        let Some(start) = (i64::from(start) + i64::from(now.value) - i64::from(was.value))
            .try_into()
            .ok()
            .filter(|&s: &u32| s > 0)
        else {
            return Ok(None);
        };
        changes.push((range, start.to_string()));
        done.push((num, lvl));
    }
    changes.sort_by_key(|(r, _)| r.start);
    let numbering_xml = patched(xml, &changes);
    // Read the document again with the new numbering: it must read as the
    // fixed text, every line, or nothing is changed.
    let numbering = numbering::Numbering::read("word/numbering.xml", &numbering_xml)?;
    let document = patched(&r.xml, patch);
    let body = document::read("word/document.xml", &document, &r.styles, &numbering, None)?;
    let docx = crate::Docx {
        paragraphs: body.paragraphs,
        ..Default::default()
    };
    Ok((docx.text() == want).then_some(numbering_xml))
}

/// Each `w:startOverride` of `word/numbering.xml`: its instance and level,
/// the byte range of its value, and the value.
#[allow(clippy::type_complexity)]
fn start_overrides(
    xml: &[u8],
) -> Result<Vec<((u32, u32), std::ops::Range<usize>, u32)>, DocxError> {
    use crate::xml::{attr, Ev, Xml};
    let mut x = Xml::new("word/numbering.xml", xml);
    let mut out = Vec::new();
    let (mut num, mut lvl) = (None, None);
    loop {
        match x.next()? {
            Ev::Eof => break,
            Ev::Start { e, name, .. } => match name.as_str() {
                "w:num" => num = attr(&e, "numId").and_then(|v| v.trim().parse().ok()),
                "w:lvlOverride" => lvl = attr(&e, "ilvl").and_then(|v| v.trim().parse().ok()),
                "w:startOverride" => {
                    let tag = x.last_range();
                    let raw = xml.get(tag.clone()).unwrap_or(&[]);
                    // The value's digits inside the tag: after `val="`.
                    let Some(v) = find_val(raw) else { continue };
                    let range = tag.start + v.start..tag.start + v.end;
                    let value = std::str::from_utf8(&raw[v])
                        .ok()
                        .and_then(|s| s.parse().ok());
                    if let (Some(n), Some(l), Some(value)) = (num, lvl, value) {
                        out.push(((n, l), range, value));
                    }
                }
                _ => {}
            },
            Ev::End(name) if name == "w:lvlOverride" => lvl = None,
            Ev::End(name) if name == "w:num" => num = None,
            _ => {}
        }
    }
    Ok(out)
}

/// The range of the digits of a `val="…"` attribute (any prefix, either
/// quote) in a start tag.
fn find_val(tag: &[u8]) -> Option<std::ops::Range<usize>> {
    let mut from = 0;
    while let Some(i) = tag.get(from..)?.windows(4).position(|w| w == b"val=") {
        let at = from + i;
        let before = at.checked_sub(1).and_then(|j| tag.get(j)).copied();
        if matches!(before, Some(b':' | b' ' | b'\t' | b'\n' | b'\r')) {
            let q = *tag.get(at + 4)?;
            if q == b'"' || q == b'\'' {
                let start = at + 5;
                let len = tag.get(start..)?.iter().position(|&c| c == q)?;
                let digits = start..start + len;
                return tag
                    .get(digits.clone())?
                    .iter()
                    .all(u8::is_ascii_digit)
                    .then_some(digits);
            }
        }
        from = at + 4;
    }
    None
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
/// fixed by moving its list's start override (`w:startOverride`) when the
/// document then reads exactly as the fixed text, every line, and reported
/// in [`Formatted::unfixable`] otherwise, as is a marker that is not plain
/// text. Only those text nodes and start values change.
///
/// ```
/// let bytes = gongwen_docx::testing::docx(&[("一、总体要求", None), ("三、主要任务", None)]);
/// let f = gongwen_docx::format(&bytes, &Default::default()).unwrap();
/// assert!(f.changed);
/// assert_eq!(gongwen_docx::read(&f.output).unwrap().text(), "一、总体要求\n二、主要任务\n");
/// ```
pub fn format(bytes: &[u8], options: &Options) -> Result<Formatted, DocxError> {
    let plan = plan(bytes, options)?;
    if plan.patch.is_empty() && plan.numbering.is_none() {
        return Ok(Formatted {
            output: bytes.to_vec(),
            changed: false,
            fixed: 0,
            unfixable: plan.unfixable,
        });
    }
    let xml = patched(&plan.read.xml, &plan.patch);
    let mut parts: Vec<(&str, &[u8])> = Vec::new();
    if !plan.patch.is_empty() {
        parts.push(("word/document.xml", &xml));
    }
    if let Some(n) = &plan.numbering {
        parts.push(("word/numbering.xml", n));
    }
    let output = repack(bytes, &parts)?;
    Ok(Formatted {
        output,
        changed: true,
        fixed: plan.fixed.len(),
        unfixable: plan.unfixable,
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
    let plan = plan(bytes, options)?;
    Ok((plan.fixed, plan.unfixable))
}

/// The package again, entry for entry in the same order: the entries named
/// in `parts` replaced (compressed as they were), every other entry copied
/// raw.
fn repack(bytes: &[u8], parts: &[(&str, &[u8])]) -> Result<Vec<u8>, DocxError> {
    let zerr = |e: zip::result::ZipError| DocxError::Part {
        part: "the package".into(),
        message: e.to_string(),
    };
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|source| DocxError::NotZip { source })?;
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len() + 4096)));
    for i in 0..zip.len() {
        let file = zip.by_index_raw(i).map_err(zerr)?;
        let name = file.name().map_err(zerr)?.to_string();
        if let Some((part, content)) = parts.iter().find(|(p, _)| *p == name) {
            let mut opts =
                zip::write::SimpleFileOptions::default().compression_method(file.compression());
            if let Some(t) = file.last_modified() {
                opts = opts.last_modified_time(t);
            }
            drop(file);
            w.start_file(*part, opts).map_err(zerr)?;
            w.write_all(content).map_err(|e| DocxError::Part {
                part: part.to_string(),
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
