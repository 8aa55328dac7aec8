//! The native part of the `gongwen` Python package (`gongwen._gongwen`).
//!
//! The Python package (`python/gongwen/__init__.py`) is the public API; this
//! module does the work: it parses, chunks, checks, formats and converts with
//! the Rust crates, releasing the GIL while it does, and reports failures as
//! exceptions carrying the command line's messages.
//!
//! Offsets handed to Python are in characters (Unicode scalar values, what a
//! Python `str` indexes), converted from the model's byte offsets here.
#![forbid(unsafe_code)]

use gongwen::export::{chunks, Format};
use gongwen::input::{parse_input, InputError};
use gongwen::model::Document as Doc;
use pyo3::create_exception;
use pyo3::exceptions::{
    PyFileNotFoundError, PyIsADirectoryError, PyOSError, PyPermissionError, PyValueError,
};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList};
use std::path::PathBuf;

create_exception!(
    _gongwen,
    GongwenError,
    PyValueError,
    "A document could not be parsed, formatted or converted."
);
create_exception!(
    _gongwen,
    DecodeError,
    GongwenError,
    "The bytes are not text in a supported encoding (the message names the byte offset)."
);
create_exception!(
    _gongwen,
    UnsupportedFormatError,
    GongwenError,
    "A .doc, .pdf, .odt or .rtf document: save it as .docx or .txt."
);
create_exception!(
    _gongwen,
    DocxError,
    GongwenError,
    "A .docx package that cannot be read (the message names the part)."
);

/// The Python exception for a parse failure, with the CLI's message.
fn input_error(e: &InputError) -> PyErr {
    let message = e.to_string();
    match e {
        InputError::Decode { .. } => DecodeError::new_err(message),
        InputError::Unsupported { .. } => UnsupportedFormatError::new_err(message),
        InputError::Docx { .. } => DocxError::new_err(message),
    }
}

/// The Python exception for a file that could not be read, with the CLI's
/// message (`cannot read PATH: cause`).
fn read_error(e: &gongwen::io::ReadError) -> PyErr {
    let message = e.to_string();
    match e.source.kind() {
        std::io::ErrorKind::NotFound => PyFileNotFoundError::new_err(message),
        std::io::ErrorKind::PermissionDenied => PyPermissionError::new_err(message),
        std::io::ErrorKind::IsADirectory => PyIsADirectoryError::new_err(message),
        _ => PyOSError::new_err(message),
    }
}

/// Byte offsets into a text turned into character offsets, walking from the
/// last answer: offsets asked in (nearly) ascending order cost linear time
/// in all.
struct CharIndex<'s> {
    text: &'s str,
    byte: usize,
    chars: usize,
}

