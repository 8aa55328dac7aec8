//! Rule `spaced_numeral`: a Chinese numeral followed by white space and a
//! title (`一　没有调查，没有发言权`, outline spec convention 11) is a
//! heading with marker `一` only where the numerals continue it: another
//! such line carries the next or the previous number. A lone `一 …` line
//! is text. The same holds for an ordinal with a measure word and white
//! space (`第一件　将农民组织在农会里`, marker `第一件`).
//!
//! Example: `一　没有调查，没有发言权` … `二　调查就是解决问题` gives two
//! headings `一` and `二`.
//!
//! So does `三，` (a `，` typed for the `、`) as a short heading right beside
//! a sibling written with its `、`: `二、…` / `三，下一步工作要求` gives the
//! heading `三，`.
//!
//! Linear: one pass collects the values, one pass checks each marker.

use super::Assembler;
use gongwen_model::{Delimiter, MarkerFamily};
use std::collections::HashSet;

/// The longest title after `三，` (characters) read as a heading.
const MAX_TYPO_TITLE: usize = 30;

impl Assembler<'_> {
    /// Drops `一　…` and `第一件　…` markers that no neighbouring number of
    /// the same form continues.
    pub(super) fn spaced_numeral(&mut self) {
        for family in [MarkerFamily::CnEnum, MarkerFamily::Ordinal] {
            let spaced = |m: &crate::marker::LineMarker| {
                m.family == family && m.delimiter == Delimiter::None
            };
            let values: HashSet<u32> = self
                .lines
                .iter()
                .filter_map(|l| l.mk.filter(spaced).map(|m| m.value))
                .collect();
            if values.is_empty() {
                continue;
            }
            for l in &mut self.lines {
                if let Some(m) = l.mk.filter(spaced) {
                    if !super::decimal::has_neighbour(&values, m.value) {
                        l.mk = None;
                    }
                }
            }
        }
        // `三，下一步工作要求`: a `，` typed for the `、`, kept only as a
        // short heading (no clause or sentence inside: `三，民生保障情况，
        // 包括…。` is an enumeration wrapped onto its line) right beside a
        // sibling written with its `、` (the nearest `一、`-family number
        // above is `二、`, or the nearest below `四、`).
        let typo = |m: &crate::marker::LineMarker| {
            m.family == MarkerFamily::CnEnum && m.delimiter == Delimiter::OrdinalComma
        };
        if !self.lines.iter().any(|l| l.mk.is_some_and(|m| typo(&m))) {
            return;
        }
        let written = |m: crate::marker::LineMarker| {
            (m.family == MarkerFamily::CnEnum && m.delimiter != Delimiter::OrdinalComma)
                .then_some((m.value, m.delimiter == Delimiter::Comma))
        };
        // The nearest `一、`-family number above each line.
        let n = self.lines.len();
        let mut above: Vec<Option<(u32, bool)>> = Vec::with_capacity(n);
        let mut last = None;
        for l in &self.lines {
            above.push(last);
            if let Some(w) = l.mk.and_then(written) {
                last = Some(w);
            }
        }
        // From the end, with the nearest one below.
        let mut next = None;
        for k in (0..n).rev() {
            let Some(m) = self.lines[k].mk else { continue };
            if typo(&m) {
                let title = crate::text::trim(&self.src[m.end..self.lines[k].cend.max(m.end)]);
                let heading = crate::text::char_len(title) <= MAX_TYPO_TITLE
                    && !title.contains(['。', '；', '，', '！', '？', '：']);
                let beside = above[k] == Some((m.value.wrapping_sub(1), true))
                    || next == Some((m.value.saturating_add(1), true));
                if !(heading && beside) {
                    self.lines[k].mk = None;
                }
            } else if let Some(w) = written(m) {
                next = Some(w);
            }
        }
    }
}
