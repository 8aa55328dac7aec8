//! The parts around the main text: headers, footers, comments, footnotes
//! and endnotes, found through `word/_rels/document.xml.rels`. Their text
//! is kept beside the body ([`crate::Docx::furniture`], [`crate::Docx::notes`]),
//! never in it, so line N of the text stays paragraph N of the body.

use crate::xml::{attr, on, Ev, Xml};
use crate::DocxError;

/// What a story outside the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StoryKind {
    /// A page header (`word/header1.xml`).
    Header,
    /// A page footer (`word/footer1.xml`).
    Footer,
    /// A reviewer's comment (`word/comments.xml`).
    Comment,
    /// A footnote (`word/footnotes.xml`).
    Footnote,
    /// An endnote (`word/endnotes.xml`).
    Endnote,
}

impl StoryKind {
    /// The snake_case name (`footnote`).
    ///
    /// ```
    /// assert_eq!(gongwen_docx::StoryKind::Endnote.name(), "endnote");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            StoryKind::Header => "header",
            StoryKind::Footer => "footer",
            StoryKind::Comment => "comment",
            StoryKind::Footnote => "footnote",
            StoryKind::Endnote => "endnote",
        }
    }

    /// The relationship type (last segment of its URI) of the part that holds it.
    fn from_relationship(t: &str) -> Option<StoryKind> {
        Some(match t.rsplit('/').next()? {
            "header" => StoryKind::Header,
            "footer" => StoryKind::Footer,
            "comments" => StoryKind::Comment,
            "footnotes" => StoryKind::Footnote,
            "endnotes" => StoryKind::Endnote,
            _ => return None,
        })
    }
}

/// One header, footer, comment or note: its paragraphs' text.
///
/// ```
/// let s = gongwen_docx::DocxStory { kind: gongwen_docx::StoryKind::Footnote, id: Some("1".into()),
///     part: "word/footnotes.xml".into(), paragraphs: vec!["见附件。".into()] };
/// assert_eq!(s.text(), "见附件。");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocxStory {
    /// What it is.
    pub kind: StoryKind,
    /// The note's or comment's `w:id`; `None` for a header or footer.
    pub id: Option<String>,
    /// The part it was read from (`word/footnotes.xml`).
    pub part: String,
    /// Its paragraphs' text (hidden text and deletions left out, a line
    /// break as a space, a tab as a tab).
    pub paragraphs: Vec<String>,
}

impl DocxStory {
    /// The paragraphs joined with `\n`.
    pub fn text(&self) -> String {
        self.paragraphs.join("\n")
    }
}

/// Where a note or comment is cited in the body.
///
/// ```
/// let r = gongwen_docx::NoteRef { kind: gongwen_docx::StoryKind::Footnote, id: "1".into(), offset: 6 };
/// assert_eq!(r.offset, 6);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRef {
    /// A footnote, endnote or comment.
    pub kind: StoryKind,
    /// Its `w:id`, as in [`DocxStory::id`].
    pub id: String,
    /// Byte offset in the paragraph's text (automatic number included)
    /// where the reference mark stands.
    pub offset: usize,
}