impl<'s> CharIndex<'s> {
    fn new(text: &'s str) -> Self {
        CharIndex {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of byte offset `at` (a character boundary;
    /// otherwise the character it falls in is counted).
    fn at(&mut self, at: usize) -> usize {
        let at = at.min(self.text.len());
        if at >= self.byte {
            self.chars += count_chars(&self.text.as_bytes()[self.byte..at]);
        } else {
            self.chars -= count_chars(&self.text.as_bytes()[at..self.byte]);
        }
        self.byte = at;
        self.chars
    }
}

/// Characters in UTF-8 bytes: the bytes that do not continue a character.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// A parsed document (`gongwen.Document` wraps it).
#[pyclass(frozen, module = "gongwen._gongwen")]
#[derive(Debug)]
pub struct Document {
    doc: Doc<'static>,
    /// The path the document was read from or named by, if any: written in
    /// chunk records and part of their ids.
    path: Option<String>,
}

/// What a parse can fail with.
enum Failed {
    Read(gongwen::io::ReadError),
    Input(InputError),
}

impl From<Failed> for PyErr {
    fn from(f: Failed) -> PyErr {
        match f {
            Failed::Read(e) => read_error(&e),
            Failed::Input(e) => input_error(&e),
        }
    }
}

fn chunk_options(
    max_chars: usize,
    overlap_chars: usize,
    min_chars: usize,
    path: Option<String>,
) -> PyResult<chunks::Options> {
    if max_chars == 0 {
        return Err(PyValueError::new_err("max_chars must be at least 1"));
    }
    let mut options = chunks::Options::default();
    options.max_chars = max_chars;
    options.overlap_chars = overlap_chars;
    options.min_chars = min_chars;
    options.path = path;
    Ok(options)
}

#[pymethods]
impl Document {
    /// Parses text already decoded; `path` names it in chunk records.
    #[staticmethod]
    #[pyo3(signature = (text, path=None))]
    fn from_text(py: Python<'_>, text: String, path: Option<String>) -> Self {
        let doc = py.detach(|| gongwen::parse(&text).into_owned());
        Document { doc, path }
    }

    /// Parses bytes: a .docx (by its zip signature, or `path`'s extension)
    /// or text in any supported encoding.
    #[staticmethod]
    #[pyo3(signature = (data, path=None))]
    fn from_bytes(py: Python<'_>, data: Vec<u8>, path: Option<String>) -> PyResult<Self> {
        let name = path.clone().unwrap_or_else(|| "-".to_string());
        let doc = py
            .detach(|| parse_input(&name, &data).map(Doc::into_owned))
            .map_err(|e| input_error(&e))?;
        Ok(Document { doc, path })
    }

    /// Reads and parses the file at `file`; `path` (default: `file` as
    /// given) names it in chunk records.
    #[staticmethod]
    #[pyo3(signature = (file, path=None))]
    fn from_path(py: Python<'_>, file: PathBuf, path: Option<String>) -> PyResult<Self> {
        let name = file.to_string_lossy().into_owned();
        let doc = py.detach(|| {
            let bytes = gongwen::io::read_path(&file).map_err(Failed::Read)?;
            parse_input(&name, &bytes)
                .map(Doc::into_owned)
                .map_err(Failed::Input)
        })?;
        Ok(Document {
            doc,
            path: Some(path.unwrap_or(name)),
        })
    }

    /// The document's title, or None.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.doc.title()
    }

    /// The decoded text every offset points into.
    #[getter]
    fn source(&self) -> &str {
        &self.doc.source
    }

    /// The path given when parsing, or None.
    #[getter]
    fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The decoding: (encoding, bom, replaced, truncated).
    #[getter]
    fn decoding(&self) -> PyResult<String> {
        serde_json::to_string(&self.doc.decoding).map_err(|e| GongwenError::new_err(e.to_string()))
    }

    /// The outline rows: (line, kind, depth or None, marker, title).
    fn outline(&self) -> Vec<(u32, &'static str, Option<u32>, &str, &str)> {
        self.doc
            .outline()
            .map(|r| (r.line, r.kind.as_str(), r.depth, r.marker, r.title))
            .collect()
    }

    /// The nodes as the model's JSON (a list of objects), each span with
    /// `char_start` and `char_end` added.
    fn nodes_json(&self, py: Python<'_>) -> PyResult<String> {
        py.detach(|| {
            // The document's serde form: a paragraph's inline markers in
            // its own object.
            let mut nodes = serde_json::to_value(&self.doc)
                .map_err(|e| GongwenError::new_err(e.to_string()))?
                .get_mut("nodes")
                .map(serde_json::Value::take)
                .unwrap_or_default();
            let mut index = CharIndex::new(&self.doc.source);
            if let Some(list) = nodes.as_array_mut() {
                for node in list {
                    add_chars(node.get_mut("span"), &mut index);
                    if let Some(kind) = node.get_mut("kind") {
                        add_chars(kind.get_mut("title_span"), &mut index);
                        if let Some(marker) = kind.get_mut("marker") {
                            add_chars(marker.get_mut("span"), &mut index);
                        }
                    }
                }
            }
            serde_json::to_string(&nodes).map_err(|e| GongwenError::new_err(e.to_string()))
        })
    }

    /// The whole model as JSON (`gongwen convert --to json`, compact unless
    /// `pretty`).
    #[pyo3(signature = (pretty=false))]
    fn to_json(&self, py: Python<'_>, pretty: bool) -> PyResult<String> {
        py.detach(|| {
            let mut options = gongwen::export::json::Options::default();
            options.pretty = pretty;
            gongwen::export::json::to_string(&self.doc, &options)
        })
        .map_err(|e| GongwenError::new_err(e.to_string()))
    }

    /// The chunk records, offsets in characters (`start`, `end`) and bytes
    /// (`byte_start`, `byte_end`).
    #[pyo3(signature = (max_chars=500, overlap_chars=50, min_chars=100, path=None))]
    fn chunks<'py>(
        &self,
        py: Python<'py>,
        max_chars: usize,
        overlap_chars: usize,
        min_chars: usize,
        path: Option<String>,
    ) -> PyResult<Bound<'py, PyList>> {
        let options = chunk_options(
            max_chars,
            overlap_chars,
            min_chars,
            path.or_else(|| self.path.clone()),
        )?;
        let records = py.detach(|| {
            let list = chunks::chunks(&self.doc, &options);
            let mut index = CharIndex::new(&self.doc.source);
            let offsets: Vec<(usize, usize)> = list
                .iter()
                .map(|c| (index.at(c.start), index.at(c.end)))
                .collect();
            (list, offsets)
        });
        let out = PyList::empty(py);
        for (c, (start, end)) in records.0.into_iter().zip(records.1) {
            let d = PyDict::new(py);
            d.set_item("id", c.id)?;
            d.set_item("index", c.index)?;
            d.set_item("path", c.path)?;
            d.set_item("title", c.title)?;
            d.set_item("article", c.article)?;
            d.set_item("heading_path", c.heading_path)?;
            d.set_item("text", c.text)?;
            d.set_item("start", start)?;
            d.set_item("end", end)?;
            d.set_item("byte_start", c.start)?;
            d.set_item("byte_end", c.end)?;
            d.set_item("overlap", c.overlap)?;
            d.set_item("chars", c.chars)?;
            d.set_item("graphemes", c.graphemes)?;
            out.append(d)?;
        }
        Ok(out)
    }

