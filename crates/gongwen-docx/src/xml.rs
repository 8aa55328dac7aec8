//! The little XML layer shared by the part readers: a namespace-aware pull
//! reader that reports faults as [`DocxError::Xml`] with the part and byte
//! offset, and attribute look-up by local name (`w:val` → `val`).
//!
//! Elements are matched by namespace URI and local name, not by the prefix
//! a file happens to use: an element of WordprocessingML (the Transitional
//! URI [`W_TRANSITIONAL`] or the Strict one [`W_STRICT`]) is named `w:p`
//! whether the file writes `<w:p>`, `<ns0:p>` or `<p>` under a default
//! namespace; markup compatibility elements are named `mc:…`, package
//! relationships `rel:…`. An element of
//! any other namespace (`w:` bound to a foreign URI included) gets a name
//! no reader matches, so it is not read as Word.

use crate::DocxError;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;

/// The WordprocessingML namespace of ECMA-376 Transitional (what Word writes).
pub(crate) const W_TRANSITIONAL: &str =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// The WordprocessingML namespace of ISO/IEC 29500 Strict.
pub(crate) const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";
/// The markup compatibility namespace (`mc:AlternateContent`).
const MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";
/// The package relationships namespace (`_rels/*.rels`), Transitional and Strict alike.
const REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// A pull reader over one part.
pub(crate) struct Xml<'a> {
    part: &'a str,
    reader: NsReader<&'a [u8]>,
    /// Byte range in the part of the last event read.
    last: (usize, usize),
}

/// One event, reduced to what the part readers need.
#[derive(Debug)]
pub(crate) enum Ev<'a> {
    /// A start tag (`empty` for `<w:b/>`), with its canonical name (see
    /// the module documentation).
    Start {
        e: BytesStart<'a>,
        empty: bool,
        name: String,
    },
    /// An end tag, with its canonical name.
    End(String),
    /// Character data, entities resolved.
    Text(String),
    /// End of the part.
    Eof,
}

/// The canonical name of an element: `w:` or `mc:` and its local name for
/// the namespaces the readers know, `{other}` and the local name otherwise.
fn canonical(ns: &ResolveResult<'_>, local: &str) -> String {
    let prefix = match ns {
        ResolveResult::Bound(n) if n.as_ref() == W_TRANSITIONAL || n.as_ref() == W_STRICT => "w:",
        ResolveResult::Bound(n) if n.as_ref() == MC => "mc:",
        ResolveResult::Bound(n) if n.as_ref() == REL => "rel:",
        _ => "{other}",
    };
    let mut s = String::with_capacity(prefix.len() + local.len());
    s.push_str(prefix);
    s.push_str(local);
    s
}

impl<'a> Xml<'a> {
    pub(crate) fn new(part: &'a str, bytes: &'a [u8]) -> Self {
        let mut reader = NsReader::from_reader(bytes);
        let c = reader.config_mut();
        c.trim_text(false);
        c.expand_empty_elements = false;
        c.check_end_names = true;
        Xml {
            part,
            reader,
            last: (0, 0),
        }
    }

    /// An error of the XML reader, at the offset where it found it.
    fn err(&self, message: String) -> DocxError {
        DocxError::Xml {
            part: self.part.to_string(),
            offset: self.reader.error_position(),
            message,
        }
    }

    /// An error in the event just read (an unknown entity): at its end,
    /// where the reader stands.
    pub(crate) fn err_here(&self, message: String) -> DocxError {
        DocxError::Xml {
            part: self.part.to_string(),
            offset: self.reader.buffer_position(),
            message,
        }
    }

    /// The next event that matters (declarations, comments and processing
    /// instructions are skipped).
    pub(crate) fn next(&mut self) -> Result<Ev<'a>, DocxError> {
        loop {
            let before = self.reader.buffer_position() as usize;
            let read = self.reader.read_event();
            let after = self.reader.buffer_position() as usize;
            self.last = (before, after);
            let ev = match read {
                Ok(r) => r,
                Err(e) => return Err(self.err(e.to_string())),
            };
            let name = |e: &quick_xml::name::QName<'_>| {
                let (ns, local) = self.reader.resolver().resolve_element(*e);
                canonical(&ns, local.as_ref())
            };
            return Ok(match ev {
                Event::Start(e) => Ev::Start {
                    name: name(&e.name()),
                    e,
                    empty: false,
                },
                Event::Empty(e) => Ev::Start {
                    name: name(&e.name()),
                    e,
                    empty: true,
                },
                Event::End(e) => Ev::End(name(&e.name())),
                Event::Text(t) => Ev::Text(t.xml10_content().into_owned()),
                Event::CData(t) => Ev::Text(t.into_inner().into_owned()),
                Event::GeneralRef(r) => {
                    let c = match r.resolve_char_ref() {
                        Ok(Some(c)) => c,
                        Ok(None) => match r.xml10_content().as_ref() {
                            "amp" => '&',
                            "lt" => '<',
                            "gt" => '>',
                            "quot" => '"',
                            "apos" => '\'',
                            other => return Err(self.err_here(format!("unknown entity &{other};"))),
                        },
                        Err(e) => return Err(self.err_here(e.to_string())),
                    };
                    Ev::Text(c.to_string())
                }
                Event::Eof => Ev::Eof,
                _ => continue,
            });
        }
    }

    /// The byte range in the part of the event just read.
    pub(crate) fn last_range(&self) -> std::ops::Range<usize> {
        self.last.0..self.last.1
    }

    /// Skips the rest of the element whose start tag was just read.
    pub(crate) fn skip(&mut self) -> Result<(), DocxError> {
        let mut depth = 1usize;
        while depth > 0 {
            match self.next()? {
                Ev::Start { empty: false, .. } => depth += 1,
                Ev::End(_) => depth -= 1,
                Ev::Eof => return Err(self.err_here("unexpected end of the part".into())),
                _ => {}
            }
        }
        Ok(())
    }
}

/// The value of the attribute whose local name is `local` (`val` matches `w:val`).
pub(crate) fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        let key: &str = a.key.as_ref();
        let l = key.rsplit(':').next().unwrap_or(key);
        (l == local).then(|| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| a.value.to_string())
        })
    })
}

/// `w:val` read as a number.
pub(crate) fn val_u32(e: &BytesStart<'_>) -> Option<u32> {
    attr(e, "val").and_then(|v| v.trim().parse().ok())
}

/// The left indent of a `w:ind` element, in twips (`w:left`, or `w:start`
/// as newer files write it); `None` where it sets neither.
pub(crate) fn left_indent(e: &BytesStart<'_>) -> Option<i32> {
    attr(e, "left")
        .or_else(|| attr(e, "start"))
        .and_then(|v| v.trim().parse().ok())
}

/// An on/off property (`<w:vanish/>`, `<w:isLgl w:val="0"/>`): on unless
/// its value says off.
pub(crate) fn on(e: &BytesStart<'_>) -> bool {
    !matches!(attr(e, "val").as_deref(), Some("0" | "false" | "off"))
}
