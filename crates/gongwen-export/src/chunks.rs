//! RAG chunks: JSON Lines, one record per chunk, for retrieval pipelines.
//!
//! Chunks follow sections: the text a section owns (its heading line and the
//! paragraphs up to the next section) is one chunk when it fits
//! [`Options::max_chars`]. Two merges make chunks worth indexing:
//!
//! * a section whose own text is only its heading line (its content is in
//!   subsections) goes with the first chunk of its section, so no chunk is
//!   a bare heading;
//! * text shorter than [`Options::min_chars`] merges with the neighbouring
//!   text under the same parent section (the articles of a chapter, the
//!   items of a list) while the merged chunk fits `max_chars`; such a chunk
//!   has the parent's heading path.
//!
//! A larger unit is split after sentence ends (`。！？；`, a closing quote
//! kept with its sentence, or a line break), and a sentence longer than the
//! limit is split between grapheme clusters, never inside one. Each chunk
//! after a split repeats up to [`Options::overlap_chars`] characters of the
//! one before; `overlap` gives that prefix's length in characters, so the
//! chunks with their overlaps removed cover the body text exactly once, in
//! order. Merges only join text with white space between, so nothing is lost
//! or repeated.
//!
//! The title, declared count, 目录 and web chrome are not body text and are
//! not chunked.
//!
//! Each record ([`Chunk`]):
//!
//! ```json
//! {"path":"汇编.txt","title":"机关青年干部读书班交流发言材料汇编","id":"3f2a…","index":4,
//!  "article":"…材料1","heading_path":["…材料1","一、主要收获","（一）理论学习更加系统"],
//!  "text":"（一）理论学习更加系统。通过…","start":540,"end":691,"overlap":0,"chars":50,"graphemes":50}
//! ```
//!
//! `text` is the source between `start` and `end` (byte offsets into
//! [`Document::source`]), so hard-wrapped lines keep their line breaks.
//! `path` is [`Options::path`] (`null` when not given), `title` the
//! document's title (`null` when it has none). `id` is [`chunk_id`]: XXH64
//! of the path, the index and the text, so the same document gives the same
//! ids and anyone can recompute them (Python's `xxhash`, Spark's
//! `xxhash64`).
//! `heading_path` and `article` repeat in every chunk of a section, so they
//! are bounded: each label keeps its first [`MAX_LABEL_CHARS`] characters,
//! and the path its outermost [`MAX_PATH_LABELS`] labels (real documents
//! nest far less), so the output stays linear in the input.
//!
//! ```
//! let doc = gongwen_parse::parse("一、总体要求\n（一）提高认识。全体干部要认真学习。\n");
//! let options = gongwen_export::chunks::Options::default().with_min_chars(0);
//! let jsonl = gongwen_export::chunks::to_string(&doc, &options).unwrap();
//! let first: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
//! // The bare heading 一、 goes with the first text of its section.
//! assert_eq!(first["heading_path"][1], "（一）提高认识");
//! assert_eq!(first["text"], "一、总体要求\n（一）提高认识。全体干部要认真学习。");
//! assert_eq!(first["path"], serde_json::Value::Null);
//! ```

use crate::jsonw::{escape_into, JsonOut};
use crate::{walk, ExportError};
use gongwen_model::{Document, FurnitureRole, Node, NodeKind, WalkEvent};
use serde::ser::{Serialize, SerializeSeq, Serializer};
use std::io::Write;
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

/// The JSON Schema (draft 2020-12) of a record, `schema/chunk.schema.json`.
///
/// ```
/// let schema: serde_json::Value = serde_json::from_str(gongwen_export::chunks::SCHEMA).unwrap();
/// assert_eq!(schema["required"].as_array().map(Vec::len), Some(12));
/// ```
pub const SCHEMA: &str = include_str!("../schema/chunk.schema.json");

/// The Spark schema of a record, `schema/chunk.spark.json`: Spark's JSON
/// form of a `StructType` (`StructType.fromJson` in PySpark,
/// `DataType.fromJson` in Scala), one type per field whatever the data. It
/// is what `spark.read.json` infers from these records and what
/// `gongwen batch --to parquet` writes; Spark reads every column as
/// nullable, though only `path`, `title` and `article` are ever null.
///
/// ```
/// let schema: serde_json::Value = serde_json::from_str(gongwen_export::chunks::SPARK_SCHEMA).unwrap();
/// assert_eq!(schema["fields"].as_array().map(Vec::len), Some(12));
/// ```
pub const SPARK_SCHEMA: &str = include_str!("../schema/chunk.spark.json");

/// The most characters of one heading (marker included) or article title
/// repeated in `heading_path` and `article`; a longer one is cut there.
pub const MAX_LABEL_CHARS: usize = 200;

