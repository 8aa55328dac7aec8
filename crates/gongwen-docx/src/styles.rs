//! `word/styles.xml`: paragraph (and numbering) styles with their names, `basedOn` chain,
//! outline level and linked numbering.

use crate::xml::{attr, val_u32, Ev, Xml};
use crate::DocxError;
use std::collections::HashMap;

/// How many `basedOn` steps are followed (a cycle stops there too).
const MAX_CHAIN: usize = 32;

/// Numbering named in a `w:numPr`: either part may be missing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct NumPr {
    pub num_id: Option<u32>,
    pub ilvl: Option<u32>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Style {
    pub name: Option<String>,
    pub based_on: Option<String>,
    pub outline: Option<u32>,
    pub num: Option<NumPr>,
    /// Font size in half-points (`w:sz` of the style's run properties).
    pub size: Option<u32>,
    /// The style's paragraphs are centred (`w:jc`), where it says.
    pub centered: Option<bool>,
    /// The style's left indent in twips (`w:ind`), where it says.
    pub indent: Option<i32>,
}

/// The paragraph styles of a document.
#[derive(Debug, Clone, Default)]
pub(crate) struct Styles {
    map: HashMap<String, Style>,
    /// The style of paragraphs that name none.
    pub default: Option<String>,
    /// The document's default font size in half-points (`w:docDefaults`).
    pub default_size: Option<u32>,
}

impl Styles {
    pub(crate) fn read(part: &str, bytes: &[u8]) -> Result<Self, DocxError> {
        let mut x = Xml::new(part, bytes);
        let mut styles = Styles::default();
        // (style id, style) while inside a paragraph style.
        let mut cur: Option<(String, Style)> = None;
        let mut in_ppr = false;
        let mut in_numpr = false;
        // Inside run properties: a style's, or the document defaults'.
        let mut in_rpr = false;
        let mut in_defaults = false;
        loop {
            match x.next()? {
                Ev::Eof => break,
                Ev::Start { e, empty, name } => match name.as_str() {
                    "w:style" => {
                        // Paragraph styles, and numbering styles (`w:numStyleLink` targets).
                        let paragraph =
                            attr(&e, "type").is_none_or(|t| t == "paragraph" || t == "numbering");
                        if !paragraph {
                            if !empty {
                                x.skip()?;
                            }
                            continue;
                        }
                        let id = attr(&e, "styleId").unwrap_or_default();
                        if matches!(attr(&e, "default").as_deref(), Some("1" | "true" | "on")) {
                            styles.default = Some(id.clone());
                        }
                        if !empty {
                            cur = Some((id, Style::default()));
                        }
                    }
                    "w:name" => {
                        if let Some((_, s)) = cur.as_mut() {
                            s.name = attr(&e, "val");
                        }
                    }
                    "w:basedOn" => {
                        if let Some((_, s)) = cur.as_mut() {
                            s.based_on = attr(&e, "val");
                        }
                    }
                    "w:pPr" if cur.is_some() && !empty => in_ppr = true,
                    "w:outlineLvl" if in_ppr => {
                        if let Some((_, s)) = cur.as_mut() {
                            s.outline = val_u32(&e);
                        }
                    }
                    "w:ind" if in_ppr => {
                        if let Some((_, s)) = cur.as_mut() {
                            s.indent = crate::xml::left_indent(&e);
                        }
                    }
                    "w:jc" if in_ppr => {
                        if let Some((_, s)) = cur.as_mut() {
                            s.centered = Some(attr(&e, "val").is_some_and(|v| v == "center"));
                        }
                    }
                    "w:numPr" if in_ppr => {
                        if let Some((_, s)) = cur.as_mut() {
                            s.num.get_or_insert_default();
                        }
                        in_numpr = !empty;
                    }
                    "w:numId" if in_numpr => {
                        if let Some(n) = cur.as_mut().and_then(|(_, s)| s.num.as_mut()) {
                            n.num_id = val_u32(&e);
                        }
                    }
                    "w:ilvl" if in_numpr => {
                        if let Some(n) = cur.as_mut().and_then(|(_, s)| s.num.as_mut()) {
                            n.ilvl = val_u32(&e);
                        }
                    }
                    "w:rPrDefault" if !empty => in_defaults = true,
                    "w:rPr" if !empty && !in_ppr && (cur.is_some() || in_defaults) => {
                        in_rpr = true;
                    }
                    "w:sz" if in_rpr => match cur.as_mut() {
                        Some((_, s)) => s.size = val_u32(&e),
                        None => styles.default_size = val_u32(&e),
                    },
                    "w:rPr" | "w:pPrChange" | "w:rPrChange" | "w:tblPr" | "w:trPr" | "w:tcPr"
                    | "w:tblStylePr"
                        if !empty =>
                    {
                        x.skip()?;
                    }
                    _ => {}
                },
                Ev::End(n) => match n.as_str() {
                    "w:style" => {
                        if let Some((id, s)) = cur.take() {
                            styles.map.insert(id, s);
                        }
                        in_ppr = false;
                        in_numpr = false;
                    }
                    "w:pPr" => in_ppr = false,
                    "w:numPr" => in_numpr = false,
                    "w:rPr" => in_rpr = false,
                    "w:rPrDefault" => in_defaults = false,
                    _ => {}
                },
                Ev::Text(_) => {}
            }
        }
        Ok(styles)
    }