    /// The chunk records as JSON Lines, exactly as `gongwen chunk` writes
    /// them (byte offsets).
    #[pyo3(signature = (max_chars=500, overlap_chars=50, min_chars=100, path=None))]
    fn chunks_jsonl(
        &self,
        py: Python<'_>,
        max_chars: usize,
        overlap_chars: usize,
        min_chars: usize,
        path: Option<String>,
    ) -> PyResult<String> {
        let options = chunk_options(
            max_chars,
            overlap_chars,
            min_chars,
            path.or_else(|| self.path.clone()),
        )?;
        py.detach(|| chunks::to_string(&self.doc, &options))
            .map_err(|e| GongwenError::new_err(e.to_string()))
    }

    /// The numbering findings as JSON Lines, as `gongwen check --format
    /// json` prints them (`path` is the document's path or `-`).
    fn check_jsonl(&self, py: Python<'_>) -> String {
        let path = self.path.as_deref().unwrap_or("-");
        py.detach(|| {
            let found = gongwen::check::check(&self.doc);
            gongwen::check::render::json_lines(path, &found)
        })
    }

    /// The text with what `gongwen fmt` fixes fixed (`standard`: also the
    /// GB/T 9704 forms of `fmt --standard`).
    #[pyo3(signature = (standard=false))]
    fn fmt(&self, py: Python<'_>, standard: bool) -> String {
        let options = if standard {
            gongwen::fix::Options::standard()
        } else {
            gongwen::fix::Options::default()
        };
        py.detach(|| gongwen::fix::fix(&self.doc, &options))
    }

