//! Rule `endnotes`: an endnote is no heading (outline spec convention 12).
//! A line opening with a note number (`①` `⑴` `〔1〕` `[1]`) whose text
//! cites a source (`①见《…》第一卷`, `⑵参见…`, `〔3〕同上`) is a note of
//! an endnote block or a footnote, not an item: its marker is dropped.
//! (`〔1〕` and `[1]` are no markers at all.)
//!
//! Example: `二、体会` / `正文。` / `①见《马克思恩格斯选集》第一卷。` gives
//! the heading `二、` only.
//!
//! Linear: one look at each marked line.

use super::Assembler;
use gongwen_model::MarkerFamily;

/// Words that open a citation.
const CITES: &[&str] = &[
    "见",
    "参见",
    "参阅",
    "同上",
    "引自",
    "转引自",
    "出自",
    "载于",
    "详见",
];

impl Assembler<'_> {
    /// Drops the markers of notes that cite a source.
    pub(super) fn endnotes(&mut self) {
        for k in 0..self.lines.len() {
            let Some(m) = self.lines[k].mk else { continue };
            if !matches!(m.family, MarkerFamily::Circled | MarkerFamily::ArabicParen) {
                continue;
            }
            let text = crate::text::trim(&self.src[m.end..self.lines[k].cend.max(m.end)]);
            if CITES.iter().any(|w| text.starts_with(w)) {
                self.lines[k].mk = None;
            }
        }
    }
}