/// The most labels in a `heading_path`: the outermost ones are kept.
pub const MAX_PATH_LABELS: usize = 32;

/// The first `MAX_LABEL_CHARS` characters of `s`, less `used` already taken.
fn label_cut(s: &str, used: usize) -> &str {
    let n = MAX_LABEL_CHARS.saturating_sub(used);
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// How to cut chunks.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The largest chunk, in characters (Unicode scalar values), overlap
    /// included. A single grapheme cluster longer than this is kept whole.
    pub max_chars: usize,
    /// How many characters of the previous piece a split chunk repeats
    /// (at most half of `max_chars` is used).
    pub overlap_chars: usize,
    /// A section's text shorter than this, in characters, is merged with
    /// the neighbouring sections under the same parent while the merged
    /// chunk fits `max_chars`; 0 merges nothing.
    pub min_chars: usize,
    /// The document's path, written in every record (`path`); `None` writes
    /// `null` (standard input, a string in memory). When given, it is also
    /// part of each `id`, so ids are unique across a corpus.
    pub path: Option<String>,
}

option_builders! {
    chunks:
    with_max_chars(max_chars: usize = 40) "the longest chunk (characters)",
    with_overlap_chars(overlap_chars: usize = 8) "the characters a chunk repeats from the one before",
    with_min_chars(min_chars: usize = 0) "the shortest chunk kept on its own (characters)",
    with_path(path: Option<String> = None) "the path recorded in every chunk",
}

impl Default for Options {
    /// `max_chars` 500, `overlap_chars` 50, `min_chars` 100: chosen from
    /// the chunk sizes on the public and wide corpora (`docs/export.md`).
    fn default() -> Self {
        Options {
            max_chars: 500,
            overlap_chars: 50,
            min_chars: 100,
            path: None,
        }
    }
}

/// One chunk, as written on one line of JSON.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Chunk {
    /// The document's path ([`Options::path`]), when known (absent in
    /// records written before it existed: read as `None`).
    #[serde(default)]
    pub path: Option<String>,
    /// The document's title, when it has one (absent in older records:
    /// read as `None`).
    #[serde(default)]
    pub title: Option<String>,
    /// A stable id: [`chunk_id`] of the path, the index and the text, as
    /// 16 lower-case hex digits.
    pub id: String,
    /// 0-based position of the chunk in the document.
    pub index: usize,
    /// The title of the article (or annex) the chunk is in, if any.
    pub article: Option<String>,
    /// The labels of the sections the chunk is in, outermost first; each
    /// heading as marker + title (`一、工作开展情况`). A chunk that merges
    /// sibling sections has their parent's path.
    pub heading_path: Vec<String>,
    /// The source text of the chunk.
    pub text: String,
    /// First byte of the chunk in the source.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// Characters at the start of `text` that repeat the end of the
    /// previous chunk.
    pub overlap: usize,
    /// Length of `text` in characters.
    pub chars: usize,
    /// Length of `text` in extended grapheme clusters.
    pub graphemes: usize,
    /// The footnotes and endnotes cited in `text` (from a .docx), kept
    /// with the text citing them; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<ChunkNote>,
}

/// A note cited in a chunk's text.
///
/// ```
/// let n = gongwen_export::chunks::ChunkNote { kind: gongwen_model::NoteKind::Footnote,
///     label: 1, text: "见附件。".into() };
/// assert_eq!(n.label, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChunkNote {
    /// Footnote or endnote.
    pub kind: gongwen_model::NoteKind,
    /// Its number (footnotes and endnotes each count from 1).
    pub label: u32,
    /// Its text.
    pub text: String,
}

/// Splits the document into chunks (records as Rust values).
///
/// ```
/// let doc = gongwen_parse::parse("一、总则\n为了规范管理，制定本办法。\n");
/// let chunks = gongwen_export::chunks::chunks(&doc, &Default::default());
/// assert_eq!(chunks.len(), 1);
/// assert_eq!(chunks[0].text, "一、总则\n为了规范管理，制定本办法。");
/// ```
pub fn chunks(doc: &Document<'_>, options: &Options) -> Vec<Chunk> {
    let mut out = Vec::new();
    for_each(doc, options, |c| {
        out.push(Chunk {
            path: c.doc_path.map(str::to_string),
            title: c.title.map(str::to_string),
            id: c.id_hex(),
            index: c.index,
            article: c.article.map(str::to_string),
            heading_path: c
                .path
                .iter()
                .map(|(m, sep, t)| format!("{m}{sep}{t}"))
                .collect(),
            text: c.text.to_string(),
            start: c.start,
            end: c.end,
            overlap: c.overlap,
            chars: c.chars,
            graphemes: c.graphemes,
            notes: c
                .notes
                .iter()
                .map(|n| ChunkNote {
                    kind: n.kind,
                    label: n.label,
                    text: n.text.to_string(),
                })
                .collect(),
        });
        Ok(())
    })
    .ok();
    out
}