    /// The document in an export format (`json`, `markdown`, `html`,
    /// `docx`, `chunks`, `outline`, or `tsv`, `text`), as `gongwen convert
    /// --to` writes it: bytes for docx, text otherwise.
    fn convert<'py>(&self, py: Python<'py>, to: &str) -> PyResult<Bound<'py, PyAny>> {
        let text = match to {
            "tsv" => Some(gongwen::export::outline::to_tsv(&self.doc)),
            "text" => Some(self.doc.source.to_string()),
            _ => None,
        };
        if let Some(text) = text {
            return Ok(text.into_pyobject(py)?.into_any());
        }
        let format: Format = to
            .parse()
            .map_err(|e: gongwen::export::UnknownFormat| PyValueError::new_err(e.to_string()))?;
        let path = self.path.clone();
        let bytes = py
            .detach(|| match format {
                Format::Chunks => chunks::to_string(&self.doc, &{
                    let mut options = chunks::Options::default();
                    options.path = path;
                    options
                })
                .map(String::into_bytes),
                _ => format.to_vec(&self.doc),
            })
            .map_err(|e| GongwenError::new_err(e.to_string()))?;
        if format.is_binary() {
            return Ok(PyBytes::new(py, &bytes).into_any());
        }
        let text = String::from_utf8(bytes).map_err(|e| GongwenError::new_err(e.to_string()))?;
        Ok(text.into_pyobject(py)?.into_any())
    }

    /// Every byte of the source is accounted for by a node or a gap.
    fn reassembles(&self) -> bool {
        self.doc.reassemble().as_deref() == Some(self.doc.source.as_ref())
    }

    fn __repr__(&self) -> String {
        format!(
            "<gongwen.Document title={:?} nodes={}>",
            self.doc.title().unwrap_or_default(),
            self.doc.nodes.len()
        )
    }
}

/// Adds `char_start` and `char_end` to a serialised span.
fn add_chars(span: Option<&mut serde_json::Value>, index: &mut CharIndex<'_>) {
    let Some(span) = span.and_then(serde_json::Value::as_object_mut) else {
        return;
    };
    let start = span.get("start").and_then(serde_json::Value::as_u64);
    let end = span.get("end").and_then(serde_json::Value::as_u64);
    if let (Some(s), Some(e)) = (start, end) {
        let (s, e) = (index.at(s as usize), index.at(e as usize));
        span.insert("char_start".into(), s.into());
        span.insert("char_end".into(), e.into());
    }
}

/// The chunk id of a record (`gongwen_export::chunks::chunk_id`) as hex.
#[pyfunction]
#[pyo3(signature = (path, index, text))]
fn chunk_id(path: Option<&str>, index: usize, text: &str) -> String {
    format!("{:016x}", chunks::chunk_id(path, index, text))
}

/// The built-in sample document.
#[pyfunction]
fn sample() -> &'static str {
    gongwen::SAMPLE
}

/// The JSON Schema of a chunk record (`chunk`) and of the document model
/// (`document`), and the Spark schemas of a chunk record (`chunk.spark`) and
/// of a `gongwen batch --to jsonl` line (`document.spark`).
#[pyfunction]
fn json_schema(which: &str) -> PyResult<&'static str> {
    match which {
        "chunk" => Ok(chunks::SCHEMA),
        "chunk.spark" => Ok(chunks::SPARK_SCHEMA),
        "document" => Ok(gongwen::export::json::SCHEMA),
        "document.spark" => Ok(gongwen::export::json::SPARK_SCHEMA),
        _ => Err(PyValueError::new_err(format!(
            "unknown schema {which:?} (expected chunk, chunk.spark, document or document.spark)"
        ))),
    }
}

/// The module `gongwen._gongwen`.
#[pymodule]
fn _gongwen(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Document>()?;
    m.add_function(wrap_pyfunction!(chunk_id, m)?)?;
    m.add_function(wrap_pyfunction!(sample, m)?)?;
    m.add_function(wrap_pyfunction!(json_schema, m)?)?;
    let py = m.py();
    m.add("GongwenError", py.get_type::<GongwenError>())?;
    m.add("DecodeError", py.get_type::<DecodeError>())?;
    m.add(
        "UnsupportedFormatError",
        py.get_type::<UnsupportedFormatError>(),
    )?;
    m.add("DocxError", py.get_type::<DocxError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
