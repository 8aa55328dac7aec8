//! The zip package: parts read by name, with a size limit against zip bombs.

use crate::DocxError;
use std::io::{Cursor, Read};
use zip::result::ZipError;
use zip::ZipArchive;

/// The largest unpacked size of one part that is read (256 MiB).
pub const MAX_PART_SIZE: u64 = 256 << 20;

pub(crate) struct Package<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
}

impl<'a> Package<'a> {
    pub(crate) fn open(bytes: &'a [u8]) -> Result<Self, DocxError> {
        let zip =
            ZipArchive::new(Cursor::new(bytes)).map_err(|source| DocxError::NotZip { source })?;
        // Readers disagree on which of two entries of one name is the part
        // (some take the first, some the last): refuse to guess.
        if zip.has_duplicate_names() {
            return Err(DocxError::DuplicateEntries);
        }
        Ok(Package { zip })
    }

    /// The bytes of part `name`, `None` when the package has no such part.
    pub(crate) fn part(&mut self, name: &str) -> Result<Option<Vec<u8>>, DocxError> {
        let err = |message: String| DocxError::Part {
            part: name.to_string(),
            message,
        };
        let file = match self.zip.by_name(name) {
            Ok(f) => f,
            Err(ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(err(e.to_string())),
        };
        if file.size() > MAX_PART_SIZE {
            return Err(DocxError::TooLarge {
                part: name.to_string(),
                limit: MAX_PART_SIZE,
            });
        }
        let mut buf = Vec::with_capacity(file.size() as usize);
        // The declared size may lie: never read past the limit.
        file.take(MAX_PART_SIZE + 1)
            .read_to_end(&mut buf)
            .map_err(|e| err(e.to_string()))?;
        if buf.len() as u64 > MAX_PART_SIZE {
            return Err(DocxError::TooLarge {
                part: name.to_string(),
                limit: MAX_PART_SIZE,
            });
        }
        Ok(Some(buf))
    }
}