/// Writes the chunks as JSON Lines.
///
/// ```
/// let doc = gongwen_parse::parse("一、总则\n为了规范管理，制定本办法。\n");
/// let mut out = Vec::new();
/// gongwen_export::chunks::write(&doc, &mut out, &Default::default()).unwrap();
/// assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
/// ```
pub fn write<W: Write>(doc: &Document<'_>, out: W, options: &Options) -> Result<(), ExportError> {
    let mut o = JsonOut::new(out);
    for_each(doc, options, |c| {
        c.write_json(&mut o)?;
        o.maybe_flush()?;
        Ok(())
    })?;
    o.finish()?;
    Ok(())
}

/// The chunks as a JSON Lines string.
///
/// ```
/// let doc = gongwen_parse::parse("一、总则\n");
/// assert!(gongwen_export::chunks::to_string(&doc, &Default::default()).unwrap().ends_with("}\n"));
/// ```
pub fn to_string(doc: &Document<'_>, options: &Options) -> Result<String, ExportError> {
    let mut out = Vec::with_capacity(doc.source.len() * 2);
    write(doc, &mut out, options)?;
    Ok(crate::into_string(out))
}

/// A chunk borrowed from the document, serialised without copying.
struct Piece<'d> {
    doc_path: Option<&'d str>,
    title: Option<&'d str>,
    index: usize,
    article: Option<&'d str>,
    path: &'d [(&'d str, &'d str, &'d str)],
    /// `path` as escaped JSON strings joined by commas.
    path_json: &'d [u8],
    text: &'d str,
    start: usize,
    end: usize,
    overlap: usize,
    chars: usize,
    graphemes: usize,
    /// The notes whose marks stand in `start..=end`.
    notes: &'d [&'d gongwen_model::Note<'d>],
}

impl Piece<'_> {
    fn id(&self) -> u64 {
        chunk_id(self.doc_path, self.index, self.text)
    }

    fn id_hex(&self) -> String {
        format!("{:016x}", self.id())
    }
}

struct Path<'d>(&'d [(&'d str, &'d str, &'d str)]);

impl Serialize for Path<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for &(m, sep, t) in self.0 {
            seq.serialize_element(&Label(m, sep, t))?;
        }
        seq.end()
    }
}

struct Label<'d>(&'d str, &'d str, &'d str);

impl Serialize for Label<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.is_empty() {
            s.serialize_str(self.2)
        } else {
            s.collect_str(&format_args!("{}{}{}", self.0, self.1, self.2))
        }
    }
}

struct Hex(u64);

impl Serialize for Hex {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 16];
        hex_digits(self.0, &mut buf);
        s.serialize_str(std::str::from_utf8(&buf).unwrap_or_default())
    }
}

impl Piece<'_> {
    /// Writes the record as one line of JSON (the same fields and order as
    /// the `Serialize` implementation).
    fn write_json<W: Write>(&self, o: &mut JsonOut<W>) -> std::io::Result<()> {
        o.raw("{\"path\":");
        match self.doc_path {
            Some(p) => o.str(p)?,
            None => o.raw("null"),
        }
        o.raw(",\"title\":");
        match self.title {
            Some(t) => o.str(t)?,
            None => o.raw("null"),
        }
        o.raw(",\"id\":\"");
        let mut hex = [0u8; 16];
        hex_digits(self.id(), &mut hex);
        o.buf.extend_from_slice(&hex);
        o.raw("\",\"index\":");
        o.uint(self.index as u64);
        o.raw(",\"article\":");
        match self.article {
            Some(a) => o.str(a)?,
            None => o.raw("null"),
        }
        o.raw(",\"heading_path\":[");
        o.buf.extend_from_slice(self.path_json);
        o.raw("],\"text\":");
        o.str(self.text)?;
        o.raw(",\"start\":");
        o.uint(self.start as u64);
        o.raw(",\"end\":");
        o.uint(self.end as u64);
        o.raw(",\"overlap\":");
        o.uint(self.overlap as u64);
        o.raw(",\"chars\":");
        o.uint(self.chars as u64);
        o.raw(",\"graphemes\":");
        o.uint(self.graphemes as u64);
        if !self.notes.is_empty() {
            o.raw(",\"notes\":[");
            for (k, n) in self.notes.iter().enumerate() {
                if k > 0 {
                    o.raw(",");
                }
                o.raw("{\"kind\":\"");
                o.raw(n.kind.name());
                o.raw("\",\"label\":");
                o.uint(u64::from(n.label));
                o.raw(",\"text\":");
                o.str(&n.text)?;
                o.raw("}");
            }
            o.raw("]");
        }
        o.raw("}\n");
        Ok(())
    }
}