/// The parts named in the main document's relationships that hold stories,
/// in the order the relationships list them; `(part name, kind)`.
pub(crate) fn parts(rels: &[u8]) -> Result<Vec<(String, StoryKind)>, DocxError> {
    let mut x = Xml::new("word/_rels/document.xml.rels", rels);
    let mut out: Vec<(String, StoryKind)> = Vec::new();
    loop {
        match x.next()? {
            Ev::Eof => break,
            Ev::Start { e, name, .. } if name == "rel:Relationship" => {
                if attr(&e, "TargetMode").is_some_and(|m| m.eq_ignore_ascii_case("external")) {
                    continue;
                }
                let (Some(t), Some(target)) = (attr(&e, "Type"), attr(&e, "Target")) else {
                    continue;
                };
                let Some(kind) = StoryKind::from_relationship(&t) else {
                    continue;
                };
                let part = match target.strip_prefix('/') {
                    Some(abs) => abs.to_string(),
                    None => format!("word/{target}"),
                };
                if !out.iter().any(|(p, _)| *p == part) {
                    out.push((part, kind));
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

/// The stories of one part: one per note or comment, or one for a whole
/// header or footer. Separator notes (Word's rule above the footnotes) are
/// left out.
/// `budget` is how many paragraphs all the stories together may still
/// have ([`crate::MAX_PARAGRAPHS`] for a document); past it the document is
/// refused with [`DocxError::Limit`].
pub(crate) fn read(
    part: &str,
    bytes: &[u8],
    kind: StoryKind,
    budget: &mut usize,
) -> Result<Vec<DocxStory>, DocxError> {
    let mut x = Xml::new(part, bytes);
    let mut out: Vec<DocxStory> = Vec::new();
    let whole = matches!(kind, StoryKind::Header | StoryKind::Footer);
    let container = match kind {
        StoryKind::Footnote => "w:footnote",
        StoryKind::Endnote => "w:endnote",
        StoryKind::Comment => "w:comment",
        StoryKind::Header => "w:hdr",
        StoryKind::Footer => "w:ftr",
    };
    let mut cur: Option<DocxStory> = None;
    let mut para: Option<String> = None;
    // Paragraphs open (a text box's paragraph inside a header's paragraph
    // adds its text to the outer one).
    let mut depth = 0usize;
    let mut in_run = false;
    let mut in_rpr = false;
    let mut hidden = false;
    let mut in_text = false;
    loop {
        match x.next()? {
            Ev::Eof => break,
            Ev::Text(t) => {
                if let (true, false, Some(p)) = (in_text, hidden, para.as_mut()) {
                    p.extend(
                        t.chars()
                            .map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c }),
                    );
                }
            }
            Ev::Start { e, empty, name } => match name.as_str() {
                n if n == container => {
                    let separator = attr(&e, "type").is_some_and(|t| t != "normal");
                    if separator {
                        if !empty {
                            x.skip()?;
                        }
                        continue;
                    }
                    let story = DocxStory {
                        kind,
                        id: if whole { None } else { attr(&e, "id") },
                        part: part.to_string(),
                        paragraphs: Vec::new(),
                    };
                    if empty {
                        out.push(story);
                    } else {
                        cur = Some(story);
                    }
                }
                "mc:Fallback" | "w:del" | "w:moveFrom" | "w:pPrChange" | "w:rPrChange"
                | "w:instrText" | "w:delText" | "w:delInstrText" | "w:pPr"
                    if !empty =>
                {
                    x.skip()?;
                }
                "w:p" if cur.is_some() => {
                    if depth == 0 {
                        *budget = budget.checked_sub(1).ok_or_else(|| DocxError::Limit {
                            part: part.to_string(),
                            what: "the number of paragraphs of the headers, footers, comments and notes".into(),
                            limit: crate::MAX_PARAGRAPHS as u64,
                        })?;
                    }
                    if empty {
                        if let Some(s) = cur.as_mut() {
                            s.paragraphs.push(String::new());
                        }
                    } else {
                        depth += 1;
                        para.get_or_insert_with(String::new);
                    }
                }
                "w:r" if !empty => {
                    in_run = true;
                    hidden = false;
                }
                "w:rPr" if in_run && !empty => in_rpr = true,
                "w:vanish" | "w:specVanish" if in_rpr => hidden = on(&e),
                "w:t" if in_run && !empty => in_text = true,
                "w:tab" | "w:br" | "w:cr" if in_run && !in_rpr && !hidden => {
                    if let Some(p) = para.as_mut() {
                        p.push(if name == "w:tab" { '\t' } else { ' ' });
                    }
                }
                _ => {}
            },
            Ev::End(n) => match n.as_str() {
                n if n == container => {
                    if let Some(s) = cur.take() {
                        out.push(s);
                    }
                }
                "w:p" => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        if let (Some(p), Some(s)) = (para.take(), cur.as_mut()) {
                            s.paragraphs.push(p);
                        }
                    }
                    in_run = false;
                    in_rpr = false;
                    in_text = false;
                }
                "w:r" => {
                    in_run = false;
                    in_rpr = false;
                    hidden = false;
                }
                "w:rPr" => in_rpr = false,
                "w:t" => in_text = false,
                _ => {}
            },
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    #[test]
    fn notes_skip_separators_and_keep_ids() {
        let xml = format!(
            r#"<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
            <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 见附件。</w:t></w:r></w:p></w:footnote></w:footnotes>"#
        );
        let s = read(
            "word/footnotes.xml",
            xml.as_bytes(),
            StoryKind::Footnote,
            &mut 10,
        )
        .unwrap();
        assert_eq!(s.len(), 1, "the separator is no note");
        assert_eq!(
            (s[0].id.as_deref(), s[0].text().as_str()),
            (Some("1"), " 见附件。")
        );
    }

    #[test]
    fn relationships_name_the_parts() {
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
          <Relationship Id="r2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/footnotes" Target="/word/footnotes.xml"/>
          <Relationship Id="r3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://x" TargetMode="External"/>
        </Relationships>"#;
        let p = parts(rels.as_bytes()).unwrap();
        assert_eq!(
            p,
            vec![
                ("word/header1.xml".to_string(), StoryKind::Header),
                ("word/footnotes.xml".to_string(), StoryKind::Footnote)
            ]
        );
    }
}
