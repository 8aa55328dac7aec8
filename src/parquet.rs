//! Chunk records as Parquet (`gongwen batch --to parquet`, feature
//! `parquet`): one row per chunk, the columns of
//! `crates/gongwen-export/schema/chunk.spark.json` in its order, with
//! Arrow's types for Spark's (`string` → Utf8, `long` → Int64,
//! `array<string>` → List(Utf8)). Row groups hold [`ROW_GROUP`] rows and
//! are handed to the output as they are finished, so memory stays bounded;
//! pages are Snappy-compressed.

use crate::export::chunks::{self, Chunk};
use arrow_array::builder::{Int64Builder, ListBuilder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use std::io::{self, Write};
use std::path::Path;
use std::sync::Arc;

/// Rows per Parquet row group.
pub const ROW_GROUP: usize = 16 * 1024;

/// Rows per Arrow record batch handed to the Parquet writer.
const BATCH: usize = 4 * 1024;

/// The Arrow schema of a chunk row: the fields of
/// [`Chunk`] with `start` and `end` in bytes, as in the JSON Lines records.
///
/// ```
/// let schema = gongwen::parquet::schema();
/// assert_eq!(schema.fields().len(), 12);
/// assert_eq!(schema.field(0).name(), "path");
/// ```
pub fn schema() -> SchemaRef {
    let text = |name: &str, nullable: bool| Field::new(name, DataType::Utf8, nullable);
    let long = |name: &str| Field::new(name, DataType::Int64, false);
    Arc::new(Schema::new(vec![
        text("path", true),
        text("title", true),
        text("id", false),
        long("index"),
        text("article", true),
        Field::new(
            "heading_path",
            DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
            false,
        ),
        text("text", false),
        long("start"),
        long("end"),
        long("overlap"),
        long("chars"),
        long("graphemes"),
    ]))
}

/// Reads, parses and chunks one file (the records' `path` relative to
/// `dir`); the error message names the file.
pub(crate) fn chunks_of(
    path: &Path,
    dir: &Path,
    options: &chunks::Options,
) -> Result<(Vec<Chunk>, usize), String> {
    std::panic::catch_unwind(|| {
        let bytes = crate::io::read_path(path).map_err(|e| e.to_string())?;
        let doc = crate::input::parse_input(&path.to_string_lossy(), &bytes)
            .map_err(|e| e.to_string())?;
        let rel = path.strip_prefix(dir).unwrap_or(path).display().to_string();
        let options = options.clone().with_path(Some(rel));
        Ok((chunks::chunks(&doc, &options), bytes.len()))
    })
    .unwrap_or_else(|_| {
        Err(format!(
            "{}: internal error while converting (please report it); skipped",
            crate::io::shown(path)
        ))
    })
}

fn int(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Builds record batches of chunk rows and writes them as one Parquet file,
/// passing the bytes on to the output as row groups are finished.
pub(crate) struct ChunkWriter {
    writer: ArrowWriter<Vec<u8>>,
    rows: Rows,
}

impl std::fmt::Debug for ChunkWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChunkWriter").finish_non_exhaustive()
    }
}

/// Column builders for the rows not yet handed to the writer.
#[derive(Default)]
struct Rows {
    len: usize,
    path: StringBuilder,
    title: StringBuilder,
    id: StringBuilder,
    index: Int64Builder,
    article: StringBuilder,
    heading_path: ListBuilder<StringBuilder>,
    text: StringBuilder,
    start: Int64Builder,
    end: Int64Builder,
    overlap: Int64Builder,
    chars: Int64Builder,
    graphemes: Int64Builder,
}

fn parquet_error(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!("Parquet: {e}"))
}

impl ChunkWriter {
    /// A writer with the chunk schema, Snappy pages and [`ROW_GROUP`] rows
    /// a group.
    pub(crate) fn new() -> io::Result<Self> {
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(ROW_GROUP))
            .set_created_by(format!("gongwen {}", env!("CARGO_PKG_VERSION")))
            .build();
        let writer =
            ArrowWriter::try_new(Vec::new(), schema(), Some(props)).map_err(parquet_error)?;
        Ok(ChunkWriter {
            writer,
            rows: Rows::default(),
        })
    }

    /// Adds one document's chunks; writes a batch when enough rows wait.
    pub(crate) fn push(&mut self, chunks: &[Chunk], out: &mut dyn Write) -> io::Result<()> {
        for c in chunks {
            let r = &mut self.rows;
            r.path.append_option(c.path.as_deref());
            r.title.append_option(c.title.as_deref());
            r.id.append_value(&c.id);
            r.index.append_value(int(c.index));
            r.article.append_option(c.article.as_deref());
            for label in &c.heading_path {
                r.heading_path.values().append_value(label);
            }
            r.heading_path.append(true);
            r.text.append_value(&c.text);
            r.start.append_value(int(c.start));
            r.end.append_value(int(c.end));
            r.overlap.append_value(int(c.overlap));
            r.chars.append_value(int(c.chars));
            r.graphemes.append_value(int(c.graphemes));
            r.len += 1;
            if r.len >= BATCH {
                self.write_batch(out)?;
            }
        }
        Ok(())
    }

    fn write_batch(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.rows.len == 0 {
            return Ok(());
        }
        let r = &mut self.rows;
        let columns: Vec<ArrayRef> = vec![
            Arc::new(r.path.finish()),
            Arc::new(r.title.finish()),
            Arc::new(r.id.finish()),
            Arc::new(r.index.finish()),
            Arc::new(r.article.finish()),
            Arc::new(r.heading_path.finish()),
            Arc::new(r.text.finish()),
            Arc::new(r.start.finish()),
            Arc::new(r.end.finish()),
            Arc::new(r.overlap.finish()),
            Arc::new(r.chars.finish()),
            Arc::new(r.graphemes.finish()),
        ];
        r.len = 0;
        let batch = RecordBatch::try_new(schema(), columns).map_err(parquet_error)?;
        self.writer.write(&batch).map_err(parquet_error)?;
        self.drain(out)
    }

    /// Hands the bytes the Parquet writer has produced so far to `out`
    /// (the writer counts its own offsets, so its buffer can be emptied).
    fn drain(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let done = std::mem::take(self.writer.inner_mut());
        out.write_all(&done)
    }

    /// Writes the last rows and the footer.
    pub(crate) fn finish(mut self, out: &mut dyn Write) -> io::Result<()> {
        self.write_batch(out)?;
        let rest = self.writer.into_inner().map_err(parquet_error)?;
        out.write_all(&rest)
    }
}