/// Lower-case hex digits of `v`.
fn hex_digits(v: u64, buf: &mut [u8; 16]) {
    for (k, b) in buf.iter_mut().enumerate() {
        let nibble = (v >> (60 - 4 * k)) & 0xf;
        *b = b"0123456789abcdef"[nibble as usize];
    }
}

/// The seed of chunk ids: Spark's `xxhash64` has no other.
pub const ID_SEED: u64 = 42;

/// A chunk's id: XXH64 with seed [`ID_SEED`] (42) of the UTF-8 bytes of
/// `path`, U+001F, `index` in decimal, U+001F, `text` — the path empty when
/// there is none. The record's `id` is this as 16 lower-case hex digits.
/// It needs only the record's own fields, so it can be recomputed: in
/// Python `xxhash.xxh64(f"{path or ''}\x1f{index}\x1f{text}".encode(),
/// seed=42).hexdigest()`, in Spark SQL `lower(lpad(hex(xxhash64(concat_ws(
/// '\u001f', coalesce(path, ''), index, text))), 16, '0'))`.
///
/// ```
/// use gongwen_export::chunks::chunk_id;
/// assert_eq!(format!("{:016x}", chunk_id(Some("a.txt"), 0, "一、总则")), "04d349bebc418c9e");
/// assert_eq!(chunk_id(None, 0, "x"), chunk_id(Some(""), 0, "x"));
/// ```
pub fn chunk_id(path: Option<&str>, index: usize, text: &str) -> u64 {
    let path = path.unwrap_or_default();
    let mut index_digits = itoa::Buffer::new();
    let index = index_digits.format(index);
    let mut input = Vec::with_capacity(path.len() + index.len() + text.len() + 2);
    input.extend_from_slice(path.as_bytes());
    input.push(0x1f);
    input.extend_from_slice(index.as_bytes());
    input.push(0x1f);
    input.extend_from_slice(text.as_bytes());
    crate::xxh64::xxh64(&input, ID_SEED)
}

impl Serialize for Piece<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Chunk", 12)?;
        st.serialize_field("path", &self.doc_path)?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("id", &Hex(self.id()))?;
        st.serialize_field("index", &self.index)?;
        st.serialize_field("article", &self.article)?;
        st.serialize_field("heading_path", &Path(self.path))?;
        st.serialize_field("text", self.text)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.serialize_field("overlap", &self.overlap)?;
        st.serialize_field("chars", &self.chars)?;
        st.serialize_field("graphemes", &self.graphemes)?;
        st.end()
    }
}

/// True for the nodes that are body text (chunked).
fn is_body(node: &Node<'_>) -> bool {
    match &node.kind {
        NodeKind::Title { .. }
        | NodeKind::DeclaredCount { .. }
        | NodeKind::TocHeader
        | NodeKind::TocEntry { .. } => false,
        NodeKind::Furniture { role, .. } => !matches!(
            role,
            FurnitureRole::Chrome | FurnitureRole::Citation | FurnitureRole::RepeatedTitle
        ),
        _ => true,
    }
}

/// A section label: marker, separator, title.
type Step<'d> = (&'d str, &'d str, &'d str);

/// An open section while walking: when it is an article or annex, or
/// inside one, that article's node index and title.
struct OpenSection<'d> {
    article: Option<(usize, &'d str)>,
}

/// The body text being gathered: its owner section (the innermost open
/// section, `usize::MAX` for none), byte range, and whether it is only the
/// heading line (with any bylines) of a section whose text is in its
/// subsections.
struct Segment {
    owner: usize,
    start: usize,
    end: usize,
    heading_only: bool,
}