    /// The style and its ancestors along `basedOn`, nearest first.
    fn chain<'s>(&'s self, id: &'s str) -> impl Iterator<Item = (&'s str, &'s Style)> + 's {
        let mut next = Some(id);
        std::iter::from_fn(move || {
            let id = next.take()?;
            let (k, s) = self.map.get_key_value(id)?;
            next = s.based_on.as_deref();
            Some((k.as_str(), s))
        })
        .take(MAX_CHAIN)
    }

    /// The font size (half-points) of text in paragraph style `id` (or the
    /// default paragraph style) that sets none of its own: the style's,
    /// following `basedOn`, else the document default.
    pub(crate) fn size(&self, id: Option<&str>) -> Option<u32> {
        id.or(self.default.as_deref())
            .and_then(|id| self.chain(id).find_map(|(_, s)| s.size))
            .or(self.default_size)
    }

    /// True when paragraph style `id` (or the default paragraph style)
    /// centres its paragraphs, following `basedOn`.
    pub(crate) fn centered(&self, id: Option<&str>) -> bool {
        id.or(self.default.as_deref())
            .and_then(|id| self.chain(id).find_map(|(_, s)| s.centered))
            .unwrap_or(false)
    }

    /// The left indent (twips) paragraph style `id` (or the default
    /// paragraph style) gives, following `basedOn`.
    pub(crate) fn indent(&self, id: Option<&str>) -> Option<i32> {
        id.or(self.default.as_deref())
            .and_then(|id| self.chain(id).find_map(|(_, s)| s.indent))
    }

    /// The style's display name (`heading 1`, `公文一级标题`).
    pub(crate) fn name(&self, id: &str) -> Option<&str> {
        self.map.get(id).and_then(|s| s.name.as_deref())
    }

    /// The outline level (0 = level 1) the style gives, following `basedOn`;
    /// a built-in `heading N` style without one gives `N - 1`. Level 9 is
    /// body text (`None`).
    pub(crate) fn outline_level(&self, id: &str) -> Option<u32> {
        for (_, s) in self.chain(id) {
            if let Some(l) = s.outline {
                return (l < 9).then_some(l);
            }
            if let Some(n) = s.name.as_deref().and_then(heading_number) {
                return Some(n - 1);
            }
        }
        None
    }

    /// The numbering the style links, following `basedOn`, and the id of
    /// the style in the chain that carries it (levels may name that style
    /// with `w:pStyle`).
    pub(crate) fn numbering<'s>(&'s self, id: &'s str) -> Option<(NumPr, &'s str)> {
        let mut found: Option<NumPr> = None;
        let mut owner: Option<&str> = None;
        for (sid, s) in self.chain(id) {
            if let Some(n) = s.num {
                let f = found.get_or_insert_default();
                if f.num_id.is_none() {
                    f.num_id = n.num_id;
                    owner.get_or_insert(sid);
                }
                if f.ilvl.is_none() {
                    f.ilvl = n.ilvl;
                }
            }
        }
        Some((found?, owner.unwrap_or(id)))
    }
}

/// `heading 3` → 3 (the built-in names, in any case).
fn heading_number(name: &str) -> Option<u32> {
    let rest = name.trim().to_ascii_lowercase();
    let n = rest.strip_prefix("heading")?.trim().parse::<u32>().ok()?;
    (1..=9).contains(&n).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outline_level_follows_based_on_and_builtin_names() {
        let xml = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style>
          <w:style w:type="paragraph" w:styleId="gw1"><w:name w:val="公文一级标题"/>
            <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="gw1b"><w:name w:val="公文一级标题 加粗"/><w:basedOn w:val="gw1"/></w:style>
          <w:style w:type="character" w:styleId="c"><w:name w:val="heading 2"/></w:style>
        </w:styles>"#;
        let s = Styles::read("word/styles.xml", xml.as_bytes()).unwrap();
        assert_eq!(
            s.default.as_deref(),
            Some("a"),
            "the default paragraph style"
        );
        assert_eq!(s.outline_level("1"), Some(0), "built-in heading 1 by name");
        assert_eq!(
            s.outline_level("gw1b"),
            Some(0),
            "outline level through basedOn"
        );
        assert_eq!(s.outline_level("a"), None, "body text");
        assert_eq!(s.outline_level("c"), None, "character styles are not read");
        let (n, owner) = s.numbering("gw1b").unwrap();
        assert_eq!((n.num_id, n.ilvl, owner), (Some(3), None, "gw1"));
    }

    #[test]
    fn based_on_cycle_stops() {
        let xml = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:style w:type="paragraph" w:styleId="a"><w:basedOn w:val="b"/></w:style>
          <w:style w:type="paragraph" w:styleId="b"><w:basedOn w:val="a"/></w:style>
        </w:styles>"#;
        let s = Styles::read("word/styles.xml", xml.as_bytes()).unwrap();
        assert_eq!(
            s.outline_level("a"),
            None,
            "a basedOn cycle ends without a level"
        );
    }
}
