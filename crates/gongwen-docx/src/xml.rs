//! The little XML layer shared by the part readers: a pull reader that
//! reports faults as [`DocxError::Xml`] with the part and byte offset, and
//! attribute look-up by local name (`w:val` → `val`).

use crate::DocxError;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// A pull reader over one part.
pub(crate) struct Xml<'a> {
    part: &'a str,
    reader: Reader<&'a [u8]>,
}

/// One event, reduced to what the part readers need.
#[derive(Debug)]
pub(crate) enum Ev<'a> {
    /// A start tag (`empty` for `<w:b/>`).
    Start { e: BytesStart<'a>, empty: bool },
    /// An end tag, with its qualified name.
    End(String),
    /// Character data, entities resolved.
    Text(String),
    /// End of the part.
    Eof,
}

impl<'a> Xml<'a> {
    pub(crate) fn new(part: &'a str, bytes: &'a [u8]) -> Self {
        let mut reader = Reader::from_reader(bytes);
        let c = reader.config_mut();
        c.trim_text(false);
        c.expand_empty_elements = false;
        c.check_end_names = true;
        Xml { part, reader }
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
            let ev = self
                .reader
                .read_event()
                .map_err(|e| self.err(e.to_string()))?;
            return Ok(match ev {
                Event::Start(e) => Ev::Start { e, empty: false },
                Event::Empty(e) => Ev::Start { e, empty: true },
                Event::End(e) => Ev::End(e.name().as_ref().to_string()),
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

/// The qualified name of a start tag (`w:p`).
pub(crate) fn name(e: &BytesStart<'_>) -> String {
    e.name().as_ref().to_string()
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

/// An on/off property (`<w:vanish/>`, `<w:isLgl w:val="0"/>`): on unless
/// its value says off.
pub(crate) fn on(e: &BytesStart<'_>) -> bool {
    !matches!(attr(e, "val").as_deref(), Some("0" | "false" | "off"))
}