/// Walks the document once and hands every chunk to `emit`.
fn for_each<'d, F>(doc: &'d Document<'_>, options: &Options, mut emit: F) -> Result<(), ExportError>
where
    F: FnMut(Piece<'_>) -> Result<(), ExportError>,
{
    let source: &str = &doc.source;
    let mut open: Vec<OpenSection<'d>> = Vec::new();
    let mut path: Vec<Step<'d>> = Vec::new();
    let mut seg: Option<Segment> = None;
    let mut notes: Vec<&gongwen_model::Note<'_>> = doc
        .nodes
        .iter()
        .filter_map(|n| match &n.kind {
            NodeKind::Note(note) => Some(&**note),
            _ => None,
        })
        .collect();
    notes.sort_by_key(|n| n.at);
    let cutter = Cutter::new(options, doc.title(), &notes, &mut emit);
    let mut units = Units::new(source, options, cutter);
    // Every flush happens before `open`/`path` change, so they still
    // describe the segment being flushed.
    // Whether each entered node opened a section, innermost last: the
    // section closes when the model's walk leaves it.
    let mut opened: Vec<bool> = Vec::new();
    for event in doc.walk() {
        let i = match event {
            WalkEvent::Enter(id) => id.index(),
            _ => {
                if opened.pop() == Some(true) {
                    if let Some(sg) = seg.take() {
                        units.push(&sg, &open, &path)?;
                    }
                    open.pop();
                    path.pop();
                }
                continue;
            }
        };
        opened.push(false);
        let Some(node) = doc.nodes.get(i) else {
            continue;
        };
        let labelled = walk::label(node);
        if let Some((marker, sep, title)) = labelled {
            if let Some(sg) = seg.take() {
                units.push(&sg, &open, &path)?;
            }
            let article = matches!(node.kind, NodeKind::Article { .. } | NodeKind::Annex(_));
            // The innermost article, inherited, so finding it is O(1).
            let inherited = open.last().and_then(|s| s.article);
            let (marker, sep) = (label_cut(marker, 0), label_cut(sep, 0));
            let title = label_cut(title, marker.chars().count() + sep.chars().count());
            if let Some(o) = opened.last_mut() {
                *o = true;
            }
            open.push(OpenSection {
                article: if article {
                    Some((i, label_cut(title, 0)))
                } else {
                    inherited
                },
            });
            path.push((marker, sep, title));
        }
        let span = node.span;
        if let NodeKind::Table(_) | NodeKind::Note(_) = node.kind {
            // A table's cells are its children, chunked as the text around
            // them; a note has no source text of its own.
            continue;
        }
        if !is_body(node) || span.end() > source.len() || span.start() >= span.end() {
            if let Some(sg) = seg.take() {
                units.push(&sg, &open, &path)?;
            }
            continue;
        }
        let owner = if open.is_empty() {
            usize::MAX
        } else {
            open.len()
        };
        let byline = matches!(node.kind, NodeKind::Byline { .. });
        match &mut seg {
            Some(sg) if sg.owner == owner && span.start() >= sg.end => {
                sg.end = span.end();
                sg.heading_only &= byline;
            }
            _ => {
                if let Some(sg) = seg.take() {
                    units.push(&sg, &open, &path)?;
                }
                seg = Some(Segment {
                    owner,
                    start: span.start(),
                    end: span.end(),
                    // A heading with subsections; a leaf heading (a list
                    // item) is content.
                    heading_only: labelled.is_some() && node.end.index() > i + 1,
                });
            }
        }
    }
    if let Some(sg) = seg.take() {
        units.push(&sg, &open, &path)?;
    }
    units.finish()
}

/// The text of one or more sections that becomes one chunk, or several
/// when it is longer than the limit.
struct Unit<'d> {
    /// The trimmed source range.
    start: usize,
    end: usize,
    chars: usize,
    /// The path of the last section merged in.
    path: Vec<Step<'d>>,
    /// How much of `path` the chunks show: all of it, or the parent of the
    /// sibling sections merged.
    keep: usize,
    article: Option<(usize, &'d str)>,
    /// Only heading lines (and bylines) so far.
    heading_only: bool,
    /// Where the heading lines merged in front end (`start` when none): a
    /// split never leaves them alone in a chunk when it can help it.
    head_end: usize,
}

/// Gathers segments into units: a heading-only unit merges into the first
/// unit of its section, and units smaller than `min_chars` merge with their
/// neighbours under the same parent while the result fits `max_chars`.
/// Units are contiguous in the source (only white space between), so
/// merging loses and repeats nothing.
struct Units<'s, 'e, 'm, F> {
    source: &'s str,
    min: usize,
    max: usize,
    pending: Option<Unit<'s>>,
    /// The kept path as JSON strings joined by commas (reused).
    path_json: Vec<u8>,
    cutter: Cutter<'e, 'm, F>,
}

impl<'s, 'e, 'm, F> Units<'s, 'e, 'm, F>
where
    F: FnMut(Piece<'_>) -> Result<(), ExportError>,
{
    fn new(source: &'s str, options: &Options, cutter: Cutter<'e, 'm, F>) -> Self {
        Units {
            source,
            min: options.min_chars,
            max: options.max_chars.max(1),
            pending: None,
            path_json: Vec::new(),
            cutter,
        }
    }

    /// Takes the segment `sg`, in the sections `open` with labels `path`.
    fn push(
        &mut self,
        sg: &Segment,
        open: &[OpenSection<'s>],
        path: &[Step<'s>],
    ) -> Result<(), ExportError> {
        let Some(raw) = self.source.get(sg.start..sg.end) else {
            return Ok(());
        };
        let text = raw.trim_end();
        let lead = text.len() - text.trim_start().len();
        if lead == text.len() {
            return Ok(());
        }
        let (start, end) = (sg.start + lead, sg.start + text.len());
        let unit = Unit {
            start,
            end,
            chars: count_chars(&text[lead..]),
            // The outermost labels only: a deep document's chunks stay small.
            path: path[..path.len().min(MAX_PATH_LABELS)].to_vec(),
            keep: path.len().min(MAX_PATH_LABELS),
            article: open.last().and_then(|s| s.article),
            heading_only: sg.heading_only,
            head_end: start,
        };
        if let Some(p) = &mut self.pending {
            if merge(self.source, self.min, self.max, p, &unit) {
                return Ok(());
            }
        }
        if let Some(p) = self.pending.replace(unit) {
            self.emit(&p)?;
        }
        Ok(())
    }

    fn emit(&mut self, u: &Unit<'s>) -> Result<(), ExportError> {
        let path = &u.path[..u.keep];
        self.path_json.clear();
        for (k, &(marker, sep, title)) in path.iter().enumerate() {
            if k > 0 {
                self.path_json.push(b',');
            }
            self.path_json.push(b'"');
            escape_into(&mut self.path_json, marker);
            escape_into(&mut self.path_json, sep);
            escape_into(&mut self.path_json, title);
            self.path_json.push(b'"');
        }
        self.cutter.cut(
            self.source,
            (u.start, u.head_end, u.end),
            u.article.map(|a| a.1),
            path,
            &self.path_json,
        )
    }

    fn finish(mut self) -> Result<(), ExportError> {
        if let Some(p) = self.pending.take() {
            self.emit(&p)?;
        }
        Ok(())
    }
}

/// Merges `u` into `p` when only white space lies between them, both are in
/// the same article, and either `p` is only its section's heading and `u`
/// is inside that section, or one of them is shorter than `min`, the two
/// share `u`'s parent section, together fit `max`, and `u` is not a bare
/// heading (which goes with its own section's text instead).
fn merge<'d>(source: &str, min: usize, max: usize, p: &mut Unit<'d>, u: &Unit<'d>) -> bool {
    let Some(between) = source.get(p.end..u.start) else {
        return false;
    };
    if !between.trim().is_empty() || p.article.map(|a| a.0) != u.article.map(|a| a.0) {
        return false;
    }
    let chars = p.chars + count_chars(between) + u.chars;
    if p.heading_only && u.path.len() > p.path.len() && u.path.starts_with(&p.path) {
        // A heading line alone goes with the first text of its section.
        p.head_end = u.start;
        p.end = u.end;
        p.chars = chars;
        p.path.clone_from(&u.path);
        p.keep = u.keep;
        p.heading_only = u.heading_only;
        return true;
    }
    // A bare heading waits for its own section's text.
    if min == 0 || u.heading_only || chars > max || (p.chars >= min && u.chars >= min) {
        return false;
    }
    let parent = u.path.len().saturating_sub(1);
    if p.keep < parent || p.path.get(..parent) != u.path.get(..parent) {
        return false;
    }
    p.end = u.end;
    p.chars = chars;
    p.path.clone_from(&u.path);
    p.keep = parent;
    p.heading_only = false;
    true
}

/// Cuts units into chunks and numbers them.
struct Cutter<'e, 'm, F> {
    max: usize,
    overlap: usize,
    index: usize,
    doc_path: Option<&'m str>,
    title: Option<&'m str>,
    /// The document's notes, in the order of their marks.
    notes: &'m [&'m gongwen_model::Note<'m>],
    emit: &'e mut F,
}

impl<'e, 'm, F> Cutter<'e, 'm, F>
where
    F: FnMut(Piece<'_>) -> Result<(), ExportError>,
{
    fn new(
        options: &'m Options,
        title: Option<&'m str>,
        notes: &'m [&'m gongwen_model::Note<'m>],
        emit: &'e mut F,
    ) -> Self {
        let max = options.max_chars.max(1);
        Cutter {
            max,
            overlap: options.overlap_chars.min(max / 2),
            index: 0,
            doc_path: options.path.as_deref(),
            title,
            notes,
            emit,
        }
    }

    /// Emits the chunks of `source[start..end]` (trimmed); the first cut
    /// falls after `head` when a sentence end there allows it.
    fn cut(
        &mut self,
        source: &str,
        (start, head, end): (usize, usize, usize),
        article: Option<&str>,
        path: &[Step<'_>],
        path_json: &[u8],
    ) -> Result<(), ExportError> {
        let Some(raw) = source.get(start..end) else {
            return Ok(());
        };
        let text = raw.trim_end();
        let lead = text.len() - text.trim_start().len();
        let text = &text[lead..];
        if text.is_empty() {
            return Ok(());
        }
        let base = start + lead;
        let head = head.saturating_sub(base);
        // A text no longer in bytes than the limit fits (a character is at
        // least one byte); only a longer one needs counting.
        if text.len() <= self.max || count_chars(text) <= self.max {
            return self.emit_piece(article, path, path_json, text, base, 0);
        }
        // `own` is where the part not yet emitted starts; `from` is where the
        // chunk starts (own minus the overlap).
        let mut own = 0usize;
        let mut from = 0usize;
        while own < text.len() {
            let rest = &text[from..];
            let limit = from + byte_after_chars(rest, self.max);
            let cut = if limit >= text.len() {
                text.len()
            } else {
                sentence_cut(text, own.max(head), limit)
                    .or_else(|| sentence_cut(text, own, limit).filter(|_| head >= limit))
                    .unwrap_or_else(|| grapheme_cut(text, own, limit))
            };
            let piece = text[from..cut].trim_end();
            let piece_end = from + piece.len();
            self.emit_piece(
                article,
                path,
                path_json,
                piece,
                base + from,
                count_chars(&text[from..own]),
            )?;
            if cut >= text.len() {
                break;
            }
            // The next own part starts past the white space after the cut.
            let next_own = cut + (text[cut..].len() - text[cut..].trim_start().len());
            if next_own >= text.len() {
                break;
            }
            let mut next_from = next_own;
            if self.overlap > 0 {
                let back = byte_before_chars(&text[..piece_end], self.overlap);
                // Never repeat the whole previous piece.
                let min = own + text[own..].chars().next().map_or(0, char::len_utf8);
                let back = grapheme_ceil(text, back.max(min));
                // Skip white space at the start of the overlap.
                let ws = text[back..].len() - text[back..].trim_start().len();
                let back = back + ws;
                if back < next_own {
                    next_from = back;
                }
            }
            own = next_own;
            from = next_from;
        }
        Ok(())
    }

    fn emit_piece(
        &mut self,
        article: Option<&str>,
        path: &[Step<'_>],
        path_json: &[u8],
        text: &str,
        start: usize,
        overlap: usize,
    ) -> Result<(), ExportError> {
        let (chars, graphemes) = counts(text);
        let end = start + text.len();
        let from = self.notes.partition_point(|n| n.at < start);
        let to = self.notes.partition_point(|n| n.at <= end);
        let piece = Piece {
            doc_path: self.doc_path,
            title: self.title,
            index: self.index,
            article,
            path,
            path_json,
            text,
            start,
            end,
            overlap,
            chars,
            graphemes,
            notes: self.notes.get(from..to.max(from)).unwrap_or(&[]),
        };
        self.index += 1;
        (self.emit)(piece)
    }
}

/// Characters in `s`.
fn count_chars(s: &str) -> usize {
    s.chars().count()
}

/// The byte offset in `s` after its first `n` characters (or its length).
fn byte_after_chars(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(b, _)| b)
}

/// The byte offset in `s` where its last `n` characters start (or 0).
fn byte_before_chars(s: &str, n: usize) -> usize {
    if n == 0 {
        return s.len();
    }
    s.char_indices().rev().nth(n - 1).map_or(0, |(b, _)| b)
}

/// The last sentence end in `text[own..limit]`: just past `。！？；` (and any
/// closing quotes or brackets after it) or a line break; `None` when there is
/// none past `own`.
fn sentence_cut(text: &str, own: usize, limit: usize) -> Option<usize> {
    let window = text.get(own..limit)?;
    let mut best = None;
    let mut it = window.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        if matches!(c, '。' | '！' | '？' | '；' | '\n') {
            let mut end = b + c.len_utf8();
            while let Some(&(b2, c2)) = it.peek() {
                if matches!(c2, '”' | '’' | '」' | '』' | '）' | ')' | '"' | '\'' | '》') {
                    end = b2 + c2.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            best = Some(own + end);
        }
    }
    best.filter(|&c| c > own)
}

/// The last grapheme boundary at or before `limit` and past `own`; when the
/// grapheme at `own` is longer than the limit, the boundary after it.
fn grapheme_cut(text: &str, own: usize, limit: usize) -> usize {
    let mut cur = GraphemeCursor::new(limit, text.len(), true);
    if let Ok(true) = cur.is_boundary(text, 0) {
        if limit > own {
            return limit;
        }
    }
    if let Ok(Some(prev)) = cur.prev_boundary(text, 0) {
        if prev > own {
            return prev;
        }
    }
    let mut cur = GraphemeCursor::new(own, text.len(), true);
    match cur.next_boundary(text, 0) {
        Ok(Some(next)) => next,
        _ => text.len(),
    }
}

/// The first grapheme boundary at or after `at`.
fn grapheme_ceil(text: &str, at: usize) -> usize {
    let mut cur = GraphemeCursor::new(at, text.len(), true);
    match cur.is_boundary(text, 0) {
        Ok(true) => at,
        _ => match cur.next_boundary(text, 0) {
            Ok(Some(next)) => next,
            _ => text.len(),
        },
    }
}

/// Characters and grapheme clusters in `text`. Text made only of
/// characters that never join a neighbour into one cluster (ASCII, CJK
/// ideographs and punctuation, Latin-1, general punctuation) has one cluster
/// per character, less one per CR LF pair, and is counted in one pass;
/// anything else is counted by the full segmentation rules.
fn counts(text: &str) -> (usize, usize) {
    let b = text.as_bytes();
    let mut chars = 0;
    let mut crlf = 0;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        chars += 1;
        if x < 0x80 {
            if x == b'\r' && b.get(i + 1) == Some(&b'\n') {
                crlf += 1;
            }
            i += 1;
            continue;
        }
        let simple = match x {
            0xE4..=0xE9 => true,
            0xC2 | 0xC3 => {
                i += 2;
                continue;
            }
            // U+2000..U+2FFF less ZWNJ, ZWJ and the combining marks for symbols.
            0xE2 => {
                let (y, z) = (b.get(i + 1).copied(), b.get(i + 2).copied());
                !(y == Some(0x80) && matches!(z, Some(0x8C | 0x8D))
                    || y == Some(0x83) && z >= Some(0x90))
            }
            // U+3000..U+3FFF less the tone marks and kana voicing marks.
            0xE3 => {
                let (y, z) = (b.get(i + 1).copied(), b.get(i + 2).copied());
                !(y == Some(0x80) && matches!(z, Some(0xAA..=0xAF))
                    || y == Some(0x82) && matches!(z, Some(0x99 | 0x9A)))
            }
            // U+F000..U+FFFF less variation selectors, combining half marks
            // and the half-width voicing marks.
            0xEF => {
                let (y, z) = (b.get(i + 1).copied(), b.get(i + 2).copied());
                !(y == Some(0xB8) && matches!(z, Some(0x80..=0x8F | 0xA0..=0xAF))
                    || y == Some(0xBE) && matches!(z, Some(0x9E | 0x9F)))
            }
            _ => false,
        };
        if !simple {
            return (count_chars(text), text.graphemes(true).count());
        }
        i += 3;
    }
    (chars, chars - crlf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grapheme_fast_path_agrees_with_segmentation() {
        for s in [
            "一、总则\r\n为了规范（管理），制定本办法。“好”——……",
            "ABC é\u{301} 가\u{11A8}",
            "👨\u{200D}👩\u{200D}👧 🇨🇳",
            "か\u{3099}ｶ\u{ff9e}〪",
            "葛\u{E0100}丁\u{FE00}",
            "\r\n\r\n\n\r",
            "a\u{20DD}b\u{200C}c",
        ] {
            assert_eq!(
                counts(s),
                (s.chars().count(), s.graphemes(true).count()),
                "{s:?}"
            );
        }
    }

    #[test]
    fn json_lines_match_serde() {
        let doc = gongwen_parse::parse("一、总则\n“引号”\\和\t控制符\u{1}。\n附件1：表\n");
        let mut direct = Vec::new();
        write(&doc, &mut direct, &Options::default()).unwrap();
        let mut via_serde = Vec::new();
        for_each(&doc, &Options::default(), |c| {
            serde_json::to_writer(&mut via_serde, &c)?;
            via_serde.push(b'\n');
            Ok(())
        })
        .unwrap();
        assert_eq!(
            String::from_utf8(direct).unwrap(),
            String::from_utf8(via_serde).unwrap()
        );
    }

    #[test]
    fn ids_are_stable() {
        assert_eq!(chunk_id(Some("a"), 1, "一"), chunk_id(Some("a"), 1, "一"));
        assert_ne!(chunk_id(Some("a"), 1, "一"), chunk_id(Some("a"), 2, "一"));
        assert_ne!(chunk_id(Some("a"), 1, "一"), chunk_id(Some("b"), 1, "一"));
        // Python: xxhash.xxh64(b"p.txt\x1f3\x1fabcdefghij", seed=42).intdigest()
        assert_eq!(
            chunk_id(Some("p.txt"), 3, "abcdefghij"),
            4_530_419_585_319_484_039
        );
    }

    #[test]
    fn sentence_cut_keeps_closing_quotes() {
        let t = "他说：“好。”然后走了。再见";
        let c = sentence_cut(t, 0, t.len()).unwrap();
        assert_eq!(&t[..c], "他说：“好。”然后走了。");
        assert_eq!(sentence_cut("没有句号的文字", 0, 21), None);
    }
}
